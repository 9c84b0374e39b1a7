package fr.cpam.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cpam.demarches.performance.NouveauxAssures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The procedures' lives through our REST API, on the application (the bare engine has no such
 * procedure: each citizen start is compared with the baseline's start, each agent completion
 * with the baseline's completion, see {@link #reference}).
 *
 * <p>A carte Vitale declaration and an arrêt de travail are refused for a person who already has
 * one running: the application target creates {@link #ASSURES} citizens of its own when it loads
 * its volume ({@code NouveauxAssures}, accounts, engine users, an active card, photo and identity
 * document on file), and each cycle takes the next one. Asynchronous steps (opposition, order to
 * the card factory, allowance computation, transfers...) run in the target's job executor as in
 * production; their statements are counted apart ("jobs"). Timers cannot be moved in a remote JVM:
 * the "minuteries" workload executes due-later timer jobs through the engine's REST API as the
 * administrator would ({@code POST /engine-rest/job/{id}/execute}), which is what moving the clock
 * past them does.
 */
final class TravauxProcedures {

  /** Citizens created by the application target for these workloads. */
  static final int ASSURES = Integer.getInteger("bench.assures", 4000);
  private static final String AGENT_DROITS = "agent.droits";
  private static final String AGENT_PRESTATIONS = "agent.prestations";
  private static final String AGENT_RCT = "agent.rct";
  private static final String AUTRE_SIRET = "73282932000074";

  private final List<Travaux.Travail> travaux = new ArrayList<>();
  private final AtomicInteger suivant = new AtomicInteger();

  TravauxProcedures(int port) {
    carteVitale(port);
    indemnitesJournalieres(port);
    accidentTiers(port);
    minuteries(port);
  }

  List<Travaux.Travail> liste() {
    return travaux;
  }

  /** The baseline workload a procedure's workload is compared with; the workload itself otherwise. */
  static String reference(String charge) {
    if (charge.startsWith("procedure.") && charge.endsWith(".demarrage")) {
      return "minimal.demarrage";
    }
    if (charge.startsWith("procedure.") && charge.endsWith(".completion")) {
      return "minimal.completion";
    }
    return charge;
  }

  /** The next citizen nobody used yet (created by the target, see {@code Cible}). */
  private int assure() {
    int n = suivant.incrementAndGet();
    if (n > ASSURES) {
      throw new IllegalStateException("Plus d'assuré disponible : augmenter -Dbench.assures");
    }
    return n;
  }

  private static String nirFormate(int n) {
    return fr.cpam.demarches.compte.Nir.depuisIdentifiant(NouveauxAssures.identifiant(n)).formate();
  }

  /**
   * CarteVitalePerteVol: the citizen declares a loss (start; one in two sends the new card to
   * another address, which the DMN sends to an agent's review); an agent of "gestion-droits"
   * takes the review and accepts; then the opposition and the order to the simulated factory run
   * as asynchronous jobs, the factory answers by message, and the delivery timer is moved by
   * {@link #minuteries}.
   */
  private void carteVitale(int port) {
    ClientHttp agent = ClientHttp.basic(port, AGENT_DROITS, "demo");
    Queue<String> aExaminer = new ConcurrentLinkedQueue<>();
    AtomicInteger declarations = new AtomicInteger();
    ajouter("procedure.cartevitale.demarrage", "Carte Vitale : l'assuré déclare une perte (démarrage)", 50, () -> {
      int n = assure();
      boolean revue = declarations.incrementAndGet() % 2 == 0;
      String corps = "{\"beneficiaire\":\"" + nirFormate(n) + "\",\"motif\":\"perte\",\"engagementRestitution\":true,"
          + "\"adresse\":{\"ligne1\":\"" + (revue ? "27 rue des Vignes" : NouveauxAssures.ADRESSE_LIGNE1) + "\","
          + "\"codePostal\":\"" + NouveauxAssures.CODE_POSTAL + "\",\"commune\":\"" + NouveauxAssures.COMMUNE + "\"}}";
      JsonNode dossier = ClientHttp.basic(port, NouveauxAssures.identifiant(n), NouveauxAssures.CODE).post("/api/cartes-vitale/declarations", corps);
      if (revue) {
        aExaminer.add(dossier.path("reference").asText());
      }
      return 1;
    }, null);
    ajouter("procedure.cartevitale.completion", "Carte Vitale : l'agent prend et accepte la déclaration", 50, () -> {
      String reference = aExaminer.remove();
      String tache = agent.get("/engine-rest/task?processInstanceBusinessKey=" + reference).get(0).path("id").asText();
      agent.post("/engine-rest/task/" + tache + "/claim", "{\"userId\":\"" + AGENT_DROITS + "\"}");
      agent.post("/engine-rest/task/" + tache + "/complete", "{\"variables\":{\"decision\":{\"value\":\"accepter\"}}}");
      return 3;
    }, aExaminer);
  }

  /**
   * IndemnitesJournalieres: the doctor's software sends the arrêt (start), the employer's payroll
   * software the salary certificate (one in two with another SIRET, which the DMN sends to an
   * agent of "prestations-especes"), the agent confirms it; the computation, the first transfer
   * and the next due date run as jobs; the next payments are the daily payment run's (measured
   * apart, {@code Tournee}).
   */
  private void indemnitesJournalieres(int port) {
    ClientHttp medecin = ClientHttp.basic(port, "medecin", "demo");
    ClientHttp employeur = ClientHttp.basic(port, "employeur", "demo");
    ClientHttp agent = ClientHttp.basic(port, AGENT_PRESTATIONS, "demo");
    Queue<String> arrets = new ConcurrentLinkedQueue<>();
    Queue<String> aVerifier = new ConcurrentLinkedQueue<>();
    AtomicInteger attestations = new AtomicInteger();
    ajouter("procedure.ij.demarrage", "Indemnités journalières : le médecin transmet l'arrêt (démarrage)", 50, () -> {
      LocalDate debut = LocalDate.now().minusDays(1);
      String corps = "{\"nir\":\"" + nirFormate(assure()) + "\",\"dateDebut\":\"" + debut + "\",\"dateFin\":\"" + debut.plusDays(20)
          + "\",\"datePrescription\":\"" + debut + "\",\"prolongation\":false,\"siretEmployeur\":\"12345678900015\"}";
      arrets.add(medecin.post("/api/arrets-travail", corps).path("reference").asText());
      return 1;
    }, null);
    ajouter("procedure.ij.attestation", "Indemnités journalières : l'employeur transmet l'attestation", 50, () -> {
      String reference = arrets.remove();
      boolean verification = attestations.incrementAndGet() % 2 == 0;
      employeur.post("/api/attestations-salaire", "{\"referenceArret\":\"" + reference + "\",\"salairesBruts\":[2850,2850,2850],"
          + "\"heuresTravaillees\":455,\"subrogation\":false" + (verification ? ",\"siretEmployeur\":\"" + AUTRE_SIRET + "\"" : "") + "}");
      if (verification) {
        aVerifier.add(reference);
      }
      return 1;
    }, arrets);
    ajouter("procedure.ij.completion", "Indemnités journalières : l'agent prend et confirme l'attestation", 50, () -> {
      String reference = aVerifier.remove();
      JsonNode taches = agent.get("/engine-rest/task?processInstanceBusinessKey=" + reference);
      for (int i = 0; taches.isEmpty() && i < 100; i++) {
        // The DMN runs in an asynchronous job after the certificate: normally long done.
        Thread.sleep(100);
        taches = agent.get("/engine-rest/task?processInstanceBusinessKey=" + reference);
      }
      String tache = taches.get(0).path("id").asText();
      agent.post("/engine-rest/task/" + tache + "/claim", "{\"userId\":\"" + AGENT_PRESTATIONS + "\"}");
      agent.post("/engine-rest/task/" + tache + "/complete",
          "{\"variables\":{\"decisionAttestation\":{\"value\":\"confirmer\"},\"commentaireVerification\":{\"value\":\"Établissement secondaire.\"}}}");
      return 3;
    }, aVerifier);
  }

  /**
   * AccidentTiers: the victim declares a road accident (start: checked, recorded, notified, the
   * first task created for "rct"); an agent of "rct" takes "Qualifier la déclaration" and finds
   * it admissible, which runs the path table and opens "Chiffrer la créance" (its claim read
   * from "Mes paiements").
   */
  private void accidentTiers(int port) {
    ClientHttp agent = ClientHttp.basic(port, AGENT_RCT, "demo");
    Queue<String> aQualifier = new ConcurrentLinkedQueue<>();
    ajouter("procedure.accident.demarrage", "Accident causé par un tiers : la victime déclare (démarrage)", 50, () -> {
      int n = assure();
      String corps = "{\"beneficiaire\":\"" + nirFormate(n) + "\",\"dateAccident\":\"" + LocalDate.now().minusDays(3)
          + "\",\"lieu\":\"Cours Victor Hugo, Bordeaux\",\"natureAccident\":\"circulation\","
          + "\"circonstances\":\"Renversé par une voiture au passage piéton.\",\"tiersConnu\":true,\"tiersIdentite\":\"M. Laborde\","
          + "\"assureurNom\":\"Assurances de Gironde\",\"pvOuPlainte\":false,\"urgences\":true}";
      aQualifier.add(ClientHttp.basic(port, NouveauxAssures.identifiant(n), NouveauxAssures.CODE)
          .post("/api/accidents-tiers", corps).path("reference").asText());
      return 1;
    }, null);
    ajouter("procedure.accident.completion", "Accident causé par un tiers : l'agent du recours prend et qualifie la déclaration", 50, () -> {
      String reference = aQualifier.remove();
      String tache = agent.get("/engine-rest/task?processInstanceBusinessKey=" + reference).get(0).path("id").asText();
      agent.post("/engine-rest/task/" + tache + "/claim", "{\"userId\":\"" + AGENT_RCT + "\"}");
      agent.post("/engine-rest/task/" + tache + "/complete", "{\"variables\":{\"decisionQualification\":{\"value\":\"recevable\"}}}");
      return 3;
    }, aQualifier);
  }

  /**
   * Timers moved: the administrator executes, one at a time, a timer job that is not due yet —
   * the carte Vitale's delivery delay (then the card is activated by a job).
   */
  private void minuteries(int port) {
    ClientHttp admin = ClientHttp.basic(port, "admin", "demo");
    // Four threads read the same list: each timer is taken by one of them only.
    java.util.Set<String> pris = java.util.concurrent.ConcurrentHashMap.newKeySet();
    ajouter("procedure.minuteries", "Minuteries avancées : délai d'acheminement de la carte Vitale", 20, () -> {
      for (JsonNode job : admin.get("/engine-rest/job?timers=true&activityId=Timer_AcheminementTermine&maxResults=20")) {
        String id = job.path("id").asText();
        if (pris.add(id)) {
          admin.post("/engine-rest/job/" + id + "/execute", "{}");
          return 2;
        }
      }
      return 2;
    }, null);
  }

  private void ajouter(String cle, String libelle, double plafond, Charge.Cycle cycle, Queue<String> file) {
    travaux.add(new Travaux.Travail(cle, libelle, plafond, Map.of(Travaux.APPLICATION, cycle),
        file == null ? Map.of() : Map.of(Travaux.APPLICATION, file::size)));
  }
}
