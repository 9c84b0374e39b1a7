package fr.cpam.demarches.connexion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.NavigateurSansScript;
import fr.cpam.demarches.SessionWebapp;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.notification.DemoBoiteAuxLettres;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * « Créer un compte » end to end: the identity form, the link read from the demo's embedded SMTP
 * server, the choice of the code, the login that opens Tasklist; an identity the CPAM does not
 * know refused with nothing created; a person who has an account already gets the same answer
 * (status, body, and time over 50 tries each, compared statistically) and an e-mail that says so;
 * the link once only and for 24 hours; the hourly limits; the forms' errors and anti-CSRF token.
 */
@TestIntegration
class CreationCompteIntTest {

  private static final Pattern LIEN = Pattern.compile("https?://\\S+(/connexion/creer-compte/confirmer\\?jeton=\\S+)");
  private static final String FORMULAIRE = "/connexion/creer-compte";

  @Autowired Http http;
  @Autowired CompteService comptes;
  @Autowired Citoyens citoyens;
  @Autowired DemoBoiteAuxLettres.Boite boite;
  @Autowired JdbcTemplate jdbc;

  private NavigateurSansScript navigateur() {
    return NavigateurSansScript.auHasard(http.url(""), "10.26");
  }

  private static String adresseUnique() {
    return "nouvel-assure-" + UUID.randomUUID() + "@example.fr";
  }

  private static Map<String, String> identite(String nir, String email) {
    return new HashMap<>(Map.of("nir", nir, "nom", "TESTEUR", "prenom", "Paul", "dateNaissance", "1990-05-01", "email", email));
  }

  private HttpResponse<String> demander(NavigateurSansScript navigateur, Map<String, String> champs) {
    navigateur.get(FORMULAIRE);
    return navigateur.poster(FORMULAIRE, champs);
  }

  /** The address of the e-mail's link, without the site (scheme, host, port). */
  private String lienDu(String email) throws InterruptedException {
    DemoBoiteAuxLettres.Courriel courriel = boite.attendrePour(email, Duration.ofSeconds(20)).orElseThrow();
    assertThat(courriel.objet()).isEqualTo("Confirmez votre adresse pour créer votre compte");
    Matcher lien = LIEN.matcher(courriel.texte());
    assertThat(lien.find()).as(courriel.texte()).isTrue();
    return lien.group(1);
  }

  private static String jetonDe(String lien) {
    return lien.substring(lien.indexOf("jeton=") + "jeton=".length());
  }

  @Test
  void un_assure_connu_cree_son_compte_par_le_lien_du_courriel_et_ouvre_tasklist() throws Exception {
    String nir = citoyens.assureSansCompte().valeur();
    String identifiant = nir.substring(0, 13);
    String email = adresseUnique();
    NavigateurSansScript navigateur = navigateur();

    HttpResponse<String> formulaire = navigateur.get(FORMULAIRE);
    assertThat(formulaire.statusCode()).isEqualTo(200);
    assertThat(formulaire.body()).contains("<h1>Créer un compte</h1>", "name=\"_csrf\"", "lang=\"fr\"");
    assertThat(navigateur.get("/espace/connexion").body()).contains("href=\"/connexion/creer-compte\"");

    // As a person types it: the NIR with spaces, the name in small letters, the given name with an accent.
    Map<String, String> champs = identite(nir.replaceAll("(.)(..)(..)(..)(...)(...)(..)", "$1 $2 $3 $4 $5 $6 $7"), email);
    champs.put("nom", "testeur");
    champs.put("prenom", "paul");
    HttpResponse<String> envoi = navigateur.poster(FORMULAIRE, champs);
    assertThat(envoi.statusCode()).isEqualTo(302);
    assertThat(envoi.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion/creer-compte/lien-envoye"));
    assertThat(navigateur.get("/connexion/creer-compte/lien-envoye").body()).contains("Consultez vos courriels");
    assertThat(comptes.aUneConnexion(Nir.de(nir))).as("nothing before the link").isFalse();

    String lien = lienDu(email);
    NavigateurSansScript depuisLeCourriel = navigateur();
    HttpResponse<String> choix = depuisLeCourriel.get(lien);
    assertThat(choix.statusCode()).isEqualTo(200);
    assertThat(choix.body()).contains("Choisir votre code personnel", "autocomplete=\"new-password\"");
    String jeton = jetonDe(lien);

    HttpResponse<String> differents = depuisLeCourriel.poster("/connexion/creer-compte/confirmer",
        Map.of("jeton", jeton, "code", "5792", "confirmation", "5793"));
    assertThat(differents.statusCode()).isEqualTo(422);
    assertThat(differents.body()).contains("Les deux codes saisis sont différents", "href=\"#confirmation\"");
    HttpResponse<String> trivial = depuisLeCourriel.poster("/connexion/creer-compte/confirmer",
        Map.of("jeton", jeton, "code", "1234", "confirmation", "1234"));
    assertThat(trivial.statusCode()).isEqualTo(422);
    assertThat(trivial.body()).contains("difficile à deviner");
    HttpResponse<String> naissance = depuisLeCourriel.poster("/connexion/creer-compte/confirmer",
        Map.of("jeton", jeton, "code", "1990", "confirmation", "1990"));
    assertThat(naissance.statusCode()).as("the birth year is refused").isEqualTo(422);
    assertThat(comptes.aUneConnexion(Nir.de(nir))).isFalse();

    HttpResponse<String> cree = depuisLeCourriel.poster("/connexion/creer-compte/confirmer",
        Map.of("jeton", jeton, "code", "5792", "confirmation", "5792"));
    assertThat(cree.statusCode()).isEqualTo(302);
    assertThat(cree.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/connexion/creer-compte/compte-cree"));
    assertThat(depuisLeCourriel.get("/connexion/creer-compte/compte-cree").body()).contains("Votre compte est créé");

    assertThat(comptes.compteDe(Nir.de(nir)).email()).isEqualTo(email);
    assertThat(new SessionWebapp(http.url("")).connecter("tasklist", identifiant, "5792")).isEqualTo(200);
    assertThat(http.en(identifiant, "5792").get("/api/moi").statut()).isEqualTo(200);

    // The link served once.
    assertThat(navigateur().get(lien).statusCode()).isEqualTo(410);
    NavigateurSansScript rejoue = navigateur();
    rejoue.get("/connexion/creer-compte");
    HttpResponse<String> encore = rejoue.poster("/connexion/creer-compte/confirmer", Map.of("jeton", jeton, "code", "6813", "confirmation", "6813"));
    assertThat(encore.statusCode()).isEqualTo(410);
    assertThat(encore.body()).contains("Ce lien n'est plus valable");
    assertThat(http.en(identifiant, "5792").get("/api/moi").statut()).isEqualTo(200);
  }

  @Test
  void une_identite_que_la_cpam_ne_connait_pas_est_refusee_et_rien_n_est_cree() throws Exception {
    String nir = citoyens.assureSansCompte().valeur();
    String email = adresseUnique();
    String inconnu = Nir.depuisIdentifiant(citoyens.identifiantLibre()).valeur();
    List<Map<String, String>> essais = new ArrayList<>();
    for (String[] change : new String[][] {{"dateNaissance", "1990-05-02"}, {"nom", "TESTEURE"}, {"prenom", "Pauline"}}) {
      Map<String, String> champs = identite(nir, email);
      champs.put(change[0], change[1]);
      essais.add(champs);
    }
    essais.add(identite(inconnu, email));
    for (Map<String, String> champs : essais) {
      HttpResponse<String> refus = demander(navigateur(), champs);
      assertThat(refus.statusCode()).as(champs.toString()).isEqualTo(422);
      assertThat(refus.body()).contains(
          "Il y a un problème", "Ces informations ne correspondent à aucun assuré de l&#39;Assurance Maladie", "3646");
    }
    Thread.sleep(1000);
    assertThat(boite.dernierPour(email)).isEmpty();
    assertThat(comptes.aUneConnexion(Nir.de(nir))).isFalse();
    assertThat(comptes.trouver(Nir.de(inconnu))).isEmpty();
    assertThat(jdbc.queryForObject("select count(*) from demande_creation_compte where email = ?", Integer.class, email)).isZero();
  }

  @Test
  void une_personne_qui_a_deja_un_compte_recoit_la_meme_reponse_et_un_courriel_qui_le_dit() throws Exception {
    String sansCompte = citoyens.assureSansCompte().valeur();
    String identifiant = citoyens.avecCourriel(adresseUnique());
    String avecCompte = Nir.depuisIdentifiant(identifiant).valeur();
    String emailNouveau = adresseUnique();
    String emailExistant = adresseUnique();

    HttpResponse<String> nouveau = demander(navigateur(), identite(sansCompte, emailNouveau));
    HttpResponse<String> existant = demander(navigateur(), identite(avecCompte, emailExistant));
    assertThat(existant.statusCode()).isEqualTo(nouveau.statusCode()).isEqualTo(302);
    assertThat(existant.headers().firstValue("Location")).isEqualTo(nouveau.headers().firstValue("Location"));
    assertThat(existant.body()).isEqualTo(nouveau.body());

    assertThat(lienDu(emailNouveau)).contains("jeton=");
    DemoBoiteAuxLettres.Courriel courriel = boite.attendrePour(emailExistant, Duration.ofSeconds(20)).orElseThrow();
    assertThat(courriel.objet()).isEqualTo("Vous avez déjà un compte");
    assertThat(courriel.texte()).contains("Code oublié").doesNotContain("jeton=");
    assertThat(http.en(identifiant, Citoyens.CODE).get("/api/moi").statut()).as("her code unchanged").isEqualTo(200);
    assertThat(comptes.compteDe(Nir.de(avecCompte)).email()).isNotEqualTo(emailExistant);
  }

  @Test
  void un_lien_expire_ou_inconnu_dit_quoi_faire_et_ne_cree_rien() throws Exception {
    String nir = citoyens.assureSansCompte().valeur();
    String email = adresseUnique();
    assertThat(demander(navigateur(), identite(nir, email)).statusCode()).isEqualTo(302);
    String lien = lienDu(email);
    jdbc.update("update demande_creation_compte set valable_jusqu_a = ? where email = ?",
        Timestamp.from(Instant.now().minusSeconds(1)), email);

    HttpResponse<String> expire = navigateur().get(lien);
    assertThat(expire.statusCode()).isEqualTo(410);
    assertThat(expire.body()).contains("Ce lien n'est plus valable", "href=\"/connexion/creer-compte\"");
    NavigateurSansScript navigateur = navigateur();
    navigateur.get(FORMULAIRE);
    assertThat(navigateur.poster("/connexion/creer-compte/confirmer",
        Map.of("jeton", jetonDe(lien), "code", "5792", "confirmation", "5792")).statusCode()).isEqualTo(410);
    assertThat(navigateur().get("/connexion/creer-compte/confirmer?jeton=" + "x".repeat(43)).statusCode()).isEqualTo(410);
    assertThat(navigateur().get("/connexion/creer-compte/confirmer").statusCode()).isEqualTo(410);
    assertThat(comptes.aUneConnexion(Nir.de(nir))).isFalse();
  }

  @Test
  void les_erreurs_du_formulaire_sont_dites_pres_des_champs_et_dans_un_resume() {
    NavigateurSansScript navigateur = navigateur();
    navigateur.get(FORMULAIRE);
    HttpResponse<String> vide = navigateur.poster(FORMULAIRE,
        Map.of("nir", "", "nom", "", "prenom", "", "dateNaissance", "", "email", ""));
    assertThat(vide.statusCode()).isEqualTo(422);
    assertThat(vide.body()).contains(
        "Il y a un problème",
        "href=\"#nir\"", "href=\"#nom\"", "href=\"#prenom\"", "href=\"#dateNaissance\"", "href=\"#email\"",
        "Indiquez le numéro de sécurité sociale (15 caractères, clé comprise).",
        "Indiquez votre prénom.",
        "Indiquez votre date de naissance",
        "aria-invalid=\"true\"",
        "aria-describedby=\"nir-aide nir-erreur\"");

    HttpResponse<String> faux = navigateur.poster(FORMULAIRE, Map.of(
        "nir", "2 85 04 75 112 345 61", "nom", "Dubois", "prenom", "Claire", "dateNaissance", "1985-02-30", "email", "claire"));
    assertThat(faux.statusCode()).isEqualTo(422);
    assertThat(faux.body()).contains("clé", "Saisissez une date de naissance réelle", "nom@domaine.fr", "value=\"Dubois\"");

    HttpResponse<String> futur = navigateur.poster(FORMULAIRE, Map.of(
        "nir", "2 85 04 75 112 345 60", "nom", "Dubois", "prenom", "Claire", "dateNaissance", "2999-01-01", "email", "c@example.fr"));
    assertThat(futur.statusCode()).isEqualTo(422);
    assertThat(futur.body()).contains("ne peut pas être dans le futur");
  }

  @Test
  void un_formulaire_sans_jeton_anti_csrf_est_refuse() {
    NavigateurSansScript navigateur = navigateur();
    navigateur.get(FORMULAIRE);
    assertThat(navigateur.poster(FORMULAIRE, identite(citoyens.assureSansCompte().valeur(), adresseUnique()), false).statusCode())
        .isEqualTo(403);
    assertThat(navigateur.poster("/connexion/creer-compte/confirmer", Map.of("jeton", "x", "code", "5792", "confirmation", "5792"), false)
        .statusCode()).isEqualTo(403);
  }

  @Test
  void trois_demandes_par_heure_et_par_numero_quelle_que_soit_l_identite_saisie() {
    String nir = citoyens.assureSansCompte().valeur();
    Map<String, String> fausse = identite(nir, adresseUnique());
    fausse.put("prenom", "Pierre");
    assertThat(demander(navigateur(), fausse).statusCode()).isEqualTo(422);
    for (int i = 0; i < 2; i++) {
      assertThat(demander(navigateur(), identite(nir, adresseUnique())).statusCode()).isEqualTo(302);
    }
    HttpResponse<String> quatrieme = demander(navigateur(), identite(nir, adresseUnique()));
    assertThat(quatrieme.statusCode()).isEqualTo(429);
    assertThat(quatrieme.body()).contains("Plusieurs demandes ont déjà été faites pour ce numéro dans l&#39;heure");
  }

  @Test
  void vingt_demandes_par_heure_depuis_une_meme_adresse() {
    NavigateurSansScript navigateur = navigateur();
    for (int i = 0; i < 20; i++) {
      assertThat(demander(navigateur, identite(Nir.depuisIdentifiant(citoyens.identifiantLibre()).valeur(), adresseUnique()))
          .statusCode()).isEqualTo(422);
    }
    HttpResponse<String> vingtEtUnieme = demander(navigateur, identite(citoyens.assureSansCompte().valeur(), adresseUnique()));
    assertThat(vingtEtUnieme.statusCode()).isEqualTo(429);
    assertThat(vingtEtUnieme.body()).contains("Trop de demandes depuis cette connexion");
  }

  /**
   * 50 insured persons who have an account and 50 who have none, each typing her right identity,
   * in a random order: the same status and body each time, and durations that a rank test
   * (Mann-Whitney) cannot tell apart. No fixed time threshold: a busy machine slows both alike.
   */
  @Test
  void aucune_enumeration_des_comptes_meme_statut_meme_corps_meme_temps_sur_50_essais_chacun() {
    List<MemeReponse.Essai> essais = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      String avecCompte = Nir.depuisIdentifiant(citoyens.avecCourriel(adresseUnique())).valeur();
      essais.add(new MemeReponse.Essai(identite(avecCompte, adresseUnique()), true));
      essais.add(new MemeReponse.Essai(identite(citoyens.assureSansCompte().valeur(), adresseUnique()), false));
    }
    for (int i = 0; i < 10; i++) { // warm-up, not measured
      demander(navigateur(), identite(citoyens.assureSansCompte().valeur(), adresseUnique()));
    }
    double p = MemeReponse.mesurer("Créer un compte", FORMULAIRE, essais, this::navigateur);
    assertThat(p).as("durations with and without an account differ significantly").isGreaterThan(0.001);
  }
}
