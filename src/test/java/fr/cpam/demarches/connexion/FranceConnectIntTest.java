package fr.cpam.demarches.connexion;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.NavigateurSansScript;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * FranceConnect's answers checked one by one, with WireMock as the provider (it serves what the
 * demo's simulated provider cannot: a signed userinfo, a wrong signature, an expired ID token): the
 * request sent (acr_values, state and nonce of 32 characters and more, the pivot's scopes), a
 * signed userinfo that opens Claire's session (Mon espace and Tasklist) and the logout at the
 * provider; then each refusal with its page and no session: wrong signature, replayed state,
 * wrong nonce, expired token, unknown identity, ambiguous identity.
 */
@TestIntegration
class FranceConnectIntTest {

  private static final String CLIENT = "demarches-cpam-test";
  private static final String API = "/api/v2";
  private static WireMockServer fournisseur;
  private static RSAKey cle;
  private static RSAKey autreCle;

  @Autowired Http http;
  @Autowired FranceConnect franceConnect;
  @Autowired CompteService comptes;
  @Autowired Citoyens citoyens;
  @Autowired JdbcTemplate jdbc;

  private ClientRegistration precedente;

  @BeforeAll
  static void demarrer() throws JOSEException {
    cle = new RSAKeyGenerator(2048).keyID("fc-test").generate();
    autreCle = new RSAKeyGenerator(2048).keyID("fc-test").generate();
    fournisseur = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
    fournisseur.start();
  }

  @AfterAll
  static void arreter() {
    fournisseur.stop();
  }

  @BeforeEach
  void utiliserLeFournisseurDeTest() {
    precedente = franceConnect.inscription().orElse(null);
    franceConnect.utiliser(new FranceConnect.Fournisseur(emetteur(), emetteur() + "/authorize", emetteur() + "/token",
        emetteur() + "/userinfo", emetteur() + "/jwks", emetteur() + "/session/end", CLIENT, "secret-de-test"));
    fournisseur.stubFor(get(urlPathEqualTo(API + "/jwks")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody(new JWKSet(cle.toPublicJWK()).toString())));
  }

  @AfterEach
  void remettre() {
    franceConnect.remettre(precedente);
    fournisseur.resetAll();
  }

  private static String emetteur() {
    return "http://127.0.0.1:" + fournisseur.port() + API;
  }

  private NavigateurSansScript navigateur() {
    return NavigateurSansScript.auHasard(http.url(""), "10.27");
  }

  /** The parameters of the request the application sends to the provider. */
  private static Map<String, String> demandeEnvoyee(HttpResponse<String> reponse) {
    assertThat(reponse.statusCode()).isEqualTo(302);
    String adresse = reponse.headers().firstValue("Location").orElseThrow();
    assertThat(adresse).startsWith(emetteur() + "/authorize?");
    Map<String, String> parametres = new HashMap<>();
    UriComponentsBuilder.fromUriString(adresse).build().getQueryParams()
        .forEach((nom, valeurs) -> parametres.put(nom, URLDecoder.decode(valeurs.get(0), StandardCharsets.UTF_8)));
    return parametres;
  }

  private Map<String, String> commencer(NavigateurSansScript navigateur) {
    return demandeEnvoyee(navigateur.get("/connexion/franceconnect/autorisation/franceconnect"));
  }

  private static Map<String, Object> identiteDeClaire() {
    Map<String, Object> claims = new HashMap<>();
    claims.put("given_name", "Claire Marie");
    claims.put("family_name", "MARTIN");
    claims.put("birthdate", "1985-04-12");
    claims.put("gender", "female");
    claims.put("birthplace", "75112");
    claims.put("birthcountry", "99100");
    claims.put("email", "claire.dubois@example.fr");
    return claims;
  }

  private static String signer(RSAKey avec, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(avec.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
      jwt.sign(new RSASSASigner(avec));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String jetonIdentite(String sub, String nonce, Instant expire) {
    Instant emis = expire.minusSeconds(120);
    return signer(cle, new JWTClaimsSet.Builder()
        .issuer(emetteur()).audience(CLIENT).subject(sub).claim("nonce", nonce).claim("acr", "eidas1")
        .issueTime(Date.from(emis)).expirationTime(Date.from(expire)).build());
  }

  private static String infosSignees(RSAKey avec, String sub, Map<String, Object> identite) {
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(emetteur()).audience(CLIENT).subject(sub)
        .issueTime(new Date());
    identite.forEach(claims::claim);
    return signer(avec, claims.build());
  }

  /** The provider's answers for this login: its ID token, then its userinfo signed with {@code signature}. */
  private static String repondre(String sub, String nonce, Instant expire, RSAKey signature, Map<String, Object> identite) {
    String idToken = jetonIdentite(sub, nonce, expire);
    fournisseur.stubFor(post(urlPathEqualTo(API + "/token")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json")
        .withBody("{\"access_token\":\"jeton-d-acces\",\"token_type\":\"Bearer\",\"expires_in\":60,\"id_token\":\"" + idToken + "\"}")));
    fournisseur.stubFor(get(urlPathEqualTo(API + "/userinfo")).willReturn(aResponse()
        .withHeader("Content-Type", "application/jwt")
        .withBody(infosSignees(signature, sub, identite))));
    return idToken;
  }

  private static HttpResponse<String> retour(NavigateurSansScript navigateur, String state) {
    return navigateur.get("/connexion/franceconnect/retour?code=code-" + UUID.randomUUID() + "&state=" + state);
  }

  private static String sub() {
    return UUID.randomUUID().toString().replace("-", "") + "v1";
  }

  /** Refused: the page of this reason, and nobody logged in. */
  private static void refuse(NavigateurSansScript navigateur, HttpResponse<String> reponse, String motif, String titre) {
    assertThat(reponse.statusCode()).isEqualTo(302);
    assertThat(reponse.headers().firstValue("Location").orElseThrow()).endsWith("/connexion/franceconnect/refus?motif=" + motif);
    HttpResponse<String> page = navigateur.get("/connexion/franceconnect/refus?motif=" + motif);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains(titre, "lang=\"fr\"", "3646");
    personne(navigateur);
  }

  private static void personne(NavigateurSansScript navigateur) {
    assertThat(navigateur.get("/espace/").statusCode()).isEqualTo(302);
    assertThat(navigateur.getJson("/camunda/api/admin/auth/user/default").statusCode()).isNotEqualTo(200);
  }

  @Test
  void un_userinfo_signe_ouvre_la_session_de_claire_et_la_deconnexion_passe_par_le_fournisseur() {
    NavigateurSansScript navigateur = navigateur();
    Map<String, String> demande = commencer(navigateur);
    assertThat(demande.get("acr_values")).isEqualTo("eidas1");
    assertThat(demande.get("state")).hasSizeGreaterThanOrEqualTo(32);
    assertThat(demande.get("nonce")).hasSizeGreaterThanOrEqualTo(32);
    assertThat(demande.get("response_type")).isEqualTo("code");
    assertThat(demande.get("client_id")).isEqualTo(CLIENT);
    assertThat(demande.get("redirect_uri")).isEqualTo(http.url("/connexion/franceconnect/retour"));
    assertThat(demande.get("scope").split(" "))
        .contains("openid", "given_name", "family_name", "birthdate", "gender", "birthplace", "birthcountry", "email");

    String sub = sub();
    String idToken = repondre(sub, demande.get("nonce"), Instant.now().plusSeconds(60), cle, identiteDeClaire());
    HttpResponse<String> arrivee = retour(navigateur, demande.get("state"));
    assertThat(arrivee.statusCode()).isEqualTo(302);
    assertThat(arrivee.headers().firstValue("Location").orElseThrow()).endsWith("/espace/");
    fournisseur.verify(getRequestedFor(urlPathEqualTo(API + "/userinfo"))
        .withHeader("Authorization", equalTo("Bearer jeton-d-acces"))
        .withHeader("Accept", equalTo("application/jwt")));
    assertThat(navigateur.get("/espace/").body()).contains("Claire DUBOIS");
    assertThat(navigateur.getJson("/camunda/api/admin/auth/user/default").body()).contains(Http.CLAIRE);
    assertThat(jdbc.queryForObject("select identifiant from lien_franceconnect where sub = ?", String.class, sub))
        .isEqualTo(Http.CLAIRE);

    // The same response a second time, from another browser: its state has been used.
    NavigateurSansScript rejeu = navigateur();
    refuse(rejeu, retour(rejeu, demande.get("state")), "expire", "La connexion avec FranceConnect a expiré");

    navigateur.get("/espace/");
    HttpResponse<String> deconnexion = navigateur.poster("/espace/deconnexion", Map.of());
    assertThat(deconnexion.statusCode()).isEqualTo(302);
    Map<String, String> fin = new HashMap<>();
    String adresse = deconnexion.headers().firstValue("Location").orElseThrow();
    assertThat(adresse).startsWith(emetteur() + "/session/end?");
    UriComponentsBuilder.fromUriString(adresse).build().getQueryParams()
        .forEach((nom, valeurs) -> fin.put(nom, URLDecoder.decode(valeurs.get(0), StandardCharsets.UTF_8)));
    assertThat(fin.get("id_token_hint")).isEqualTo(idToken);
    assertThat(fin.get("state")).hasSizeGreaterThanOrEqualTo(32);
    assertThat(fin.get("post_logout_redirect_uri")).isEqualTo(http.url("/connexion/franceconnect/deconnecte"));
    personne(navigateur);
    HttpResponse<String> revenu = navigateur.get("/connexion/franceconnect/deconnecte");
    assertThat(revenu.headers().firstValue("Location").orElseThrow()).endsWith("/espace/connexion?deconnexion");

    // The link is kept: the next time, the sub alone finds the account.
    NavigateurSansScript encore = navigateur();
    Map<String, String> deuxieme = commencer(encore);
    repondre(sub, deuxieme.get("nonce"), Instant.now().plusSeconds(60), cle, Map.of("given_name", "Claire"));
    assertThat(retour(encore, deuxieme.get("state")).headers().firstValue("Location").orElseThrow()).endsWith("/espace/");
  }

  @Test
  void un_userinfo_signe_d_une_autre_cle_est_refuse() {
    NavigateurSansScript navigateur = navigateur();
    Map<String, String> demande = commencer(navigateur);
    repondre(sub(), demande.get("nonce"), Instant.now().plusSeconds(60), autreCle, identiteDeClaire());
    refuse(navigateur, retour(navigateur, demande.get("state")), "refus", "La connexion avec FranceConnect n&#39;a pas abouti");
  }

  @Test
  void un_userinfo_non_signe_est_refuse() {
    NavigateurSansScript navigateur = navigateur();
    Map<String, String> demande = commencer(navigateur);
    repondre(sub(), demande.get("nonce"), Instant.now().plusSeconds(60), cle, identiteDeClaire());
    fournisseur.stubFor(get(urlPathEqualTo(API + "/userinfo")).willReturn(aResponse()
        .withHeader("Content-Type", "application/json").withBody("{\"sub\":\"x\",\"given_name\":\"Claire\"}")));
    refuse(navigateur, retour(navigateur, demande.get("state")), "refus", "n&#39;a pas abouti");
  }

  @Test
  void un_autre_nonce_est_refuse() {
    NavigateurSansScript navigateur = navigateur();
    Map<String, String> demande = commencer(navigateur);
    repondre(sub(), "un-autre-nonce-que-celui-envoye-par-l-application", Instant.now().plusSeconds(60), cle, identiteDeClaire());
    refuse(navigateur, retour(navigateur, demande.get("state")), "refus", "n&#39;a pas abouti");
  }

  @Test
  void un_jeton_expire_est_refuse() {
    NavigateurSansScript navigateur = navigateur();
    Map<String, String> demande = commencer(navigateur);
    repondre(sub(), demande.get("nonce"), Instant.now().minusSeconds(300), cle, identiteDeClaire());
    refuse(navigateur, retour(navigateur, demande.get("state")), "refus", "n&#39;a pas abouti");
  }

  @Test
  void un_state_inconnu_est_refuse() {
    NavigateurSansScript navigateur = navigateur();
    Map<String, String> demande = commencer(navigateur);
    repondre(sub(), demande.get("nonce"), Instant.now().plusSeconds(60), cle, identiteDeClaire());
    refuse(navigateur, retour(navigateur, demande.get("state") + "x"), "expire", "La connexion avec FranceConnect a expiré");
  }

  @Test
  void une_identite_inconnue_ne_connecte_personne() {
    NavigateurSansScript navigateur = navigateur();
    Map<String, String> demande = commencer(navigateur);
    Map<String, Object> inconnue = identiteDeClaire();
    inconnue.put("family_name", "INCONNUE");
    repondre(sub(), demande.get("nonce"), Instant.now().plusSeconds(60), cle, inconnue);
    refuse(navigateur, retour(navigateur, demande.get("state")), "aucun", "Aucun compte ne correspond à votre identité");
  }

  @Test
  void une_identite_de_deux_comptes_ne_connecte_personne() {
    for (int i = 0; i < 2; i++) {
      Nir homonyme = Nir.depuisIdentifiant(citoyens.avecCourriel(null));
      comptes.definirNaissance(homonyme, "HOMONYME", "Paul", "75112");
    }
    NavigateurSansScript navigateur = navigateur();
    Map<String, String> demande = commencer(navigateur);
    Map<String, Object> identite = new HashMap<>(Map.of("given_name", "Paul", "family_name", "HOMONYME", "birthdate", "1990-05-01",
        "gender", "male", "birthplace", "75112", "birthcountry", "99100"));
    repondre(sub(), demande.get("nonce"), Instant.now().plusSeconds(60), cle, identite);
    refuse(navigateur, retour(navigateur, demande.get("state")), "plusieurs", "Votre identité correspond à plusieurs comptes");
  }

  @Test
  void sans_fournisseur_le_bouton_disparait() {
    assertThat(navigateur().get("/espace/connexion").body()).contains("S'identifier avec FranceConnect");
    franceConnect.remettre(null);
    assertThat(navigateur().get("/espace/connexion").body()).doesNotContain("FranceConnect");
    assertThat(navigateur().get("/connexion/franceconnect/autorisation/franceconnect").statusCode()).isEqualTo(404);
  }
}
