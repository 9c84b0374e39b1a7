package fr.cpam.demarches.cartevitale;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.cartevitale.interne.CarteVitaleRepository;
import fr.cpam.demarches.cartevitale.interne.DossierCarteVitaleRepository;
import fr.cpam.demarches.cartevitale.interne.OppositionCarteVitaleRepository;
import fr.cpam.demarches.compte.Nir;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Our carte Vitale API through real HTTP: answers, French problems, nothing half-written, rights. */
@TestIntegration
class CarteVitaleApiIntTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  @Autowired Http http;
  @Autowired ComptesDeTest comptes;
  @Autowired DossierCarteVitaleRepository dossiers;
  @Autowired OppositionCarteVitaleRepository oppositions;
  @Autowired CarteVitaleRepository cartes;

  static Map<String, Object> corps(String beneficiaire, String motif) {
    Map<String, Object> adresse = new LinkedHashMap<>();
    adresse.put("ligne1", "3 place de la Mairie");
    adresse.put("codePostal", "44000");
    adresse.put("commune", "Nantes");
    Map<String, Object> corps = new LinkedHashMap<>();
    corps.put("beneficiaire", beneficiaire);
    corps.put("motif", motif);
    corps.put("adresse", adresse);
    corps.put("engagementRestitution", true);
    return corps;
  }

  Http.Client en(ComptesDeTest.Famille famille) {
    return http.en(famille.identifiant(), ComptesDeTest.CODE);
  }

  @Test
  void declarer_un_vol_repond_201_met_la_carte_en_opposition_et_le_dossier_se_suit() {
    var famille = comptes.famille();
    var reponse = en(famille).post("/api/cartes-vitale/declarations", corps(famille.ado().formate(), "vol"));

    assertThat(reponse.statut()).isEqualTo(201);
    String reference = reponse.json().path("reference").asText();
    assertThat(reference).matches("CV-\\d{4}-[2-9A-Z]{5}-[2-9A-Z]{4}");
    assertThat(reponse.json().path("statut").asText()).isEqualTo("pieces_attendues");
    assertThat(cartes.findByNumeroSerie(famille.carteAdo()).orElseThrow().getStatut()).isEqualTo(StatutCarteVitale.EN_OPPOSITION);

    JsonNode dossier = en(famille).get("/api/cartes-vitale/declarations/" + reference).json();
    assertThat(dossier.path("motif").asText()).isEqualTo("vol");
    assertThat(dossier.path("ancienneCarte").asText()).isEqualTo(famille.carteAdo());
    assertThat(dossier.path("oppositions").get(0).path("numeroSerie").asText()).isEqualTo(famille.carteAdo());
    assertThat(dossier.path("historique").findValuesAsText("statut")).containsExactly("declaree", "pieces_attendues");

    JsonNode maCarte = en(famille).get("/api/cartes-vitale").json();
    JsonNode paul = personne(maCarte, famille.ado());
    assertThat(paul.path("cartes").get(0).path("statut").asText()).isEqualTo("en_opposition");
    assertThat(paul.path("dossiers").get(0).path("reference").asText()).isEqualTo(reference);
    assertThat(paul.path("peutDeclarer").asBoolean()).isFalse();
    assertThat(personne(maCarte, famille.collegien()).path("peutCommander").asBoolean()).isTrue();

    assertThat(en(famille).get("/api/notifications").json().path("notifications").findValuesAsText("titre"))
        .contains("Déclaration de vol enregistrée");
  }

  static JsonNode personne(JsonNode maCarte, Nir nir) {
    for (JsonNode p : maCarte) {
      if (p.path("nir").asText().equals(nir.valeur())) {
        return p;
      }
    }
    throw new AssertionError("Personne absente de « Ma carte Vitale »");
  }

  /** Each field the server checks, with what breaks it and the field named in the answer. */
  static Stream<Arguments> champsInvalides() {
    return Stream.of(
        Arguments.of("beneficiaire", null, "beneficiaire", "Choisissez la personne"),
        Arguments.of("beneficiaire", "2 85 04 75 112 345 61", "beneficiaire", "La clé du numéro de sécurité sociale"),
        Arguments.of("beneficiaire", "1234", "beneficiaire", "15 caractères"),
        Arguments.of("beneficiaire", "AUTRE_COMPTE", "beneficiaire", "n'est pas rattachée à votre compte"),
        Arguments.of("motif", null, "motif", "Choisissez le motif"),
        Arguments.of("motif", "oubli", "motif", "Le motif « oubli » n'existe pas"),
        Arguments.of("adresse", null, "adresse.ligne1", "Indiquez le numéro et le nom de la voie"),
        Arguments.of("adresse.ligne1", " ", "adresse.ligne1", "Indiquez le numéro et le nom de la voie"),
        Arguments.of("adresse.ligne1", "x".repeat(39), "adresse.ligne1", "dépasse 38 caractères"),
        Arguments.of("adresse.ligne2", "y".repeat(39), "adresse.ligne2", "Le complément d'adresse dépasse"),
        Arguments.of("adresse.codePostal", "4400", "adresse.codePostal", "5 chiffres"),
        Arguments.of("adresse.codePostal", "00100", "adresse.codePostal", "aucun département"),
        Arguments.of("adresse.commune", "", "adresse.commune", "Indiquez la commune"),
        Arguments.of("adresse.commune", "z".repeat(39), "adresse.commune", "Le nom de la commune dépasse"),
        Arguments.of("engagementRestitution", false, "engagementRestitution", "Je m'engage à restituer ma carte"),
        Arguments.of("engagementRestitution", null, "engagementRestitution", "Je m'engage à restituer ma carte"));
  }

  @ParameterizedTest(name = "{0} = {1} : 422 sur {2}")
  @MethodSource("champsInvalides")
  @SuppressWarnings("unchecked")
  void chaque_champ_est_verifie_par_le_serveur_et_rien_n_est_enregistre(String champ, Object valeur, String champAttendu, String message) {
    var famille = comptes.famille();
    var corps = corps(famille.parent().valeur(), "perte");
    Object mauvaise = "AUTRE_COMPTE".equals(valeur) ? comptes.famille().ado().valeur() : valeur;
    if (champ.startsWith("adresse.")) {
      ((Map<String, Object>) corps.get("adresse")).put(champ.substring("adresse.".length()), mauvaise);
    } else {
      corps.put(champ, mauvaise);
    }

    var reponse = en(famille).post("/api/cartes-vitale/declarations", corps);

    assertThat(reponse.statut()).isEqualTo(422);
    assertThat(reponse.typeContenu()).startsWith("application/problem+json");
    assertThat(reponse.json().path("champ").asText()).isEqualTo(champAttendu);
    assertThat(reponse.detail()).contains(message);
    assertThat(dossiers.findByProprietaireOrderByCreeLeDesc(famille.parent())).isEmpty();
    assertThat(cartes.findByNumeroSerie(famille.carteParent()).orElseThrow().getStatut()).isEqualTo(StatutCarteVitale.ACTIVE);
  }

  @Test
  void un_corps_mal_forme_repond_400_en_francais() {
    var famille = comptes.famille();
    var inconnu = corps(famille.parent().valeur(), "perte");
    inconnu.put("urgence", true);
    var mauvaisType = corps(famille.parent().valeur(), "perte");
    mauvaisType.put("engagementRestitution", "peut-être");

    assertThat(en(famille).post("/api/cartes-vitale/declarations", "{\"beneficiaire\": ").statut()).isEqualTo(400);
    var reponse = en(famille).post("/api/cartes-vitale/declarations", inconnu);
    assertThat(reponse.statut()).isEqualTo(400);
    assertThat(reponse.detail()).contains("« urgence » n'est pas attendu");
    assertThat(en(famille).post("/api/cartes-vitale/declarations", mauvaisType).json().path("champ").asText())
        .isEqualTo("engagementRestitution");
    assertThat(dossiers.findByProprietaireOrderByCreeLeDesc(famille.parent())).isEmpty();
  }

  @Test
  void la_meme_declaration_envoyee_deux_fois_rend_le_meme_dossier_sans_seconde_opposition() {
    var famille = comptes.famille();
    var premiere = en(famille).post("/api/cartes-vitale/declarations", corps(famille.parent().valeur(), "perte"));
    var seconde = en(famille).post("/api/cartes-vitale/declarations", corps(famille.parent().formate(), "perte"));

    assertThat(premiere.statut()).isEqualTo(201);
    assertThat(seconde.statut()).isEqualTo(200);
    assertThat(seconde.json().path("reference").asText()).isEqualTo(premiere.json().path("reference").asText());
    assertThat(dossiers.findByProprietaireOrderByCreeLeDesc(famille.parent())).hasSize(1);
    assertThat(oppositions.findByReferenceDossier(premiere.json().path("reference").asText())).hasSize(1);

    var autreMotif = en(famille).post("/api/cartes-vitale/declarations", corps(famille.parent().valeur(), "vol"));
    assertThat(autreMotif.statut()).isEqualTo(409);
    assertThat(autreMotif.detail()).contains("déjà en cours").contains(premiere.json().path("reference").asText());
  }

  @Test
  void un_dossier_n_est_visible_que_de_son_titulaire_et_des_agents() {
    var famille = comptes.famille();
    var autre = comptes.famille();
    String reference = en(famille).post("/api/cartes-vitale/declarations", corps(famille.parent().valeur(), "perte")).json()
        .path("reference").asText();
    String chemin = "/api/cartes-vitale/declarations/" + reference;

    assertThat(en(autre).get(chemin).statut()).isEqualTo(404);
    assertThat(en(autre).octets(chemin + "/attestation").statusCode()).isEqualTo(404);
    assertThat(http.en("agent.droits").get(chemin).statut()).isEqualTo(200);
    assertThat(http.en("agent.accueil").get(chemin).statut()).isEqualTo(200);
    assertThat(http.anonyme().get(chemin).statut()).isEqualTo(401);
    assertThat(http.en("analyste").get(chemin).statut()).isEqualTo(403);
    assertThat(http.en("agent.droits").post("/api/cartes-vitale/declarations", corps(famille.parent().valeur(), "vol")).statut())
        .isEqualTo(403);
    assertThat(http.en("agent.droits").get("/api/cartes-vitale").statut()).isEqualTo(403);
    assertThat(en(famille).get("/api/cartes-vitale/declarations/CV-2020-999999").statut()).isEqualTo(404);
  }

  @Test
  void l_attestation_de_droits_est_un_pdf_au_nom_du_beneficiaire_avec_ses_dates() throws Exception {
    var famille = comptes.famille();
    String reference = en(famille).post("/api/cartes-vitale/declarations", corps(famille.ado().valeur(), "perte")).json()
        .path("reference").asText();

    var reponse = en(famille).octets("/api/cartes-vitale/declarations/" + reference + "/attestation");

    assertThat(reponse.statusCode()).isEqualTo(200);
    assertThat(reponse.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(new String(reponse.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    String texte;
    try (var pdf = Loader.loadPDF(reponse.body())) {
      texte = new PDFTextStripper().getText(pdf);
    }
    DateTimeFormatter jour = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    LocalDate aujourdhui = LocalDate.now(HORLOGE);
    assertThat(texte)
        .contains("Attestation de droits")
        .contains("Paul MARTIN")
        .contains(famille.ado().formate())
        .contains("Délivrée le " + aujourdhui.format(jour))
        .contains("au " + aujourdhui.plusMonths(3).format(jour))
        .contains(famille.carteAdo())
        .contains("CPAM de Loire-Atlantique");
  }

  @Test
  void la_photo_et_la_piece_sont_verifiees_par_leur_contenu_et_leur_taille() {
    var famille = comptes.famille();
    String reference = en(famille).post("/api/cartes-vitale/declarations", corps(famille.parent().valeur(), "perte")).json()
        .path("reference").asText();
    String chemin = "/api/cartes-vitale/declarations/" + reference + "/pieces";

    var pdfEnPhoto = envoyerPieces(famille, chemin, "photo.jpg", ProcessusCarteVitaleIntTest.PDF, "cni.pdf", ProcessusCarteVitaleIntTest.PDF);
    assertThat(pdfEnPhoto.statut()).isEqualTo(422);
    assertThat(pdfEnPhoto.json().path("champ").asText()).isEqualTo("photo");
    byte[] tropGros = new byte[6 * 1024 * 1024];
    System.arraycopy(ProcessusCarteVitaleIntTest.PDF, 0, tropGros, 0, ProcessusCarteVitaleIntTest.PDF.length);
    var pieceTropGrosse = envoyerPieces(famille, chemin, "photo.jpg", ProcessusCarteVitaleIntTest.JPEG, "cni.pdf", tropGros);
    assertThat(pieceTropGrosse.statut()).isEqualTo(422);
    assertThat(pieceTropGrosse.json().path("champ").asText()).isEqualTo("pieceIdentite");
    assertThat(pieceTropGrosse.detail()).contains("5 Mo au plus");
    var texteEnPiece = envoyerPieces(famille, chemin, "photo.jpg", ProcessusCarteVitaleIntTest.JPEG, "cni.pdf", "bonjour".getBytes());
    assertThat(texteEnPiece.statut()).isEqualTo(422);
    assertThat(texteEnPiece.detail()).contains("« cni.pdf » n'est pas accepté");
    assertThat(en(famille).get("/api/cartes-vitale/declarations/" + reference).json().path("statut").asText()).isEqualTo("pieces_attendues");

    var bonnes = envoyerPieces(famille, chemin, "photo.jpg", ProcessusCarteVitaleIntTest.JPEG, "cni.pdf", ProcessusCarteVitaleIntTest.PDF);
    assertThat(bonnes.statut()).isEqualTo(200);
    assertThat(bonnes.json().path("statut").asText()).isEqualTo("pieces_recues");
    JsonNode recues = http.en("agent.droits").get("/api/cartes-vitale/declarations/" + reference).json().path("pieces");
    assertThat(recues.findValuesAsText("nature")).containsExactly("photo", "piece_identite");
    assertThat(recues.findValuesAsText("typeContenu")).containsExactly("image/jpeg", "application/pdf");
    var photo = http.en("agent.droits").octets("/api/cartes-vitale/declarations/" + reference + "/pieces/" + recues.get(0).path("id").asText());
    assertThat(photo.statusCode()).isEqualTo(200);
    assertThat(photo.body()).isEqualTo(ProcessusCarteVitaleIntTest.JPEG);
    assertThat(en(comptes.famille()).octets("/api/cartes-vitale/declarations/" + reference + "/pieces/" + recues.get(0).path("id").asText())
        .statusCode()).isEqualTo(404);
    assertThat(envoyerPieces(famille, chemin, "photo.jpg", ProcessusCarteVitaleIntTest.JPEG, "cni.pdf", ProcessusCarteVitaleIntTest.PDF).statut())
        .as("plus rien n'est attendu").isEqualTo(409);
    assertThat(envoyerPieces(comptes.famille(), chemin, "photo.jpg", ProcessusCarteVitaleIntTest.JPEG, "cni.pdf", ProcessusCarteVitaleIntTest.PDF).statut())
        .as("dossier d'un autre").isEqualTo(404);
  }

  @Test
  void commander_une_premiere_carte_et_refus_clairs_pour_une_carte_active_ou_moins_de_douze_ans() {
    var famille = comptes.famille();
    Map<String, Object> adresse = Map.of("ligne1", "3 place de la Mairie", "codePostal", "44000", "commune", "Nantes");

    var commande = en(famille).post("/api/cartes-vitale/commandes", Map.of("beneficiaire", famille.collegien().valeur(), "adresse", adresse));
    assertThat(commande.statut()).isEqualTo(201);
    assertThat(commande.json().path("statut").asText()).isEqualTo("pieces_attendues");
    assertThat(en(famille).get("/api/cartes-vitale/commandes/" + commande.json().path("reference").asText()).json()
        .path("nature").asText()).isEqualTo("commande");

    var dejaUneCarte = en(famille).post("/api/cartes-vitale/commandes", Map.of("beneficiaire", famille.ado().valeur(), "adresse", adresse));
    assertThat(dejaUneCarte.statut()).isEqualTo(409);
    assertThat(dejaUneCarte.detail()).contains("a déjà une carte Vitale active");
    var tropJeune = en(famille).post("/api/cartes-vitale/commandes", Map.of("beneficiaire", famille.enfant().valeur(), "adresse", adresse));
    assertThat(tropJeune.statut()).isEqualTo(422);
    assertThat(tropJeune.detail()).contains("moins de 12 ans");
    assertThat(dossiers.findByProprietaireOrderByCreeLeDesc(famille.parent())).hasSize(1);
  }

  @Test
  void perte_ou_vol_refuse_en_422_pour_un_beneficiaire_sans_carte_sans_rien_enregistrer() {
    var famille = comptes.famille();

    var enfant = en(famille).post("/api/cartes-vitale/declarations", corps(famille.enfant().valeur(), "perte"));
    var collegien = en(famille).post("/api/cartes-vitale/declarations", corps(famille.collegien().valeur(), "vol"));

    assertThat(enfant.statut()).isEqualTo(422);
    assertThat(enfant.json().path("champ").asText()).isEqualTo("beneficiaire");
    assertThat(enfant.detail()).contains("n'a pas de carte Vitale active à son nom")
        .contains("Avant 16 ans, un enfant figure sur la carte Vitale de ses parents");
    assertThat(collegien.statut()).isEqualTo(422);
    assertThat(collegien.detail()).contains("n'a pas de carte Vitale active à son nom");
    assertThat(dossiers.findByProprietaireOrderByCreeLeDesc(famille.parent())).isEmpty();
  }

  Http.Reponse envoyerPieces(ComptesDeTest.Famille famille, String chemin, String nomPhoto, byte[] photo, String nomPiece, byte[] piece) {
    String frontiere = "----cartevitale" + System.nanoTime();
    var corps = new ByteArrayOutputStream();
    partie(corps, frontiere, "photo", nomPhoto, photo);
    partie(corps, frontiere, "pieceIdentite", nomPiece, piece);
    corps.writeBytes(("--" + frontiere + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return en(famille).post(chemin, "multipart/form-data; boundary=" + frontiere, corps.toByteArray());
  }

  private static void partie(ByteArrayOutputStream corps, String frontiere, String nom, String fichier, byte[] contenu) {
    corps.writeBytes(("--" + frontiere + "\r\nContent-Disposition: form-data; name=\"" + nom + "\"; filename=\"" + fichier
        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    corps.writeBytes(contenu);
    corps.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }
}
