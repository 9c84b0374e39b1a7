package fr.cpam.demarches.connexion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.NavigateurSansScript;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.commun.Empreinte;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.engine.securite.VerrouDesConnexions;
import fr.cpam.demarches.notification.DemoBoiteAuxLettres;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * « Code oublié » end to end: the form, the e-mail read from the demo's embedded SMTP server, the
 * new code that opens Tasklist and ends a lock; the same answer for an unknown number or a wrong
 * address (status, body and time: 50 tries each, compared statistically); the hourly limits; the
 * form's errors and its anti-CSRF token.
 */
@TestIntegration
class CodeOublieIntTest {

  private static final Pattern CODE = Pattern.compile("Votre nouveau code personnel : (\\d{4})");

  @Autowired Http http;
  @Autowired CompteService comptes;
  @Autowired Citoyens citoyens;
  @Autowired VerrouDesConnexions verrou;
  @Autowired DemoBoiteAuxLettres.Boite boite;
  @Autowired JdbcTemplate jdbc;

  private NavigateurSansScript navigateur() {
    return NavigateurSansScript.auHasard(http.url(""), "10.25");
  }

  private static String adresseUnique() {
    return "assure-" + UUID.randomUUID() + "@example.fr";
  }

  private HttpResponse<String> demander(NavigateurSansScript navigateur, String identifiant, String email) {
    navigateur.get("/connexion/code-oublie");
    return navigateur.poster("/connexion/code-oublie", Map.of("identifiant", identifiant, "email", email));
  }

  /** Locks a login as five wrong codes would (the count of VerrouConnexion, 15 minutes to wait). */
  private void bloquer(String identifiant) {
    String empreinte = Empreinte.sha256(identifiant);
    Instant maintenant = Instant.now();
    jdbc.update("insert into tentative_connexion (identifiant, echecs, dernier_echec, attendre_jusqu_a) values (?, 5, ?, ?)",
        empreinte, Timestamp.from(maintenant), Timestamp.from(maintenant.plus(Duration.ofMinutes(15))));
  }

  @Test
  void un_code_oublie_arrive_par_courriel_ouvre_tasklist_et_debloque_la_connexion() throws Exception {
    String email = adresseUnique();
    String identifiant = citoyens.avecCourriel(email);
    bloquer(identifiant);
    assertThat(verrou.estBloque(identifiant)).isTrue();
    NavigateurSansScript navigateur = navigateur();

    HttpResponse<String> formulaire = navigateur.get("/connexion/code-oublie");
    assertThat(formulaire.statusCode()).isEqualTo(200);
    assertThat(formulaire.body()).contains("<h1>Code oublié</h1>", "name=\"_csrf\"", "lang=\"fr\"");

    // Typed as printed on the card, with spaces, and the address in capitals.
    String saisi = identifiant.replaceAll("(.)(..)(..)(..)(...)(...)", "$1 $2 $3 $4 $5 $6");
    HttpResponse<String> envoi = navigateur.poster("/connexion/code-oublie", Map.of("identifiant", saisi, "email", email.toUpperCase()));
    assertThat(envoi.statusCode()).isEqualTo(302);
    assertThat(envoi.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion/code-oublie/demande-enregistree"));
    assertThat(navigateur.get("/connexion/code-oublie/demande-enregistree").body()).contains("Demande enregistrée");

    DemoBoiteAuxLettres.Courriel courriel = boite.attendrePour(email, Duration.ofSeconds(20)).orElseThrow();
    assertThat(courriel.objet()).isEqualTo("Votre nouveau code personnel");
    assertThat(courriel.texte()).contains("Bonjour Paul,", "elle est débloquée");
    Matcher code = CODE.matcher(courriel.texte());
    assertThat(code.find()).isTrue();

    assertThat(verrou.estBloque(identifiant)).isFalse();
    assertThat(new SessionWebapp(http.url("")).connecter("tasklist", identifiant, code.group(1))).isEqualTo(200);
    if (!code.group(1).equals(Citoyens.CODE)) {
      assertThat(http.en(identifiant, Citoyens.CODE).get("/api/moi").statut()).isEqualTo(401);
    }
  }

  @Test
  void un_numero_inconnu_ou_une_autre_adresse_recoivent_la_meme_reponse_et_aucun_courriel() throws Exception {
    String email = adresseUnique();
    String identifiant = citoyens.avecCourriel(email);
    String autreAdresse = adresseUnique();

    HttpResponse<String> autre = demander(navigateur(), identifiant, autreAdresse);
    HttpResponse<String> inconnu = demander(navigateur(), citoyens.identifiantLibre(), email);
    HttpResponse<String> connu = demander(navigateur(), identifiant, email);
    for (HttpResponse<String> reponse : List.of(autre, inconnu)) {
      assertThat(reponse.statusCode()).isEqualTo(connu.statusCode());
      assertThat(reponse.headers().firstValue("Location")).isEqualTo(connu.headers().firstValue("Location"));
      assertThat(reponse.body()).isEqualTo(connu.body());
    }
    assertThat(boite.attendrePour(email, Duration.ofSeconds(20))).isPresent();
    assertThat(boite.dernierPour(autreAdresse)).isEmpty();
    assertThat(http.en(identifiant, Citoyens.CODE).get("/api/moi").statut())
        .as("the code changes once, for the right address only").isEqualTo(401);
  }

  @Test
  void les_erreurs_du_formulaire_sont_dites_pres_des_champs_et_dans_un_resume() {
    NavigateurSansScript navigateur = navigateur();
    navigateur.get("/connexion/code-oublie");
    HttpResponse<String> vide = navigateur.poster("/connexion/code-oublie", Map.of("identifiant", "", "email", ""));
    assertThat(vide.statusCode()).isEqualTo(422);
    assertThat(vide.body()).contains(
        "Il y a un problème",
        "href=\"#identifiant\"",
        "Indiquez votre numéro de sécurité sociale (13 caractères, sans la clé).",
        "Indiquez l’adresse électronique de votre compte.",
        "aria-invalid=\"true\"",
        "aria-describedby=\"identifiant-aide identifiant-erreur\"");

    HttpResponse<String> faux = navigateur.poster("/connexion/code-oublie", Map.of("identifiant", "2850475", "email", "claire"));
    assertThat(faux.statusCode()).isEqualTo(422);
    assertThat(faux.body()).contains("13 caractères du NIR", "nom@domaine.fr", "value=\"2850475\"");
  }

  @Test
  void un_formulaire_sans_jeton_anti_csrf_est_refuse() {
    NavigateurSansScript navigateur = navigateur();
    navigateur.get("/connexion/code-oublie");
    HttpResponse<String> sansJeton = navigateur.poster(
        "/connexion/code-oublie", Map.of("identifiant", Http.CLAIRE, "email", "claire.dubois@example.fr"), false);
    assertThat(sansJeton.statusCode()).isEqualTo(403);
  }

  @Test
  void trois_demandes_par_heure_et_par_numero_connu_ou_non() {
    for (String identifiant : List.of(citoyens.avecCourriel(adresseUnique()), citoyens.identifiantLibre())) {
      for (int i = 0; i < 3; i++) {
        assertThat(demander(navigateur(), identifiant, adresseUnique()).statusCode()).isEqualTo(302);
      }
      HttpResponse<String> quatrieme = demander(navigateur(), identifiant, adresseUnique());
      assertThat(quatrieme.statusCode()).isEqualTo(429);
      assertThat(quatrieme.body()).contains("Plusieurs demandes ont déjà été faites pour ce numéro dans l&#39;heure");
    }
  }

  @Test
  void vingt_demandes_par_heure_depuis_une_meme_adresse() {
    NavigateurSansScript navigateur = navigateur();
    for (int i = 0; i < 20; i++) {
      assertThat(demander(navigateur, citoyens.identifiantLibre(), adresseUnique()).statusCode()).isEqualTo(302);
    }
    HttpResponse<String> vingtEtUnieme = demander(navigateur, citoyens.identifiantLibre(), adresseUnique());
    assertThat(vingtEtUnieme.statusCode()).isEqualTo(429);
    assertThat(vingtEtUnieme.body()).contains("Trop de demandes depuis cette connexion");
  }

  /**
   * 50 requests for accounts that exist (right address: a code is sent) and 50 for numbers that do
   * not, in a random order: the same status and body each time, and durations that a rank test
   * (Mann-Whitney) cannot tell apart. No fixed time threshold: a busy machine slows both alike.
   */
  @Test
  void aucune_enumeration_meme_statut_meme_corps_meme_temps_sur_50_essais_chacun() {
    record Essai(String identifiant, String email, boolean connu) {}
    List<Essai> essais = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String email = adresseUnique();
      essais.add(new Essai(citoyens.avecCourriel(email), email, true));
      essais.add(new Essai(citoyens.identifiantLibre(), adresseUnique(), false));
    }
    for (int i = 0; i < 10; i++) { // warm-up, not measured
      demander(navigateur(), citoyens.identifiantLibre(), adresseUnique());
    }
    Collections.shuffle(essais, new Random(25));
    List<Double> connus = new ArrayList<>();
    List<Double> inconnus = new ArrayList<>();
    String reference = null;
    for (Essai essai : essais) {
      NavigateurSansScript navigateur = navigateur();
      navigateur.get("/connexion/code-oublie");
      long debut = System.nanoTime();
      HttpResponse<String> reponse =
          navigateur.poster("/connexion/code-oublie", Map.of("identifiant", essai.identifiant(), "email", essai.email()));
      double millisecondes = (System.nanoTime() - debut) / 1e6;
      (essai.connu() ? connus : inconnus).add(millisecondes);
      String vue = reponse.statusCode() + " " + reponse.headers().firstValue("Location").orElse("") + " " + reponse.body();
      if (reference == null) {
        reference = vue;
      }
      assertThat(vue).isEqualTo(reference);
    }
    assertThat(reference).startsWith("302 ");
    double p = MannWhitney.p(connus, inconnus);
    System.out.printf("Code oublié, 50 + 50 essais : médianes %.1f ms (compte) et %.1f ms (inconnu), p = %.3f%n",
        MannWhitney.mediane(connus), MannWhitney.mediane(inconnus), p);
    assertThat(p).as("durations of known and unknown numbers differ significantly").isGreaterThan(0.001);
  }
}
