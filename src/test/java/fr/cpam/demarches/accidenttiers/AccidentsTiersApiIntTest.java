package fr.cpam.demarches.accidenttiers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http.Partie;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiersRepository;
import fr.cpam.demarches.cartevitale.ComptesDeTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * {@code /api/accidents-tiers} as a victim and the agents use it: a declaration for a person of
 * the account, refusals in French naming the field (nothing created), one dossier per accident,
 * the report sent later, and who reads what.
 */
@TestIntegration
class AccidentsTiersApiIntTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  static final byte[] PDF = "%PDF-1.4\n%fin\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

  @Autowired Http http;
  @Autowired ComptesDeTest comptes;
  @Autowired DossierAccidentTiersRepository dossiers;

  static Map<String, Object> declaration(String beneficiaire, LocalDate date, String nature) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("beneficiaire", beneficiaire);
    d.put("dateAccident", date.toString());
    d.put("lieu", "Avenue de la Gare, Nantes");
    d.put("natureAccident", nature);
    d.put("circonstances", "Renversé à vélo par une camionnette qui a refusé la priorité.");
    d.put("tiersConnu", true);
    d.put("tiersIdentite", "Transports Leroy, camionnette EF-456-GH");
    d.put("assureurNom", "Assurances du Littoral");
    d.put("assureurContrat", "AL-5566");
    d.put("pvOuPlainte", true);
    d.put("pvReference", "PV 2026/77");
    d.put("temoins", "Mme Petit, 06 00 00 00 00");
    d.put("urgences", true);
    d.put("hospitalisation", true);
    d.put("arretTravail", false);
    d.put("soinsEnCours", true);
    d.put("complementaire", "Mutuelle Atlantique");
    return d;
  }

  static Map<String, Object> avec(Map<String, Object> base, Object... clesValeurs) {
    Map<String, Object> d = new LinkedHashMap<>(base);
    for (int i = 0; i < clesValeurs.length; i += 2) {
      d.put((String) clesValeurs[i], clesValeurs[i + 1]);
    }
    return d;
  }

  static String json(Map<String, Object> corps) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(corps);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void la_victime_declare_pour_son_enfant_suit_son_dossier_et_seul_le_service_de_recours_lit_la_creance() {
    var famille = comptes.famille();
    Http.Client victime = http.en(famille.identifiant(), ComptesDeTest.CODE);
    var reponse = victime.post("/api/accidents-tiers", declaration(famille.ado().formate(), LocalDate.now(HORLOGE).minusDays(3), "circulation"));
    assertThat(reponse.statut()).as(reponse.corps()).isEqualTo(201);
    String reference = reponse.json().path("reference").asText();
    assertThat(reponse.json().path("declarationTardive").asBoolean()).isFalse();
    assertThat(reponse.json().path("information").asText()).contains("Vos remboursements et vos indemnités journalières ne changent pas");

    assertThat(victime.get("/api/accidents-tiers").json().findValuesAsText("reference")).containsExactly(reference);
    JsonNode dossier = victime.get("/api/accidents-tiers/" + reference).json();
    assertThat(dossier.path("statut").asText()).isEqualTo("declaree");
    assertThat(dossier.path("victime").asText()).isEqualTo("Paul MARTIN");
    assertThat(dossier.has("creance")).as("la créance est affaire d'agents").isFalse();

    assertThat(http.en(Http.INES).get("/api/accidents-tiers/" + reference).statut()).isEqualTo(404);
    assertThat(http.en("agent.accueil").get("/api/accidents-tiers/" + reference).statut()).isEqualTo(403);
    assertThat(http.anonyme().get("/api/accidents-tiers/" + reference).statut()).isEqualTo(401);
    JsonNode pourAgent = http.en("agent.rct").get("/api/accidents-tiers/" + reference).json();
    assertThat(pourAgent.path("creance").path("total").decimalValue()).isZero();
    assertThat(http.en("superviseur").get("/api/accidents-tiers/" + reference).statut()).isEqualTo(200);
    assertThat(http.en("agent.rct").get("/api/accidents-tiers").statut()).as("la liste est celle d'un compte").isEqualTo(403);
  }

  @Test
  void une_saisie_invalide_recoit_un_probleme_en_francais_qui_nomme_le_champ_et_rien_n_est_cree() {
    var famille = comptes.famille();
    Http.Client victime = http.en(famille.identifiant(), ComptesDeTest.CODE);
    LocalDate hier = LocalDate.now(HORLOGE).minusDays(1);
    record Cas(Map<String, Object> corps, String champ, String message) {}
    for (Cas cas : List.of(
        new Cas(declaration(famille.parent().formate(), LocalDate.now(HORLOGE).plusDays(1), "circulation"), "dateAccident", "dans le futur"),
        new Cas(declaration("Tom", LocalDate.now(HORLOGE).minusYears(10), "circulation"), "dateAccident", "antérieure à la naissance"),
        new Cas(declaration(famille.parent().formate(), hier, "tempete"), "natureAccident", "« tempete » n'existe pas"),
        new Cas(avec(declaration(famille.parent().formate(), hier, "circulation"), "dateAccident", "31/02/2026"), "dateAccident", "JJ/MM/AAAA"),
        new Cas(avec(declaration("Léonie", hier, "circulation")), "beneficiaire", "n'est pas rattachée à votre compte"),
        new Cas(avec(declaration(famille.parent().formate(), hier, "circulation"), "tiersConnu", null), "tiersConnu", "oui ou non"))) {
      var reponse = victime.post("/api/accidents-tiers", cas.corps());
      assertThat(reponse.statut()).as(reponse.corps()).isEqualTo(422);
      assertThat(reponse.typeContenu()).startsWith("application/problem+json");
      assertThat(reponse.json().path("champ").asText()).isEqualTo(cas.champ());
      assertThat(reponse.detail()).contains(cas.message());
    }
    String corps = json(declaration(famille.parent().formate(), hier, "circulation"));
    var exe = victime.multipart("/api/accidents-tiers", List.of(Partie.json("declaration", corps),
        new Partie("piecePv", "pv.pdf", "application/pdf", new byte[] {'M', 'Z', 0, 0})));
    assertThat(exe.statut()).as(exe.corps()).isEqualTo(422);
    assertThat(exe.json().path("champ").asText()).isEqualTo("piecePv");
    assertThat(exe.detail()).contains("« pv.pdf » n'est ni un PDF, ni un JPEG, ni un PNG");
    byte[] gros = new byte[6 * 1024 * 1024];
    System.arraycopy(PDF, 0, gros, 0, PDF.length);
    var lourd = victime.multipart("/api/accidents-tiers", List.of(Partie.json("declaration", corps),
        new Partie("piecePv", "pv.pdf", "application/pdf", gros)));
    assertThat(lourd.statut()).as(lourd.corps()).isEqualTo(422);
    assertThat(lourd.detail()).contains("pèse 6 Mo");
    assertThat(victime.get("/api/accidents-tiers").json()).as("rien n'est créé").isEmpty();
  }

  @Test
  void un_accident_un_dossier_la_seconde_declaration_est_refusee_avec_la_reference_existante() {
    var famille = comptes.famille();
    Http.Client victime = http.en(famille.identifiant(), ComptesDeTest.CODE);
    var corps = declaration("Zoé", LocalDate.now(HORLOGE).minusDays(2), "scolaire");
    String reference = victime.post("/api/accidents-tiers", corps).json().path("reference").asText();
    var doublon = victime.post("/api/accidents-tiers", avec(corps, "circonstances", "Même accident, raconté autrement."));
    assertThat(doublon.statut()).isEqualTo(409);
    assertThat(doublon.typeContenu()).startsWith("application/problem+json");
    assertThat(doublon.detail()).contains("déjà déclaré", reference);
    assertThat(victime.get("/api/accidents-tiers").json()).hasSize(1);
  }

  @Test
  void une_declaration_tardive_est_acceptee_et_la_victime_lit_pourquoi_le_delai_compte() {
    var famille = comptes.famille();
    Http.Client victime = http.en(famille.identifiant(), ComptesDeTest.CODE);
    var reponse = victime.post("/api/accidents-tiers", declaration(famille.parent().formate(),
        LocalDate.now(HORLOGE).minusDays(40), "morsure-animal"));
    assertThat(reponse.statut()).as(reponse.corps()).isEqualTo(201);
    assertThat(reponse.json().path("declarationTardive").asBoolean()).isTrue();
    assertThat(reponse.json().path("information").asText()).contains("dans les 15 jours", "réclamer à temps");
    String reference = reponse.json().path("reference").asText();
    assertThat(victime.get("/api/accidents-tiers/" + reference).json().path("historique").get(0).path("detail").asText())
        .contains("40 jours après l'accident");
    assertThat(victime.get("/api/notifications").json().path("notifications").findValuesAsText("titre"))
        .contains("Déclaration d'accident enregistrée (déclaration tardive)");
  }

  @Test
  void le_proces_verbal_est_joint_a_la_declaration_ou_plus_tard_et_l_agent_le_telecharge() {
    var famille = comptes.famille();
    Http.Client victime = http.en(famille.identifiant(), ComptesDeTest.CODE);
    String corps = json(declaration(famille.parent().formate(), LocalDate.now(HORLOGE).minusDays(1), "agression"));
    var avecPiece = victime.multipart("/api/accidents-tiers", List.of(Partie.json("declaration", corps),
        new Partie("piecePv", "plainte.pdf", "application/pdf", PDF)));
    assertThat(avecPiece.statut()).as(avecPiece.corps()).isEqualTo(201);
    String reference = avecPiece.json().path("reference").asText();
    var suite = victime.multipart("/api/accidents-tiers/" + reference + "/pieces", List.of(
        new Partie("piecePv", "pv-complet.pdf", "application/pdf", PDF),
        new Partie("pvReference", null, "text/plain", "PV 2026/99".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertThat(suite.statut()).as(suite.corps()).isEqualTo(201);
    var refus = victime.multipart("/api/accidents-tiers/" + reference + "/pieces", List.of(
        new Partie("piecePv", "photo.gif", "image/gif", "GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
    assertThat(refus.statut()).isEqualTo(422);
    assertThat(refus.json().path("champ").asText()).isEqualTo("piecePv");
    assertThat(http.en(Http.INES).multipart("/api/accidents-tiers/" + reference + "/pieces", List.of(
        new Partie("piecePv", "x.pdf", "application/pdf", PDF))).statut()).isEqualTo(404);

    JsonNode dossier = http.en("agent.rct").get("/api/accidents-tiers/" + reference).json();
    assertThat(dossier.path("pieces").findValuesAsText("nomFichier")).containsExactly("plainte.pdf", "pv-complet.pdf");
    long id = dossier.path("pieces").get(1).path("id").asLong();
    var fichier = http.en("agent.rct").octets("/api/accidents-tiers/" + reference + "/pieces/" + id);
    assertThat(fichier.statusCode()).isEqualTo(200);
    assertThat(fichier.body()).isEqualTo(PDF);
    assertThat(fichier.headers().firstValue("Content-Type")).contains("application/pdf");
    assertThat(http.en(Http.INES).get("/api/accidents-tiers/" + reference + "/pieces/" + id).statut()).isEqualTo(404);
  }

  @Test
  void les_huit_genres_d_accident_sont_proposes_dans_l_ordre_du_formulaire() {
    JsonNode natures = http.en(Http.CLAIRE).get("/api/accidents-tiers/natures").json();
    assertThat(natures.findValuesAsText("code")).containsExactly("circulation", "agression", "sport-loisir", "morsure-animal",
        "medical", "chute-voie-publique", "scolaire", "autre");
  }
}
