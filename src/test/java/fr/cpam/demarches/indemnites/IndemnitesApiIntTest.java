package fr.cpam.demarches.indemnites;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.indemnites.interne.ArretTravail;
import fr.cpam.demarches.indemnites.interne.ArretTravailRepository;
import fr.cpam.demarches.indemnites.interne.AttestationSalaireRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The senders' endpoints and the simulation through real HTTP: success, every kind of bad
 * input (French problem+json, nothing recorded) and who may call what.
 */
@TestIntegration
class IndemnitesApiIntTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  static final String SIRET = "12345678900015";

  @Autowired Http http;
  @Autowired Citoyens assures;
  @Autowired ArretTravailRepository arrets;
  @Autowired AttestationSalaireRepository attestations;
  @Autowired RuntimeService runtimeService;

  static LocalDate aujourdhui() {
    return LocalDate.now(HORLOGE);
  }

  static Map<String, Object> avis(Nir nir, LocalDate debut, LocalDate fin) {
    Map<String, Object> corps = new HashMap<>();
    corps.put("nir", nir.formate());
    corps.put("dateDebut", debut.toString());
    corps.put("dateFin", fin.toString());
    corps.put("datePrescription", debut.toString());
    corps.put("prolongation", false);
    corps.put("siretEmployeur", SIRET);
    return corps;
  }

  static Map<String, Object> attestation(String reference, Object... salaires) {
    Map<String, Object> corps = new HashMap<>();
    corps.put("referenceArret", reference);
    corps.put("salairesBruts", List.of(salaires));
    corps.put("heuresTravaillees", 455);
    corps.put("subrogation", false);
    return corps;
  }

  private void refuse(Http.Reponse reponse, int statut, String champ, String extraitDetail) {
    assertThat(reponse.statut()).as(reponse.corps()).isEqualTo(statut);
    assertThat(reponse.typeContenu()).startsWith("application/problem+json");
    if (champ != null) {
      assertThat(reponse.json().path("champ").asText()).isEqualTo(champ);
    }
    assertThat(reponse.detail()).contains(extraitDetail);
  }

  private long nombreDeDossiers() {
    return arrets.count() + runtimeService.createProcessInstanceQuery().processDefinitionKey(IndemnitesJournalieresProcess.CLE).count();
  }

  @Test
  void le_medecin_transmet_un_avis_l_employeur_l_attestation_et_marc_voit_son_indemnite_en_attente() {
    Nir marc = Nir.de("1 78 01 69 123 456 29");
    LocalDate debut = aujourdhui().minusDays(1);
    Http.Reponse avis = http.en("medecin").post("/api/arrets-travail", avis(marc, debut, debut.plusDays(20)));
    assertThat(avis.statut()).as(avis.corps()).isEqualTo(201);
    String reference = avis.json().path("reference").asText();
    assertThat(reference).startsWith("IJ-");
    assertThat(avis.json().path("transmisEnRetard").asBoolean()).isFalse();

    Http.Reponse paiements = http.en(Http.MARC).get("/api/paiements?nature=indemnites-journalieres");
    assertThat(paiements.statut()).isEqualTo(200);
    var attente = paiements.json().path("paiements").get(0);
    assertThat(attente.path("statut").path("code").asText()).isEqualTo("en-attente");
    assertThat(attente.path("etapeAttente").asText()).isEqualTo("En attente de l'attestation de salaire de votre employeur");
    assertThat(attente.path("referenceDossier").asText()).isEqualTo(reference);

    Http.Reponse attestation = http.en("employeur").post("/api/attestations-salaire", attestation(reference, 2850, 2850, 2850));
    assertThat(attestation.statut()).as(attestation.corps()).isEqualTo(201);
    attente = http.en(Http.MARC).get("/api/paiements?nature=indemnites-journalieres").json().path("paiements").get(0);
    assertThat(attente.path("etapeAttente").asText()).contains("Attestation de salaire reçue");

    // The dossier: its owner and the agents read it, nobody else.
    assertThat(http.en(Http.MARC).get("/api/arrets-travail/" + reference).json().path("dateDebut").asText()).isEqualTo(debut.toString());
    assertThat(http.en("agent.prestations").get("/api/arrets-travail/" + reference).statut()).isEqualTo(200);
    refuse(http.en(Http.CLAIRE).get("/api/arrets-travail/" + reference), 404, null, "Aucun arrêt de travail");
    refuse(http.en("medecin").get("/api/arrets-travail/" + reference), 403, null, "Votre profil ne permet pas");

    // The same attestation again: refused, nothing recorded.
    long avant = attestations.count();
    refuse(http.en("employeur").post("/api/attestations-salaire", attestation(reference, 2850, 2850, 2850)), 409, "referenceArret",
        "Aucune attestation de salaire n'est attendue");
    assertThat(attestations.count()).isEqualTo(avant);
  }

  @Test
  void un_avis_recu_plus_de_48_heures_apres_sa_prescription_est_signale_en_retard() {
    Nir nir = assures.salarie();
    Map<String, Object> corps = avis(nir, aujourdhui().minusDays(3), aujourdhui().plusDays(10));
    Http.Reponse reponse = http.en("medecin").post("/api/arrets-travail", corps);
    assertThat(reponse.statut()).isEqualTo(201);
    assertThat(reponse.json().path("transmisEnRetard").asBoolean()).isTrue();
  }

  @Test
  void un_doublon_exact_n_est_pas_enregistre_deux_fois_et_une_prolongation_rejoint_le_dossier() {
    Nir nir = assures.salarie();
    LocalDate debut = aujourdhui();
    Map<String, Object> corps = avis(nir, debut, debut.plusDays(9));
    String reference = http.en("medecin").post("/api/arrets-travail", corps).json().path("reference").asText();
    long avant = nombreDeDossiers();
    refuse(http.en("medecin").post("/api/arrets-travail", corps), 409, null, "déjà été reçu (dossier " + reference + ")");
    assertThat(nombreDeDossiers()).isEqualTo(avant);

    // A new arrêt over the same days is a conflict too: it must be sent as a prolongation.
    Map<String, Object> chevauchant = avis(nir, debut.plusDays(2), debut.plusDays(20));
    chevauchant.put("datePrescription", debut.toString());
    refuse(http.en("medecin").post("/api/arrets-travail", chevauchant), 409, "dateDebut", "envoyez une prolongation");

    Map<String, Object> prolongation = avis(nir, debut.plusDays(10), debut.plusDays(30));
    prolongation.put("datePrescription", debut.toString());
    prolongation.put("prolongation", true);
    refuse(http.en("medecin").post("/api/arrets-travail", prolongation), 422, "referenceArretInitial", "Indiquez la référence");
    prolongation.put("referenceArretInitial", reference);
    Http.Reponse reponse = http.en("medecin").post("/api/arrets-travail", prolongation);
    assertThat(reponse.statut()).as(reponse.corps()).isEqualTo(201);
    assertThat(reponse.json().path("reference").asText()).isEqualTo(reference);
    assertThat(arrets.findByReference(reference).orElseThrow().getDateFin()).isEqualTo(debut.plusDays(30));
    assertThat(nombreDeDossiers()).isEqualTo(avant);

    // A prolongation that does not follow the arrêt is refused.
    Map<String, Object> trop = new HashMap<>(prolongation);
    trop.put("dateDebut", debut.plusDays(40).toString());
    trop.put("dateFin", debut.plusDays(50).toString());
    refuse(http.en("medecin").post("/api/arrets-travail", trop), 422, "dateDebut", "au plus tard le lendemain");
  }

  @Test
  void un_avis_invalide_est_refuse_en_francais_et_rien_n_est_enregistre() {
    Nir nir = assures.salarie();
    LocalDate debut = aujourdhui();
    long avant = nombreDeDossiers();

    Map<String, Object> inconnu = avis(Nir.depuisIdentifiant("1800569199999"), debut, debut.plusDays(5));
    refuse(http.en("medecin").post("/api/arrets-travail", inconnu), 422, "nir", "Aucun assuré n'est enregistré");

    Map<String, Object> malForme = avis(nir, debut, debut.plusDays(5));
    malForme.put("nir", "1 80 05 69 123");
    refuse(http.en("medecin").post("/api/arrets-travail", malForme), 422, "nir", "15 caractères");

    refuse(http.en("medecin").post("/api/arrets-travail", avis(nir, debut, debut.minusDays(1))), 422, "dateFin",
        "postérieure ou égale à sa date de début");

    Map<String, Object> futur = avis(nir, debut.plusDays(2), debut.plusDays(5));
    futur.put("datePrescription", debut.plusDays(1).toString());
    refuse(http.en("medecin").post("/api/arrets-travail", futur), 422, "datePrescription", "ne peut pas être dans le futur");

    Map<String, Object> retroactif = avis(nir, debut.minusDays(2), debut.plusDays(5));
    retroactif.put("datePrescription", debut.toString());
    refuse(http.en("medecin").post("/api/arrets-travail", retroactif), 422, "dateDebut", "avant la date de sa prescription");

    Map<String, Object> siret = avis(nir, debut, debut.plusDays(5));
    siret.put("siretEmployeur", "12345678900016");
    refuse(http.en("medecin").post("/api/arrets-travail", siret), 422, "siretEmployeur", "clé de contrôle");

    Map<String, Object> sansDate = avis(nir, debut, debut.plusDays(5));
    sansDate.remove("dateDebut");
    refuse(http.en("medecin").post("/api/arrets-travail", sansDate), 422, "dateDebut", "Indiquez le premier jour de l'arrêt.");

    Map<String, Object> mauvaiseDate = avis(nir, debut, debut.plusDays(5));
    mauvaiseDate.put("dateFin", "31/12/2026");
    refuse(http.en("medecin").post("/api/arrets-travail", mauvaiseDate), 400, "dateFin", "AAAA-MM-JJ");

    Map<String, Object> referenceSansProlongation = avis(nir, debut, debut.plusDays(5));
    referenceSansProlongation.put("referenceArretInitial", "IJ-2026-000001");
    refuse(http.en("medecin").post("/api/arrets-travail", referenceSansProlongation), 422, "referenceArretInitial", "ne s'indique que pour une prolongation");

    assertThat(nombreDeDossiers()).isEqualTo(avant);
  }

  @Test
  void une_attestation_invalide_est_refusee_en_francais_et_rien_n_est_enregistre() {
    Nir nir = assures.salarie();
    String reference =
        http.en("medecin").post("/api/arrets-travail", avis(nir, aujourdhui(), aujourdhui().plusDays(9))).json().path("reference").asText();
    long avant = attestations.count();

    refuse(http.en("employeur").post("/api/attestations-salaire", attestation("IJ-1999-999999", 2000, 2000, 2000)), 422,
        "referenceArret", "Aucun arrêt de travail ne porte cette référence");
    refuse(http.en("employeur").post("/api/attestations-salaire", attestation(reference, 2000, -10, 2000)), 422,
        "salairesBruts[1]", "ne peut pas être négatif");
    refuse(http.en("employeur").post("/api/attestations-salaire", attestation(reference, 2000, 2000)), 422,
        "salairesBruts", "exactement les trois");
    refuse(http.en("employeur").post("/api/attestations-salaire", attestation(reference, 2000, 2000.555, 2000)), 422,
        "salairesBruts[1]", "2 décimales");
    Map<String, Object> heures = attestation(reference, 2000, 2000, 2000);
    heures.put("heuresTravaillees", 2000);
    refuse(http.en("employeur").post("/api/attestations-salaire", heures), 422, "heuresTravaillees", "durée maximale");
    Map<String, Object> sansSubrogation = attestation(reference, 2000, 2000, 2000);
    sansSubrogation.remove("subrogation");
    refuse(http.en("employeur").post("/api/attestations-salaire", sansSubrogation), 422, "subrogation", "subrogation");
    Map<String, Object> inconnu = attestation(reference, 2000, 2000, 2000);
    inconnu.put("primes", 100);
    refuse(http.en("employeur").post("/api/attestations-salaire", inconnu), 400, "primes", "n'est pas attendu");

    assertThat(attestations.count()).isEqualTo(avant);
  }

  @Test
  void une_reprise_anticipee_est_controlee() {
    Nir nir = assures.salarie();
    LocalDate debut = aujourdhui();
    String reference = http.en("medecin").post("/api/arrets-travail", avis(nir, debut, debut.plusDays(9))).json().path("reference").asText();

    refuse(http.en("employeur").post("/api/arrets-travail/IJ-1999-999999/reprise", Map.of("dateReprise", debut.plusDays(3).toString())),
        404, null, "Aucun arrêt de travail");
    refuse(http.en("employeur").post("/api/arrets-travail/" + reference + "/reprise", Map.of("dateReprise", debut.plusDays(12).toString())),
        422, "dateReprise", "au plus tard le dernier jour prévu");
    refuse(http.en("employeur").post("/api/arrets-travail/" + reference + "/reprise", Map.of("dateReprise", debut.toString())),
        422, "dateReprise", "doit suivre le premier jour");
    refuse(http.en(Http.CLAIRE).post("/api/arrets-travail/" + reference + "/reprise", Map.of("dateReprise", debut.plusDays(3).toString())),
        403, null, "Votre profil ne permet pas");
    assertThat(arrets.findByReference(reference).orElseThrow().getDateReprise()).isNull();

    Http.Reponse reprise =
        http.en("medecin").post("/api/arrets-travail/" + reference + "/reprise", Map.of("dateReprise", debut.plusDays(3).toString()));
    assertThat(reprise.statut()).as(reprise.corps()).isEqualTo(200);
    assertThat(reprise.json().path("dernierJourIndemnisable").asText()).isEqualTo(debut.plusDays(2).toString());
    // Sent again: the same answer, nothing changes.
    assertThat(http.en("employeur").post("/api/arrets-travail/" + reference + "/reprise", Map.of("dateReprise", debut.plusDays(3).toString())).statut())
        .isEqualTo(200);
    refuse(http.en("employeur").post("/api/arrets-travail/" + reference + "/reprise", Map.of("dateReprise", debut.plusDays(4).toString())),
        409, "dateReprise", "déjà enregistrée");
  }

  @Autowired org.camunda.bpm.engine.IdentityService identityService;
  @Autowired Emetteurs emetteurs;

  static final String MOT_DE_PASSE_EMETTEUR = "Emetteur-2026!";

  /** A sender account of the given group, tied to this RPPS or these SIRET; password {@link #MOT_DE_PASSE_EMETTEUR}. */
  private String emetteur(String groupe, String rpps, List<String> sirets) {
    String id = groupe + "." + java.util.UUID.randomUUID().toString().substring(0, 8);
    var utilisateur = identityService.newUser(id);
    utilisateur.setFirstName("Émetteur");
    utilisateur.setLastName("TEST");
    utilisateur.setPassword(MOT_DE_PASSE_EMETTEUR);
    identityService.saveUser(utilisateur);
    identityService.createMembership(id, groupe);
    emetteurs.rattacher(id, List.of(groupe), rpps, sirets);
    return id;
  }

  @Test
  void un_autre_medecin_ou_un_autre_employeur_recoit_la_reponse_d_une_reference_inconnue_et_rien_ne_change() {
    Nir nir = assures.salarie();
    LocalDate debut = aujourdhui();
    String reference = http.en("medecin").post("/api/arrets-travail", avis(nir, debut, debut.plusDays(9))).json().path("reference").asText();
    String autreMedecin = emetteur(Groupes.MEDECINS, "10009999999", null);
    String autreEmployeur = emetteur(Groupes.EMPLOYEURS, null, List.of("73282932000074"));
    String inconnue = "IJ-2026-ABCDE-FGHJK";
    Map<String, Object> reprise = Map.of("dateReprise", debut.plusDays(3).toString());

    for (String qui : List.of(autreMedecin, autreEmployeur)) {
      Http.Reponse pasLaSienne = http.en(qui, MOT_DE_PASSE_EMETTEUR).post("/api/arrets-travail/" + reference + "/reprise", reprise);
      Http.Reponse inexistante = http.en(qui, MOT_DE_PASSE_EMETTEUR).post("/api/arrets-travail/" + inconnue + "/reprise", reprise);
      refuse(pasLaSienne, 404, null, "Aucun arrêt de travail ne porte cette référence");
      assertThat(pasLaSienne.corps()).isEqualTo(inexistante.corps().replace(inconnue, reference));
    }
    Http.Reponse attestation = http.en(autreEmployeur, MOT_DE_PASSE_EMETTEUR).post("/api/attestations-salaire", attestation(reference, 2000, 2000, 2000));
    refuse(attestation, 422, "referenceArret", "Aucun arrêt de travail ne porte cette référence");
    assertThat(attestation.corps())
        .isEqualTo(http.en(autreEmployeur, MOT_DE_PASSE_EMETTEUR).post("/api/attestations-salaire", attestation(inconnue, 2000, 2000, 2000)).corps());
    Map<String, Object> prolongation = avis(nir, debut.plusDays(10), debut.plusDays(20));
    prolongation.put("prolongation", true);
    prolongation.put("datePrescription", debut.toString());
    prolongation.put("referenceArretInitial", reference);
    Http.Reponse prolongee = http.en(autreMedecin, MOT_DE_PASSE_EMETTEUR).post("/api/arrets-travail", prolongation);
    refuse(prolongee, 422, "referenceArretInitial", "Aucun arrêt de travail ne porte cette référence");
    prolongation.put("referenceArretInitial", inconnue);
    assertThat(prolongee.corps()).isEqualTo(http.en(autreMedecin, MOT_DE_PASSE_EMETTEUR).post("/api/arrets-travail", prolongation).corps());
    // An overlapping notice of another doctor does not learn the dossier's reference.
    Map<String, Object> chevauchant = avis(nir, debut.plusDays(2), debut.plusDays(4));
    chevauchant.put("datePrescription", debut.toString());
    Http.Reponse chevauchement = http.en(autreMedecin, MOT_DE_PASSE_EMETTEUR).post("/api/arrets-travail", chevauchant);
    assertThat(chevauchement.statut()).isEqualTo(409);
    assertThat(chevauchement.corps()).doesNotContain(reference);

    ArretTravail arret = arrets.findByReference(reference).orElseThrow();
    assertThat(arret.getDateReprise()).isNull();
    assertThat(arret.getDateFin()).isEqualTo(debut.plusDays(9));
    // The employer of the arrêt's SIRET (the demo account holds it) and its doctor may.
    assertThat(http.en("employeur").post("/api/attestations-salaire", attestation(reference, 2000, 2000, 2000)).statut()).isEqualTo(201);
    assertThat(http.en("medecin").post("/api/arrets-travail/" + reference + "/reprise", reprise).statut()).isEqualTo(200);
  }

  @Test
  void un_compte_emetteur_se_rattache_par_un_administrateur_seulement() {
    String medecin = emetteur(Groupes.MEDECINS, "10001111111", null);
    refuse(http.en(medecin, MOT_DE_PASSE_EMETTEUR).put("/api/emetteurs/" + medecin, Map.of("rpps", "10002222222")), 403, null, "Votre profil");
    Http.Reponse lu = http.en("admin").put("/api/emetteurs/" + medecin, Map.of("rpps", "10002222222"));
    assertThat(lu.statut()).as(lu.corps()).isEqualTo(200);
    assertThat(lu.json().path("rpps").asText()).isEqualTo("10002222222");
    refuse(http.en("admin").put("/api/emetteurs/" + medecin, Map.of("sirets", List.of(SIRET))), 422, "rpps", "RPPS");
    refuse(http.en("admin").put("/api/emetteurs/agent.accueil", Map.of("rpps", "10002222222")), 422, null, "ni un médecin");
    refuse(http.en("admin").get("/api/emetteurs/inconnu.x"), 404, null, "Aucun compte");
  }

  @Test
  void chaque_emetteur_ne_peut_envoyer_que_ses_documents() {
    Nir nir = assures.salarie();
    Map<String, Object> corps = avis(nir, aujourdhui(), aujourdhui().plusDays(5));
    for (String qui : List.of("employeur", "agent.prestations", "superviseur", "admin")) {
      refuse(http.en(qui).post("/api/arrets-travail", corps), 403, null, "Votre profil ne permet pas cette action.");
    }
    refuse(http.en(Http.CLAIRE).post("/api/arrets-travail", corps), 403, null, "Votre profil ne permet pas cette action.");
    refuse(http.anonyme().post("/api/arrets-travail", corps), 401, null, "Connectez-vous");
    for (String qui : List.of("medecin", "agent.prestations", Http.MARC)) {
      refuse(http.en(qui).post("/api/attestations-salaire", attestation("IJ-2026-000001", 1, 1, 1)), 403, null, "Votre profil");
    }
    // Technical senders reach nothing else: not the citizens' payments, not the engine.
    refuse(http.en("medecin").get("/api/paiements"), 403, null, "Votre profil");
    refuse(http.en("employeur").get("/api/paiements"), 403, null, "Votre profil");
    assertThat(http.en("employeur").get("/engine-rest/task").statut()).isEqualTo(403);
    refuse(http.en("medecin").post("/api/indemnites-journalieres/simulations",
        Map.of("dateDebutArret", "2026-03-10", "salairesBruts", List.of(2000, 2000, 2000))), 403, null, "Votre profil");
  }

  @Test
  void la_simulation_donne_l_exemple_du_domaine_au_centime() {
    Http.Reponse reponse =
        http.en(Http.CLAIRE).post("/api/indemnites-journalieres/simulations",
            Map.of("dateDebutArret", "2026-03-10", "salairesBruts", List.of(2000, 2000, 2000)));
    assertThat(reponse.statut()).as(reponse.corps()).isEqualTo(200);
    assertThat(reponse.corps())
        .contains("\"salaireJournalierBase\":65.75", "\"montantJournalierBrut\":32.88", "\"csg\":2.04", "\"crds\":0.16",
            "\"montantJournalierNet\":30.68", "\"plafonne\":false", "\"premierJourIndemnise\":\"2026-03-13\"");
    Http.Reponse plafonnee =
        http.en(Http.MARC).post("/api/indemnites-journalieres/simulations",
            Map.of("dateDebutArret", "2026-03-10", "salairesBruts", List.of(4000, 4000, 4000)));
    assertThat(plafonnee.corps()).contains("\"montantJournalierBrut\":41.95", "\"plafonne\":true");
    Http.Reponse rond =
        http.en(Http.MARC).post("/api/indemnites-journalieres/simulations",
            Map.of("dateDebutArret", "2026-03-10", "salairesBruts", List.of(1825.04, 1825.04, 1825.04)));
    assertThat(rond.corps()).contains("\"montantJournalierBrut\":30.00");
  }

  @Test
  void la_simulation_d_une_periode_de_14_jours_donne_le_net_du_versement_pas_14_nets_journaliers() {
    // 2 500 × 3 ÷ 91.25 ÷ 2 = 41.0958… → 41.10 ; 14 jours : brut 575.40 ; CSG 575.40 × 6.2 % = 35.6748 → 35.67 ;
    // CRDS 575.40 × 0.5 % = 2.877 → 2.88 ; net 536.85 (14 × 38.34, le net d'un jour, ferait 536.76).
    Http.Reponse reponse = http.en(Http.CLAIRE).post("/api/indemnites-journalieres/simulations",
        Map.of("dateDebutArret", "2025-06-15", "salairesBruts", List.of(2500, 2500, 2500)));
    assertThat(reponse.statut()).as(reponse.corps()).isEqualTo(200);
    assertThat(reponse.corps()).contains("\"montantJournalierNet\":38.34", "\"debutPeriode\":\"2025-06-18\"",
        "\"finPeriode\":\"2025-07-01\"", "\"joursPeriode\":14", "\"montantBrutPeriode\":575.40", "\"csgPeriode\":35.67",
        "\"crdsPeriode\":2.88", "\"montantNetPeriode\":536.85");
    Http.Reponse troisJours = http.en(Http.CLAIRE).post("/api/indemnites-journalieres/simulations",
        Map.of("dateDebutArret", "2025-06-15", "salairesBruts", List.of(2500, 2500, 2500), "debutPeriode", "2025-07-02", "joursPeriode", 3));
    // 3 × 41.10 = 123.30 ; CSG 7.6446 → 7.64 ; CRDS 0.6165 → 0.62 ; net 115.04.
    assertThat(troisJours.corps()).contains("\"finPeriode\":\"2025-07-04\"", "\"montantBrutPeriode\":123.30", "\"montantNetPeriode\":115.04");
  }

  @Test
  void une_simulation_invalide_est_refusee_en_francais() {
    refuse(http.en(Http.CLAIRE).post("/api/indemnites-journalieres/simulations",
        Map.of("dateDebutArret", "2026-03-10", "salairesBruts", List.of(2000, 2000, 2000), "joursPeriode", 0)), 422, "joursPeriode", "au moins 1 jour");
    refuse(http.en(Http.CLAIRE).post("/api/indemnites-journalieres/simulations",
        Map.of("dateDebutArret", "2026-03-10", "salairesBruts", List.of(2000, 2000, 2000), "debutPeriode", "2026-03-11")),
        422, "debutPeriode", "au plus tôt le premier jour indemnisé, le 13/03/2026");
    refuse(http.en(Http.CLAIRE).post("/api/indemnites-journalieres/simulations",
        Map.of("dateDebutArret", "2026-03-10", "salairesBruts", List.of(2000, -1, 2000))), 422, "salairesBruts[1]", "négatif");
    refuse(http.en(Http.CLAIRE).post("/api/indemnites-journalieres/simulations",
        Map.of("salairesBruts", List.of(2000, 2000, 2000))), 422, "dateDebutArret", "Indiquez le premier jour");
    refuse(http.en(Http.CLAIRE).post("/api/indemnites-journalieres/simulations",
        Map.of("dateDebutArret", "2020-03-10", "salairesBruts", List.of(2000, 2000, 2000))), 422, "dateDebutArret", "01/06/2023");
    refuse(http.en(Http.CLAIRE).post("/api/indemnites-journalieres/simulations",
        Map.of("dateDebutArret", "2026-03-10", "salairesBruts", List.of(2000, 2000))), 422, "salairesBruts", "exactement");
  }
}
