package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The test server runs without the profile {@code formation}: no training controller, no check of
 * its database, the trainers' addresses answer 404 to everyone (the role matrix,
 * {@code engine.DroitsParRoleIntTest}, has the same rows), and its tables exist for the day a
 * training server starts on such a database.
 */
@TestIntegration
class BaseDeFormationIntTest {

  @Autowired Http http;
  @Autowired ApplicationContext contexte;
  @Autowired BaseDeFormation base;

  @Test
  void sans_le_profil_formation_les_adresses_des_formateurs_n_existent_pas() {
    assertThat(contexte.getBeanNamesForType(FormationController.class)).isEmpty();
    assertThat(contexte.containsBean("gardeDeLaBaseDeFormation")).isFalse();
    for (String chemin : new String[] {"/formation/etat", "/formation/", "/formation/sessions/1", "/formation", "/formation/sessions",
        "/formation/sessions/nouvelle"}) {
      assertThat(http.anonyme().get(chemin).statut()).as(chemin).isEqualTo(404);
      assertThat(http.en("admin").get(chemin).statut()).as(chemin).isEqualTo(404);
    }
  }

  @Test
  void sans_le_profil_formation_l_horloge_de_la_salle_n_existe_pas_et_personne_ne_deplace_le_temps() {
    assertThat(contexte.getBeanNamesForType(HorlogeDeLaSalle.class)).isEmpty();
    var avant = java.time.LocalDate.now(fr.cpam.demarches.HorlogeDeTest.HORLOGE);
    for (var client : java.util.List.of(http.anonyme(), http.en("admin"), http.en("superviseur"))) {
      var r = client.requete("POST", "/formation/sessions/abcd/horloge", "application/x-www-form-urlencoded", "deplacement=sept-jours".getBytes());
      assertThat(r.statut()).isEqualTo(404);
      assertThat(client.post("/formation/sessions", java.util.Map.of("titre", "x")).statut()).isEqualTo(404);
    }
    assertThat(java.time.LocalDate.now(fr.cpam.demarches.HorlogeDeTest.HORLOGE)).isEqualTo(avant);
  }

  @Test
  void la_base_de_test_n_est_pas_une_base_de_formation() {
    assertThat(base.marqueeLe()).isEmpty();
  }
}
