package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.NavigateurSansScript;
import fr.cpam.demarches.TestIntegrationFormation;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The trainer's pages of the sessions on a training server, as a browser without script uses them:
 * the login, the form with its French field errors, the creation that shows the learners'
 * passwords once, the close after a confirmation; nobody but a trainer opens them. Their budgets
 * of SQL statements: {@code performance/BudgetsSqlFormationIntTest}.
 */
@TestIntegrationFormation
class SessionsPagesIntTest {

  private static final Pattern COMPTE = Pattern.compile("<code>(stagiaire-[a-z0-9]{4}-\\d\\d)</code></td>\\s*<td><code class=\"mot-de-passe\">([^<]+)</code>");

  @Autowired Http http;
  @Autowired IdentityService identityService;
  @Autowired JdbcTemplate jdbc;
  @Autowired SessionsDeFormation sessions;

  NavigateurSansScript connecte(String identifiant, String code) {
    var navigateur = new NavigateurSansScript(http.url(""), "10.22.0." + (int) (Math.random() * 250));
    navigateur.get("/espace/connexion");
    var reponse = navigateur.poster("/espace/connexion", Map.of("identifiant", identifiant, "code", code));
    assertThat(reponse.statusCode()).as(reponse.body()).isEqualTo(302);
    return navigateur;
  }

  static List<Map.Entry<String, String>> champs(String titre, String debut, String fin, String stagiaires, String... scenarios) {
    List<Map.Entry<String, String>> champs = new ArrayList<>(List.of(
        Map.entry("titre", titre), Map.entry("debut", debut), Map.entry("fin", fin), Map.entry("stagiaires", stagiaires)));
    for (String s : scenarios) {
      champs.add(Map.entry("scenarios", s));
    }
    return champs;
  }

  @Test
  void le_formateur_cree_une_session_voit_les_mots_de_passe_une_fois_puis_la_ferme_apres_confirmation() {
    var formateur = connecte("formateur", "demo");
    var liste = formateur.get("/formation/sessions");
    assertThat(liste.statusCode()).isEqualTo(200);
    assertThat(liste.body()).contains("<h1>Sessions de formation</h1>", "Heure du serveur");
    var formulaire = formateur.get("/formation/sessions/nouvelle");
    assertThat(formulaire.body()).contains("Nouvelle session", "Vol", "name=\"scenarios\"", "name=\"_csrf\"");

    String aujourdhui = HorlogeDeTest.aujourdhui().toString();
    var creee = formateur.poster("/formation/sessions", champs("Accueil de décembre", aujourdhui,
        HorlogeDeTest.aujourdhui().plusDays(3).toString(), "2", "01-vol-apres-demenagement.yml", "02-message-mal-oriente.yml"));

    assertThat(creee.statusCode()).as(creee.body()).isEqualTo(200);
    assertThat(creee.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    Matcher m = COMPTE.matcher(creee.body());
    List<String[]> comptes = new ArrayList<>();
    while (m.find()) {
      comptes.add(new String[] {m.group(1), m.group(2)});
    }
    assertThat(comptes).hasSize(2);
    for (String[] c : comptes) {
      assertThat(identityService.checkPassword(c[0], c[1])).as(c[0]).isTrue();
    }
    String code = comptes.get(0)[0].substring("stagiaire-".length(), "stagiaire-".length() + 4);
    assertThat(creee.body()).contains("Accueil de décembre", "Code de la session : <strong>" + code,
        "du <span>" + HorlogeDeTest.aujourdhui().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "</span>");

    // Never shown again: not on the list, not on the confirmation page.
    liste = formateur.get("/formation/sessions");
    assertThat(liste.body()).contains("Accueil de décembre", code).doesNotContain(comptes.get(0)[1], comptes.get(1)[1]);
    var confirmation = formateur.get("/formation/sessions/" + code + "/fermer");
    assertThat(confirmation.statusCode()).isEqualTo(200);
    assertThat(confirmation.body()).contains("Fermer définitivement la session").doesNotContain(comptes.get(0)[1]);
    assertThat(identityService.createUserQuery().userId(comptes.get(0)[0]).count()).as("rien n'est fermé avant la confirmation").isOne();

    var fermee = formateur.poster("/formation/sessions/" + code + "/fermer", List.of());
    assertThat(fermee.statusCode()).isEqualTo(302);
    assertThat(fermee.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/formation/sessions"));
    assertThat(formateur.get("/formation/sessions").body()).contains("Session « Accueil de décembre » fermée");
    for (String[] c : comptes) {
      assertThat(identityService.createUserQuery().userId(c[0]).count()).isZero();
    }
    assertThat(formateur.get("/formation/sessions/" + code + "/fermer").statusCode()).isEqualTo(404);
  }

  @Test
  void une_demande_fausse_revient_avec_chaque_erreur_en_francais_a_cote_de_son_champ_sans_rien_creer() {
    var formateur = connecte("formateur", "demo");
    formateur.get("/formation/sessions/nouvelle");
    long avant = jdbc.queryForObject("select count(*) from formation_session", Long.class);

    var refusee = formateur.poster("/formation/sessions", champs(" ", "2026-02-30",
        HorlogeDeTest.aujourdhui().minusDays(1).toString(), "0"));

    assertThat(refusee.statusCode()).isEqualTo(200);
    assertThat(refusee.body()).contains(
        "Il y a un problème",
        "Indiquez le titre de la session.",
        "Saisissez une date réelle",
        "Le dernier jour de la session est déjà passé.",
        "Indiquez un nombre de stagiaires de 1 à 30.",
        "Choisissez au moins un scénario.",
        "aria-invalid=\"true\"");
    var tropDeStagiaires = formateur.poster("/formation/sessions", champs("Session", HorlogeDeTest.aujourdhui().toString(),
        HorlogeDeTest.aujourdhui().toString(), "31", "01-vol-apres-demenagement.yml"));
    assertThat(tropDeStagiaires.body()).contains("Indiquez un nombre de stagiaires de 1 à 30.")
        .containsPattern("value=\"01-vol-apres-demenagement.yml\"[^>]* checked");
    var finAvantDebut = formateur.poster("/formation/sessions", champs("Session", HorlogeDeTest.aujourdhui().plusDays(2).toString(),
        HorlogeDeTest.aujourdhui().plusDays(1).toString(), "deux", "01-vol-apres-demenagement.yml"));
    assertThat(finAvantDebut.body()).contains("Le dernier jour ne peut pas précéder le premier jour de la session.",
        "Indiquez le nombre de stagiaires en chiffres");
    assertThat(jdbc.queryForObject("select count(*) from formation_session", Long.class)).isEqualTo(avant);
  }

  @Test
  void seuls_les_formateurs_ouvrent_ces_pages() {
    var s = sessions.creer(new SessionsDeFormation.NouvelleSession("Accès", HorlogeDeTest.aujourdhui(),
        HorlogeDeTest.aujourdhui(), 1, List.of("02-message-mal-oriente.yml")), "formateur");
    try {
      var anonyme = new NavigateurSansScript(http.url(""), "10.22.1.1").get("/formation/sessions");
      assertThat(anonyme.statusCode()).isEqualTo(302);
      assertThat(anonyme.headers().firstValue("Location")).hasValueSatisfying(
          l -> assertThat(l).contains("/espace/connexion?suite=%2Fformation%2Fsessions"));
      // The login page brings a trainer back to the page asked.
      var formateur = new NavigateurSansScript(http.url(""), "10.22.1.2");
      formateur.get("/espace/connexion?suite=/formation/sessions/nouvelle");
      var connexion = formateur.poster("/espace/connexion?suite=/formation/sessions/nouvelle", Map.of("identifiant", "formateur", "code", "demo"));
      assertThat(connexion.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/formation/sessions/nouvelle"));

      var stagiaire = s.comptes().get(0);
      for (String[] personne : List.of(new String[] {stagiaire.identifiant(), stagiaire.motDePasse()},
          new String[] {"agent.accueil", "demo"}, new String[] {"superviseur", "demo"})) {
        for (String page : List.of("/formation/sessions", "/formation/sessions/nouvelle", "/formation/sessions/" + s.code() + "/fermer",
            "/formation/etat")) {
          var r = http.en(personne[0], personne[1]).get(page);
          assertThat(r.statut()).as(personne[0] + " " + page).isEqualTo(403);
        }
      }
      var refus = http.en(stagiaire.identifiant(), stagiaire.motDePasse()).get("/formation/sessions");
      assertThat(refus.corps()).contains("réservées aux formateurs");
      // A learner's session cannot close the session, with or without the form's token.
      var navigateurStagiaire = connecte(stagiaire.identifiant(), stagiaire.motDePasse());
      assertThat(navigateurStagiaire.poster("/formation/sessions/" + s.code() + "/fermer", List.of()).statusCode()).isEqualTo(403);
      // Nor move the session's day.
      var jour = HorlogeDeTest.maintenant();
      assertThat(navigateurStagiaire.poster("/formation/sessions/" + s.code() + "/horloge", Map.of("deplacement", "sept-jours"))
          .statusCode()).isEqualTo(403);
      assertThat(HorlogeDeTest.maintenant()).isBefore(jour.plus(java.time.Duration.ofDays(1)));
      // A trainer's form without the anti-CSRF token is refused.
      var sansJeton = connecte("formateur", "demo").poster("/formation/sessions/" + s.code() + "/fermer", Map.of(), false);
      assertThat(sansJeton.statusCode()).isEqualTo(403);
      assertThat(sessions.locataires(s.code())).hasSize(1);
    } finally {
      sessions.fermer(s.code());
    }
  }
}
