package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.NavigateurSansScript;
import fr.cpam.demarches.TestIntegrationFormation;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A learner's password of the sheet is one-time: until they have chosen theirs, the engine's REST
 * API (and Tasklist, which calls it: {@code FormationNavigateurIntTest}) refuses their work with a
 * French message naming the page; the page refuses a wrong current password, a password outside
 * the staff's policy and two different entries, each next to its field, and changes nothing; then
 * the learner works with their own password, and the sheet's no longer opens anything.
 */
@TestIntegrationFormation
class MotsDePasseDesStagiairesIntTest {

  @Autowired Http http;
  @Autowired SessionsDeFormation sessions;
  @Autowired IdentityService identityService;

  @Test
  void le_mot_de_passe_de_la_feuille_ne_sert_qu_a_choisir_le_sien() {
    var s = sessions.creer(new SessionsDeFormation.NouvelleSession("Mots de passe", HorlogeDeTest.aujourdhui(),
        HorlogeDeTest.aujourdhui().plusDays(1), 2, List.of("02-message-mal-oriente.yml")), "formateur");
    try {
      var compte = s.comptes().get(0);
      String taches = "/engine-rest/engine/formation/task";

      var refus = http.en(compte.identifiant(), compte.motDePasse()).get(taches);
      assertThat(refus.statut()).isEqualTo(403);
      assertThat(refus.typeContenu()).startsWith("application/problem+json");
      assertThat(refus.detail()).contains("Votre mot de passe est provisoire", "/formation/mot-de-passe");
      assertThat(refus.json().path("message").asText()).as("ce que Tasklist affiche").contains("Choisir mon mot de passe");

      var page = new NavigateurSansScript(http.url(""), "10.22.3." + (int) (Math.random() * 250));
      var formulaire = page.get("/formation/mot-de-passe");
      assertThat(formulaire.statusCode()).isEqualTo(200);
      assertThat(formulaire.body()).contains("<h1>Choisir mon mot de passe</h1>", "autocomplete=\"new-password\"");
      assertThat(formulaire.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));

      var mauvais = page.poster("/formation/mot-de-passe", Map.of("identifiant", compte.identifiant(), "actuel", "Faux-mot-2-passe",
          "nouveau", "Mon-Choix-2026", "confirmation", "Mon-Choix-2026"));
      assertThat(mauvais.body()).contains("L&#39;identifiant ou le mot de passe actuel n&#39;est pas le bon");
      var inconnu = page.poster("/formation/mot-de-passe", Map.of("identifiant", "stagiaire-zzzz-01", "actuel", compte.motDePasse(),
          "nouveau", "Mon-Choix-2026", "confirmation", "Mon-Choix-2026"));
      assertThat(inconnu.body()).as("la même réponse pour un compte qui n'existe pas")
          .contains("L&#39;identifiant ou le mot de passe actuel n&#39;est pas le bon");
      var faible = page.poster("/formation/mot-de-passe", Map.of("identifiant", compte.identifiant(), "actuel", compte.motDePasse(),
          "nouveau", "motdepasse", "confirmation", "autre"));
      assertThat(faible.body()).contains("au moins 10 caractères", "Les deux saisies diffèrent", "aria-invalid=\"true\"")
          .doesNotContain(compte.motDePasse());
      assertThat(http.en(compte.identifiant(), compte.motDePasse()).get(taches).statut()).as("rien de changé").isEqualTo(403);

      var choisi = page.poster("/formation/mot-de-passe", Map.of("identifiant", compte.identifiant(), "actuel", compte.motDePasse(),
          "nouveau", "Mon-Choix-2026", "confirmation", "Mon-Choix-2026"));
      assertThat(choisi.body()).contains("Mot de passe enregistré", "/camunda/app/tasklist/");

      var travail = http.en(compte.identifiant(), "Mon-Choix-2026").get(taches);
      assertThat(travail.statut()).isEqualTo(200);
      assertThat(travail.json()).hasSize(1);
      assertThat(http.en(compte.identifiant(), compte.motDePasse()).get(taches).statut()).as("la feuille ne sert plus").isEqualTo(401);
      // The other learner still has to choose theirs.
      var autre = s.comptes().get(1);
      assertThat(http.en(autre.identifiant(), autre.motDePasse()).get(taches).statut()).isEqualTo(403);
      assertThat(identityService.checkPassword(autre.identifiant(), autre.motDePasse())).isTrue();
    } finally {
      sessions.fermer(s.code());
    }
  }
}
