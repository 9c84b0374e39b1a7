package fr.cpam.demarches.connexion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.NavigateurSansScript;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.notification.DemoBoiteAuxLettres;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * « Code à usage unique » end to end, switched on for these tests: the right personal code leads
 * to the second page and opens nothing; the 6 digits read from the embedded mailbox open Mon
 * espace and Tasklist; a wrong code says how many tries are left; three end the attempt; the code
 * expires after 10 minutes; wrong codes add up across logins to the lock; HTTP Basic refuses the
 * citizen and keeps the technical senders.
 */
@TestIntegration
class CodeUniqueIntTest {

  private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");

  @Autowired Http http;
  @Autowired CompteService comptes;
  @Autowired Citoyens citoyens;
  @Autowired CodeUnique codeUnique;
  @Autowired DemoBoiteAuxLettres.Boite boite;

  @BeforeEach
  void activer() {
    codeUnique.activer(true);
  }

  @AfterEach
  void desactiver() {
    codeUnique.activer(false);
  }

  private NavigateurSansScript navigateur() {
    return NavigateurSansScript.auHasard(http.url(""), "10.26");
  }

  private static String adresseUnique() {
    return "assure-" + UUID.randomUUID() + "@example.fr";
  }

  private HttpResponse<String> seConnecter(NavigateurSansScript navigateur, String identifiant, String code) {
    navigateur.get("/espace/connexion");
    return navigateur.poster("/espace/connexion", Map.of("identifiant", identifiant, "code", code));
  }

  private HttpResponse<String> saisir(NavigateurSansScript navigateur, String code) {
    navigateur.get("/espace/connexion/code-unique");
    return navigateur.poster("/espace/connexion/code-unique", Map.of("code", code));
  }

  /** The code of the last e-mail « Votre code de connexion » sent to this address. */
  private String codeRecu(String email) {
    DemoBoiteAuxLettres.Courriel courriel = boite.dernierPour(email).orElseThrow();
    assertThat(courriel.objet()).isEqualTo("Votre code de connexion");
    Matcher m = CODE.matcher(courriel.texte());
    assertThat(m.find()).as(courriel.texte()).isTrue();
    return m.group(1);
  }

  private static String autreQue(String code) {
    return code.equals("000000") ? "111111" : "000000";
  }

  private static void avancer(Duration duree) {
    fr.cpam.demarches.HorlogeDeTest.avancer(duree);
  }

  private static void connecte(NavigateurSansScript navigateur, String identifiant) {
    assertThat(navigateur.get("/espace/").statusCode()).isEqualTo(200);
    HttpResponse<String> tasklist = navigateur.getJson("/camunda/api/admin/auth/user/default");
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.body()).contains(identifiant);
  }

  private static void personne(NavigateurSansScript navigateur) {
    assertThat(navigateur.get("/espace/").statusCode()).isEqualTo(302);
    assertThat(navigateur.getJson("/camunda/api/admin/auth/user/default").statusCode()).isNotEqualTo(200);
  }

  @Test
  void apres_le_code_personnel_les_6_chiffres_recus_ouvrent_mon_espace_et_tasklist() {
    String email = adresseUnique();
    String identifiant = citoyens.avecCourriel(email);
    NavigateurSansScript navigateur = navigateur();

    HttpResponse<String> connexion = seConnecter(navigateur, identifiant, Citoyens.CODE);
    assertThat(connexion.statusCode()).isEqualTo(302);
    assertThat(connexion.headers().firstValue("Location").orElseThrow()).endsWith("/espace/connexion/code-unique");
    personne(navigateur);

    HttpResponse<String> page = navigateur.get("/espace/connexion/code-unique");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Code à usage unique</h1>", "a•••@example.fr", "autocomplete=\"one-time-code\"",
        "name=\"_csrf\"");
    String code = codeRecu(email);

    HttpResponse<String> vide = navigateur.poster("/espace/connexion/code-unique", Map.of("code", " "));
    assertThat(vide.body()).contains("Il y a un problème", "Saisissez le code à 6 chiffres reçu par courriel.",
        "aria-invalid=\"true\"");
    HttpResponse<String> faux = saisir(navigateur, autreQue(code));
    assertThat(faux.statusCode()).isEqualTo(200);
    assertThat(faux.body()).contains("Ce code ne correspond pas à celui envoyé par courriel", "il vous reste 2 essais",
        "href=\"#code\"");
    personne(navigateur);

    // Typed as read, with a space in the middle.
    HttpResponse<String> bon = saisir(navigateur, code.substring(0, 3) + " " + code.substring(3));
    assertThat(bon.statusCode()).isEqualTo(302);
    assertThat(bon.headers().firstValue("Location").orElseThrow()).endsWith("/espace/");
    connecte(navigateur, identifiant);

    // Used up: the same code a second time, from another browser, opens nothing.
    NavigateurSansScript autre = navigateur();
    autre.get("/espace/connexion");
    HttpResponse<String> rejeu = autre.poster("/espace/connexion/code-unique", Map.of("code", code));
    assertThat(rejeu.body()).contains("Aucun code à usage unique n&#39;est en attente");
    personne(autre);
  }

  @Test
  void sans_le_formulaire_la_page_du_code_renvoie_a_la_connexion_et_un_formulaire_sans_jeton_est_refuse() {
    NavigateurSansScript navigateur = navigateur();
    HttpResponse<String> page = navigateur.get("/espace/connexion/code-unique");
    assertThat(page.statusCode()).isEqualTo(302);
    assertThat(page.headers().firstValue("Location").orElseThrow()).endsWith("/espace/connexion");

    String email = adresseUnique();
    String identifiant = citoyens.avecCourriel(email);
    seConnecter(navigateur, identifiant, Citoyens.CODE);
    navigateur.get("/espace/connexion/code-unique");
    HttpResponse<String> sansJeton = navigateur.poster("/espace/connexion/code-unique", Map.of("code", codeRecu(email)), false);
    assertThat(sansJeton.statusCode()).isEqualTo(403);
    personne(navigateur);
  }

  @Test
  void le_code_expire_apres_10_minutes_et_il_faut_se_reconnecter() {
    String email = adresseUnique();
    String identifiant = citoyens.avecCourriel(email);
    NavigateurSansScript navigateur = navigateur();
    seConnecter(navigateur, identifiant, Citoyens.CODE);
    String code = codeRecu(email);

    avancer(Duration.ofMinutes(10).plusSeconds(1));
    HttpResponse<String> tard = saisir(navigateur, code);
    assertThat(tard.statusCode()).isEqualTo(200);
    assertThat(tard.body()).contains("<h1>Se connecter</h1>", "Ce code a expiré (il vaut 10 minutes)");
    personne(navigateur);

    // A new login sends a new code, which opens the session.
    seConnecter(navigateur, identifiant, Citoyens.CODE);
    assertThat(saisir(navigateur, codeRecu(email)).statusCode()).isEqualTo(302);
    connecte(navigateur, identifiant);
  }

  @Test
  void trois_codes_faux_finissent_l_essai_et_les_codes_faux_s_additionnent_jusqu_au_blocage() {
    String email = adresseUnique();
    String identifiant = citoyens.avecCourriel(email);
    NavigateurSansScript navigateur = navigateur();
    seConnecter(navigateur, identifiant, Citoyens.CODE);
    String code = codeRecu(email);
    saisir(navigateur, autreQue(code));
    assertThat(saisir(navigateur, autreQue(code)).body()).contains("il vous reste 1 essai.");
    HttpResponse<String> troisieme = saisir(navigateur, autreQue(code));
    assertThat(troisieme.body()).contains("<h1>Se connecter</h1>", "Trois codes à usage unique erronés");
    assertThat(saisir(navigateur, code).body()).as("the attempt is over")
        .contains("Aucun code à usage unique n&#39;est en attente");
    personne(navigateur);

    // The right personal code does not wipe the count: two more wrong codes lock the login.
    avancer(Duration.ofSeconds(10));
    assertThat(seConnecter(navigateur, identifiant, Citoyens.CODE).statusCode()).isEqualTo(302);
    String deuxieme = codeRecu(email);
    saisir(navigateur, autreQue(deuxieme));
    HttpResponse<String> bloque = saisir(navigateur, autreQue(deuxieme));
    assertThat(bloque.body()).contains("<h1>Se connecter</h1>", "la connexion est bloquée pendant 15 minutes");
    personne(navigateur);
    HttpResponse<String> ensuite = seConnecter(navigateur, identifiant, Citoyens.CODE);
    assertThat(ensuite.statusCode()).isEqualTo(200);
    assertThat(ensuite.body()).contains("la connexion est bloquée");
    personne(navigateur);
  }

  @Test
  void http_basic_renvoie_l_assure_a_la_page_de_connexion_et_garde_les_emetteurs_techniques() {
    String identifiant = citoyens.avecCourriel(adresseUnique());
    Http.Reponse assure = http.en(identifiant, Citoyens.CODE).get("/api/moi");
    assertThat(assure.statut()).isEqualTo(401);
    assertThat(assure.corps()).contains("code à usage unique");
    assertThat(http.en("medecin").get("/api/moi").statut()).isNotEqualTo(401);
    assertThat(http.en("employeur").get("/api/moi").statut()).isNotEqualTo(401);
    assertThat(http.en("agent.droits").get("/api/moi").statut()).isNotEqualTo(401);
  }

  @Test
  void eteint_le_code_personnel_suffit() {
    codeUnique.activer(false);
    String identifiant = citoyens.avecCourriel(adresseUnique());
    NavigateurSansScript navigateur = navigateur();
    HttpResponse<String> connexion = seConnecter(navigateur, identifiant, Citoyens.CODE);
    assertThat(connexion.headers().firstValue("Location").orElseThrow()).endsWith("/espace/");
    connecte(navigateur, identifiant);
  }
}
