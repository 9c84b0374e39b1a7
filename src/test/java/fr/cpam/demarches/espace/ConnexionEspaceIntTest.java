package fr.cpam.demarches.espace;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** One login for Tasklist and Mon espace: either opens both, logging out of either closes both. */
@TestIntegration
class ConnexionEspaceIntTest {

  static final String SESSION_TASKLIST = "/camunda/api/admin/auth/user/default";

  @Autowired Http http;

  private SessionWebapp nouvelle() {
    return new SessionWebapp(http.url(""));
  }

  @Test
  void sans_connexion_mon_espace_mene_a_la_page_de_connexion_qui_y_ramene() {
    var reponse = nouvelle().get("/espace/messagerie?page=1");
    assertThat(reponse.statusCode()).isEqualTo(302);
    assertThat(reponse.headers().firstValue("Location").orElseThrow())
        .endsWith("/espace/connexion?suite=%2Fespace%2Fmessagerie%3Fpage%3D1");
  }

  @Test
  void la_page_de_connexion_a_ses_libelles_et_son_jeton() {
    var page = nouvelle().get("/espace/connexion");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("<html lang=\"fr\"")
        .contains("<title>Se connecter – Mon espace – Démarches CPAM</title>")
        .contains("<label for=\"identifiant\">Numéro de sécurité sociale ou identifiant</label>")
        .contains("<label for=\"code\">Code personnel ou mot de passe</label>")
        .contains("name=\"_csrf\"")
        .contains("href=\"#contenu\"");
  }

  @Test
  void se_connecter_a_mon_espace_ouvre_aussi_tasklist_et_s_en_deconnecter_ferme_les_deux() {
    SessionWebapp claire = nouvelle();
    var connexion = claire.connexionEspace("2 85 04 75 112 345", Http.CLAIRE_CODE);
    assertThat(connexion.statusCode()).isEqualTo(302);
    assertThat(connexion.headers().firstValue("Location").orElseThrow()).endsWith("/espace/");
    assertThat(claire.get("/espace/").body()).contains("Bonjour Claire DUBOIS").contains("2 85 ** ** *** *** **");
    assertThat(claire.get(SESSION_TASKLIST).body()).contains(Http.CLAIRE);

    var deconnexion = claire.formulaire("/espace/", "/espace/deconnexion", Map.of());
    assertThat(deconnexion.statusCode()).isEqualTo(302);
    assertThat(claire.get(SESSION_TASKLIST).statusCode()).isEqualTo(404);
    assertThat(claire.get("/espace/").statusCode()).isEqualTo(302);
  }

  @Test
  void se_connecter_a_tasklist_ouvre_mon_espace_et_s_en_deconnecter_le_ferme() {
    SessionWebapp claire = SessionWebapp.tasklist(http.url(""), Http.CLAIRE, Http.CLAIRE_CODE);
    assertThat(claire.get("/espace/").statusCode()).isEqualTo(200);

    claire.requete("POST", "/camunda/api/admin/auth/user/default/logout", null, null);
    assertThat(claire.get("/espace/").statusCode()).isEqualTo(302);
  }

  @Test
  void un_code_faux_est_dit_a_cote_du_champ_et_n_ouvre_rien() {
    SessionWebapp session = nouvelle();
    HttpResponse<String> refus = session.connexionEspace(Http.INES, "0000");
    assertThat(refus.statusCode()).isEqualTo(200);
    assertThat(refus.body())
        .contains("<title>Erreur : se connecter")
        .contains("Il y a un problème")
        .contains("href=\"#code\"")
        .contains("id=\"code-erreur\"")
        .contains("aria-invalid=\"true\"")
        .contains("value=\"" + Http.INES + "\"")
        .doesNotContain("value=\"0000\"");
    assertThat(session.get(SESSION_TASKLIST).statusCode()).isEqualTo(404);
    // The same words for an identifier nobody has.
    String inconnu = nouvelle().connexionEspace("1999999999999", "0000").body();
    assertThat(texteErreur(inconnu)).isEqualTo(texteErreur(refus.body()));
  }

  @Test
  void des_champs_vides_sont_dits_chacun_a_cote_du_sien() {
    var refus = nouvelle().connexionEspace("", "");
    assertThat(refus.body()).contains("id=\"identifiant-erreur\"").contains("id=\"code-erreur\"")
        .contains("href=\"#identifiant\"").contains("href=\"#code\"");
  }

  @Test
  void un_agent_arrive_dans_tasklist_et_mon_espace_lui_est_refuse() {
    SessionWebapp agent = nouvelle();
    var connexion = agent.connexionEspace("agent.droits", "demo");
    assertThat(connexion.headers().firstValue("Location").orElseThrow()).endsWith("/camunda/app/tasklist/");
    assertThat(agent.get(SESSION_TASKLIST).body()).contains("agent.droits");
    var espace = agent.get("/espace/");
    assertThat(espace.statusCode()).isEqualTo(403);
    assertThat(espace.body()).contains("Accès refusé").contains("réservé aux assurés").doesNotContain("Exception");
  }

  @Test
  void un_emetteur_technique_n_ouvre_aucune_session() {
    SessionWebapp medecin = nouvelle();
    var refus = medecin.connexionEspace("medecin", "demo");
    assertThat(refus.statusCode()).isEqualTo(200);
    assertThat(refus.body()).contains("ne donne accès à aucune page");
    assertThat(medecin.get(SESSION_TASKLIST).statusCode()).isEqualTo(404);
  }

  @Test
  void la_page_demandee_est_rendue_apres_la_connexion_mais_jamais_un_autre_site() {
    SessionWebapp claire = nouvelle();
    var retour = claire.formulaire("/espace/connexion?suite=%2Fespace%2Fpaiements", "/espace/connexion",
        Map.of("identifiant", Http.CLAIRE, "code", Http.CLAIRE_CODE, "suite", "/espace/paiements"));
    assertThat(retour.headers().firstValue("Location").orElseThrow()).endsWith("/espace/paiements");
    var ailleurs = nouvelle().formulaire("/espace/connexion", "/espace/connexion",
        Map.of("identifiant", Http.CLAIRE, "code", Http.CLAIRE_CODE, "suite", "//exemple.org/espace/"));
    assertThat(ailleurs.headers().firstValue("Location").orElseThrow()).endsWith("/espace/").doesNotContain("exemple");
  }

  @Test
  void un_formulaire_sans_jeton_anti_csrf_est_refuse() {
    SessionWebapp claire = SessionWebapp.espace(http.url(""), Http.CLAIRE, Http.CLAIRE_CODE);
    assertThat(claire.requete("POST", "/espace/deconnexion", "application/x-www-form-urlencoded", new byte[0]).statusCode())
        .isEqualTo(403);
    assertThat(claire.get("/espace/").statusCode()).isEqualTo(200);
  }

  @Test
  void une_adresse_inconnue_de_mon_espace_repond_par_une_page_404() {
    SessionWebapp claire = SessionWebapp.espace(http.url(""), Http.CLAIRE, Http.CLAIRE_CODE);
    var reponse = claire.get("/espace/nulle-part");
    assertThat(reponse.statusCode()).isEqualTo(404);
    assertThat(reponse.body()).contains("<h1>Page introuvable</h1>").contains("Mes démarches");
    assertThat(claire.get("/ressources/espace/espace.css").statusCode()).isEqualTo(200);
  }

  private static String texteErreur(String page) {
    int debut = page.indexOf("id=\"code-erreur\"");
    return page.substring(debut, page.indexOf("</span>", page.indexOf("</span>", debut) + 7));
  }
}
