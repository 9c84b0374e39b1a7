package fr.cpam.benchmark;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.IntSupplier;

/**
 * The workloads, each driven the same way on the bare engine and on the application when both
 * can run it. A cycle is what one person does in one go (start a dossier; find a task and
 * complete it; open a Tasklist filter: its first page and its count).
 */
final class Travaux {

  static final String NU = "moteur nu";
  static final String APPLICATION = "application";
  static final String CLAIRE = "2850475112345";
  static final String CLAIRE_CODE = "4821";
  static final String AGENT = "agent.droits";
  static final String GROUPE_AGENT = "gestion-droits";
  static final String SUPERVISEUR = "superviseur";
  private static final String PAGE = "firstResult=0&maxResults=15";

  /** A workload: its cycle (and how many cycles its data allows) on each target that runs it. */
  record Travail(String cle, String libelle, double plafond, Map<String, Charge.Cycle> cycles, Map<String, IntSupplier> disponibles) {}

  private final List<Travail> travaux = new ArrayList<>();

  Travaux(int portNu, int portApplication) {
    processusMinimal(portNu, portApplication);
    tasklist(portNu, portApplication);
    messagerie(portApplication);
  }

  /**
   * MessageAssure: the citizen writes (start), an agent of the service takes the message and
   * answers it (claim and complete; the answer is then sent by an asynchronous step of the job
   * executor), the citizen reads her conversations.
   */
  private void messagerie(int port) {
    ClientHttp claire = ClientHttp.basic(port, CLAIRE, CLAIRE_CODE);
    ClientHttp agent = ClientHttp.basic(port, AGENT, "demo");
    Queue<String> references = new ConcurrentLinkedQueue<>();
    String message = "{\"motif\":\"CARTE_VITALE\",\"type\":\"question\",\"objet\":\"Carte de Hugo\","
        + "\"texte\":\"Bonjour, Hugo a besoin de sa carte Vitale.\"}";
    ajouter("messagerie.envoi", "Messagerie : l'assurée écrit (démarrage)", 100,
        Map.of(APPLICATION, () -> {
          references.add(claire.post("/api/messagerie/messages", message).path("reference").asText());
          return 1;
        }),
        Map.of());
    ajouter("messagerie.reponse", "Messagerie : l'agent prend le message et répond", 100,
        Map.of(APPLICATION, () -> {
          String reference = references.remove();
          String tache = agent.get("/engine-rest/task?processInstanceBusinessKey=" + reference).get(0).path("id").asText();
          agent.post("/engine-rest/task/" + tache + "/claim", "{\"userId\":\"" + AGENT + "\"}");
          agent.post("/engine-rest/task/" + tache + "/complete",
              "{\"variables\":{\"decision\":{\"value\":\"repondre\"},\"reponse\":{\"value\":\"Votre demande est enregistrée.\"}}}");
          return 3;
        }),
        Map.of(APPLICATION, references::size));
    ajouter("messagerie.conversations", "Messagerie : l'assurée lit ses conversations", 50,
        Map.of(APPLICATION, () -> {
          claire.get("/api/messagerie/conversations");
          return 1;
        }),
        Map.of());
  }

  List<Travail> liste() {
    return travaux;
  }

  private void ajouter(String cle, String libelle, double plafond, Map<String, Charge.Cycle> cycles, Map<String, IntSupplier> disponibles) {
    travaux.add(new Travail(cle, libelle, plafond, cycles, disponibles));
  }

  /** The baseline's cycle: start an instance, find its task, complete it. */
  private void processusMinimal(int portNu, int portApplication) {
    Map<String, ClientHttp> clients = Map.of(NU, ClientHttp.anonyme(portNu), APPLICATION, ClientHttp.basic(portApplication, CLAIRE, CLAIRE_CODE));
    Map<String, Queue<String>> instances = Map.of(NU, new ConcurrentLinkedQueue<>(), APPLICATION, new ConcurrentLinkedQueue<>());
    Map<String, Charge.Cycle> demarrer = new LinkedHashMap<>();
    Map<String, Charge.Cycle> completer = new LinkedHashMap<>();
    Map<String, IntSupplier> disponibles = new LinkedHashMap<>();
    for (String cible : List.of(NU, APPLICATION)) {
      ClientHttp client = clients.get(cible);
      Queue<String> file = instances.get(cible);
      demarrer.put(cible, () -> {
        file.add(client.post("/engine-rest/process-definition/key/BancMinimal/start", "{}").path("id").asText());
        return 1;
      });
      completer.put(cible, () -> {
        String instance = file.remove();
        String tache = client.get("/engine-rest/task?processInstanceId=" + instance).get(0).path("id").asText();
        client.post("/engine-rest/task/" + tache + "/complete", "{}");
        return 2;
      });
      disponibles.put(cible, file::size);
    }
    ajouter("minimal.demarrage", "Processus minimal : démarrage", 100, demarrer, Map.of());
    ajouter("minimal.completion", "Processus minimal : tâche cherchée et complétée", 100, completer, disponibles);
  }

  /** What an agent's Tasklist asks: a filter's first page and its count. */
  private void tasklist(int portNu, int portApplication) {
    ClientHttp nu = ClientHttp.anonyme(portNu);
    ClientHttp agent = ClientHttp.sessionTasklist(portApplication, AGENT, "demo");
    Map<String, String> filtres = new LinkedHashMap<>();
    agent.get("/camunda/api/engine/engine/default/filter?resourceType=Task").forEach(f -> filtres.put(f.path("name").asText(), f.path("id").asText()));
    String parCreation = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
    String parEcheance = "{\"sorting\":[{\"sortBy\":\"dueDate\",\"sortOrder\":\"asc\"}]}";

    ajouter("tasklist.groupe", "Tasklist « Tâches de mon service » : 1re page + nombre", 50,
        Map.of(
            NU, () -> {
              nu.get("/engine-rest/task?candidateGroup=" + GROUPE_AGENT + "&sortBy=created&sortOrder=desc&" + PAGE);
              nu.get("/engine-rest/task/count?candidateGroup=" + GROUPE_AGENT);
              return 2;
            },
            APPLICATION, filtre(agent, filtres.get("Tâches de mon service"), parCreation)),
        Map.of());
    ajouter("tasklist.miennes", "Tasklist « Mes tâches » : 1re page + nombre", 50,
        Map.of(
            NU, () -> {
              nu.get("/engine-rest/task?assignee=" + AGENT + "&sortBy=created&sortOrder=desc&" + PAGE);
              nu.get("/engine-rest/task/count?assignee=" + AGENT);
              return 2;
            },
            APPLICATION, filtre(agent, filtres.get("Mes tâches"), parCreation)),
        Map.of());
    ajouter("tasklist.retard", "Tasklist « En retard » : 1re page + nombre", 50,
        Map.of(
            NU, () -> {
              String avant = "dueBefore=" + URLEncoder.encode(
                  OffsetDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")), StandardCharsets.UTF_8);
              nu.get("/engine-rest/task?" + avant + "&sortBy=dueDate&sortOrder=asc&" + PAGE);
              nu.get("/engine-rest/task/count?" + avant);
              return 2;
            },
            APPLICATION, filtre(agent, filtres.get("En retard"), parEcheance)),
        Map.of());
    // The supervisors' filter: every task of the services (and their own escalations), taken or not.
    ClientHttp superviseur = ClientHttp.sessionTasklist(portApplication, SUPERVISEUR, "demo");
    Map<String, String> filtresSuperviseur = new LinkedHashMap<>();
    superviseur.get("/camunda/api/engine/engine/default/filter?resourceType=Task")
        .forEach(f -> filtresSuperviseur.put(f.path("name").asText(), f.path("id").asText()));
    String services = String.join(",", Cible.GROUPES.keySet()) + ",superviseurs";
    ajouter("tasklist.toutes", "Tasklist « Toutes les tâches des services » (superviseur) : 1re page + nombre", 50,
        Map.of(
            NU, () -> {
              nu.get("/engine-rest/task?candidateGroups=" + services + "&includeAssignedTasks=true&sortBy=dueDate&sortOrder=asc&" + PAGE);
              nu.get("/engine-rest/task/count?candidateGroups=" + services + "&includeAssignedTasks=true");
              return 2;
            },
            APPLICATION, filtre(superviseur, filtresSuperviseur.get("Toutes les tâches des services"), parEcheance)),
        Map.of());
    ajouter("tasklist.ouverture", "Tasklist ouvert : nombre de tâches de chaque filtre", 50,
        Map.of(APPLICATION, () -> {
          agent.get("/camunda/api/engine/engine/default/filter?resourceType=Task&itemCount=true");
          return 1;
        }),
        Map.of());
  }

  private static Charge.Cycle filtre(ClientHttp agent, String id, String corps) {
    String chemin = "/camunda/api/engine/engine/default/filter/" + id;
    return () -> {
      agent.postHal(chemin + "/list?" + PAGE, corps);
      agent.post(chemin + "/count", corps);
      return 2;
    };
  }
}
