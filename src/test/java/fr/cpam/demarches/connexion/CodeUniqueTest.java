package fr.cpam.demarches.connexion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.securite.VerrouDesConnexions;
import fr.cpam.demarches.notification.Courriels;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.mock.web.MockHttpSession;

/** The one-time code: who needs it, what the e-mail says, the right code once, three tries, expiry, lock. */
class CodeUniqueTest {

  private static final String CLAIRE = "2850475112345";
  private static final List<String> ASSUREE = List.of(Groupes.ASSURES);

  private final CompteService comptes = mock(CompteService.class);
  private final Courriels courriels = mock(Courriels.class);
  private final VerrouDesConnexions verrou = mock(VerrouDesConnexions.class);
  private final CodeUnique codeUnique = new CodeUnique(comptes, courriels, verrou, true, HorlogeDeTest.HORLOGE);
  private final MockHttpSession session = new MockHttpSession();

  @BeforeEach
  void claireALeCompte() {
    Assure claire = new Assure(Nir.de("2 85 04 75 112 345 60"), "DUBOIS", "Claire", LocalDate.of(1985, 4, 12), "DUBOIS",
        "Claire", "75112", "claire.dubois@example.fr", null, null, null, List.of());
    when(comptes.trouver(any())).thenReturn(Optional.of(claire));
    when(courriels.envoyer(anyString(), anyString(), anyString())).thenReturn(true);
    when(verrou.compterEchec(anyString())).thenReturn(Optional.empty());
  }

  private String codeEnvoye() {
    ArgumentCaptor<String> texte = ArgumentCaptor.forClass(String.class);
    verify(courriels).envoyer(eq("claire.dubois@example.fr"), eq("Votre code de connexion"), texte.capture());
    Matcher m = Pattern.compile("\\n(\\d{6})\\n").matcher(texte.getValue());
    assertThat(m.find()).as(texte.getValue()).isTrue();
    assertThat(texte.getValue()).contains("Bonjour Claire,", "Il vaut 10 minutes");
    return m.group(1);
  }

  @Test
  void seuls_les_assures_le_saisissent_et_seulement_quand_il_est_actif() {
    assertThat(codeUnique.requis(CLAIRE, ASSUREE)).isTrue();
    assertThat(codeUnique.requis("agent.droits", List.of(Groupes.GESTION_DROITS))).isFalse();
    assertThat(codeUnique.requis("medecin", List.of(Groupes.MEDECINS))).isFalse();
    assertThat(codeUnique.requis("employeur", List.of(Groupes.EMPLOYEURS, Groupes.ASSURES))).isFalse();
    codeUnique.activer(false);
    assertThat(codeUnique.requis(CLAIRE, ASSUREE)).isFalse();
  }

  @Test
  void le_bon_code_ouvre_la_session_une_seule_fois() {
    assertThat(codeUnique.envoyer(session, CLAIRE, ASSUREE)).contains("c•••@example.fr");
    assertThat(codeUnique.enAttente(session)).contains("c•••@example.fr");
    String code = codeEnvoye();

    assertThat(codeUnique.verifier(session, code.substring(0, 3) + " " + code.substring(3)))
        .isEqualTo(new CodeUnique.Valide(CLAIRE, ASSUREE));
    verify(verrou).debloquer(CLAIRE);
    assertThat(codeUnique.verifier(session, code)).isInstanceOf(CodeUnique.Refus.class)
        .extracting(r -> ((CodeUnique.Refus) r).recommencer()).isEqualTo(true);
  }

  @Test
  void trois_codes_faux_mettent_fin_a_l_essai_et_comptent_comme_des_echecs_de_connexion() {
    codeUnique.envoyer(session, CLAIRE, ASSUREE);
    String code = codeEnvoye();
    String faux = code.equals("000000") ? "111111" : "000000";

    assertThat(codeUnique.verifier(session, faux)).isEqualTo(new CodeUnique.Refus(
        "Ce code ne correspond pas à celui envoyé par courriel. Vérifiez les 6 chiffres : il vous reste 2 essais.", false));
    assertThat(codeUnique.verifier(session, faux)).extracting(r -> ((CodeUnique.Refus) r).message()).asString()
        .endsWith("il vous reste 1 essai.");
    CodeUnique.Refus troisieme = (CodeUnique.Refus) codeUnique.verifier(session, faux);
    assertThat(troisieme.recommencer()).isTrue();
    assertThat(troisieme.message()).startsWith("Trois codes à usage unique erronés");
    verify(verrou, times(3)).compterEchec(CLAIRE);
    assertThat(codeUnique.verifier(session, code)).isInstanceOf(CodeUnique.Refus.class);
    assertThat(codeUnique.enAttente(session)).isEmpty();
  }

  @Test
  void un_code_faux_qui_bloque_la_connexion_le_dit() {
    codeUnique.envoyer(session, CLAIRE, ASSUREE);
    String faux = codeEnvoye().equals("000000") ? "111111" : "000000";
    when(verrou.compterEchec(CLAIRE)).thenReturn(Optional.of("Trop de codes erronés : la connexion est bloquée pendant 15 minutes."));
    assertThat(codeUnique.verifier(session, faux))
        .isEqualTo(new CodeUnique.Refus("Trop de codes erronés : la connexion est bloquée pendant 15 minutes.", true));
  }

  @Test
  void un_code_de_plus_de_10_minutes_a_expire() {
    codeUnique.envoyer(session, CLAIRE, ASSUREE);
    String code = codeEnvoye();
    CodeUnique.EnAttente attente = (CodeUnique.EnAttente) session.getAttribute(CodeUnique.class.getName());
    assertThat(attente.expire()).isBetween(Instant.now().plusSeconds(590), Instant.now().plusSeconds(610));
    session.setAttribute(CodeUnique.class.getName(), new CodeUnique.EnAttente(attente.utilisateur(), attente.groupes(),
        attente.adresse(), attente.sel(), attente.empreinte(), Instant.now().minusSeconds(1), 0));

    CodeUnique.Refus refus = (CodeUnique.Refus) codeUnique.verifier(session, code);
    assertThat(refus.recommencer()).isTrue();
    assertThat(refus.message()).startsWith("Ce code a expiré (il vaut 10 minutes)");
  }

  @Test
  void sans_adresse_electronique_aucun_code_n_est_envoye() {
    when(comptes.trouver(any())).thenReturn(Optional.empty());
    assertThat(codeUnique.envoyer(session, CLAIRE, ASSUREE)).isEmpty();
    assertThat(codeUnique.enAttente(session)).isEmpty();
  }

  @Test
  void la_session_garde_une_empreinte_jamais_le_code() {
    codeUnique.envoyer(session, CLAIRE, ASSUREE);
    String code = codeEnvoye();
    assertThat(session.getAttribute(CodeUnique.class.getName()).toString()).doesNotContain(code);
  }
}
