package fr.cpam.demarches.delais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a person may ask the délais: every field to correct is named at once, before any figure is read. */
class DelaisTraitementTest {

  /** 27 November 2026, 10:00 in Paris. */
  private static final Clock HORLOGE = Clock.fixed(ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, Fuseau.PARIS).toInstant(), Fuseau.PARIS);

  private final DelaisService service = mock(DelaisService.class);
  private final DelaisTraitement delais = new DelaisTraitement(service, new DelaisProperties(90, 20, Duration.ZERO, List.of(
      new DelaisProperties.Thematique("carte-vitale", "Carte Vitale", 10, List.of()),
      new DelaisProperties.Thematique("messagerie", "Messages adressés à votre CPAM", 3, List.of()))), HORLOGE);

  @Test
  void une_thematique_inconnue_donne_les_valeurs_possibles() {
    assertThat(erreurs("impots", LocalDate.of(2026, 11, 20))).containsExactly(
        new ErreurChamp("thematique", "Thématique inconnue. Valeurs possibles : carte-vitale, messagerie."));
  }

  @Test
  void une_date_d_envoi_future_ou_de_plus_d_un_an_est_refusee_avec_ce_qu_il_faut_faire() {
    assertThat(erreurs("messagerie", LocalDate.of(2026, 11, 28))).containsExactly(
        new ErreurChamp("dateEnvoi", "La date d'envoi ne peut pas être dans le futur."));
    assertThat(erreurs("messagerie", LocalDate.of(2025, 11, 26))).containsExactly(new ErreurChamp(
        "dateEnvoi", "Pour une demande envoyée il y a plus d'un an, contactez directement votre CPAM au 3646."));
  }

  @Test
  void aujourd_hui_et_il_y_a_un_an_jour_pour_jour_sont_acceptes() {
    when(service.estimer(any(), any())).thenReturn(new DelaisService.Estimation(false, 3, 3, 3, null, null));
    assertThat(erreurs("messagerie", LocalDate.of(2026, 11, 27))).isEmpty();
    assertThat(erreurs("messagerie", LocalDate.of(2025, 11, 27))).isEmpty();
  }

  @Test
  void chaque_champ_a_corriger_est_nomme_en_une_fois() {
    assertThat(erreurs(" ", null)).extracting(ErreurChamp::champ).containsExactly("thematique", "dateEnvoi");
    verifyNoInteractions(service);
  }

  private List<ErreurChamp> erreurs(String thematique, LocalDate dateEnvoi) {
    var refus = catchThrowableOfType(DemandeInvalideException.class, () -> delais.estimer(thematique, dateEnvoi, null));
    return refus == null ? List.of() : refus.erreurs();
  }
}
