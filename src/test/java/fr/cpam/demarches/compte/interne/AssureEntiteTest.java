package fr.cpam.demarches.compte.interne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpam.demarches.commun.ConflitException;
import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.compte.Qualite;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AssureEntiteTest {

  private static final Clock HORLOGE = Clock.fixed(LocalDate.of(2026, 12, 7).atStartOfDay(Fuseau.PARIS).toInstant(), Fuseau.PARIS);

  @Test
  void rattacher_deux_fois_la_meme_personne_est_un_conflit_qui_nomme_le_champ() {
    AssureEntite claire = new AssureEntite(Nir.de("2 85 04 75 112 345 60"), "DUBOIS", "Claire", LocalDate.of(1985, 4, 12),
        "claire@example.fr", null, new CpamEntite("751", "CPAM de Paris"), HORLOGE);
    Nir enfant = Nir.de("2 85 07 2a 073 004 27");
    claire.rattacher(enfant, "DUBOIS", "Léa", LocalDate.of(2012, 3, 2), Qualite.ENFANT);

    assertThatThrownBy(() -> claire.rattacher(enfant, "DUBOIS", "Léa", LocalDate.of(2012, 3, 2), Qualite.ENFANT))
        .isInstanceOfSatisfying(ConflitException.class, e -> {
          assertThat(e.champ()).isEqualTo("nirBeneficiaire");
          assertThat(e.getMessage()).contains("déjà rattachée");
        });
    assertThat(claire.beneficiaire(enfant)).isPresent();
  }
}
