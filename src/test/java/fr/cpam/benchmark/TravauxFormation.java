package fr.cpam.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The trainer's pages on a training server (a target of its own, {@code formation}: the
 * application with the profile {@code formation} on a database of its own, as a training server
 * runs): the sessions page, and a session of 2 learners x 2 scenarios created from its form then
 * closed after its confirmation. Each is set against the bare engine in the same run: the page
 * against a page of a person's tasks and its count; the session against what the engine does for
 * the same shape of work by its REST API, 2 accounts created and removed and 4 minimal dossiers
 * started and deleted; the results of a 20-learner session and a learner's reset
 * ({@link #resultats}).
 */
final class TravauxFormation {

  static final String FORMATION = "formation";
  private static final Pattern CODE = Pattern.compile("Code de la session : <strong>([a-z0-9]{4})</strong>");

  private final List<Travaux.Travail> travaux = new ArrayList<>();

  TravauxFormation(int portNu, int portFormation) {
    ClientHttp formateur = ClientHttp.pages(portFormation, "formateur", "demo");
    ClientHttp nu = ClientHttp.anonyme(portNu);
    // A session stays open while the page is read: the list is never empty.
    formateur.page("/formation/sessions/nouvelle");
    formateur.formulaire("/formation/sessions", session("Session lue par la page"));
    travaux.add(new Travaux.Travail("formation.sessions", "Formation : page des sessions (jour de chaque session)", 50,
        Map.of(
            Travaux.NU, () -> {
              nu.get("/engine-rest/task?assignee=" + Travaux.AGENT + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=20");
              nu.get("/engine-rest/task/count?assignee=" + Travaux.AGENT);
              return 2;
            },
            FORMATION, () -> {
              formateur.page("/formation/sessions");
              return 1;
            }),
        Map.of()));
    // A learner's first page: choosing their password (nothing read; the form's token in the session).
    ClientHttp stagiaire0 = ClientHttp.anonyme(portFormation);
    travaux.add(new Travaux.Travail("formation.motdepasse", "Formation : page « Choisir mon mot de passe » d'un stagiaire", 50,
        Map.of(
            Travaux.NU, () -> {
              nu.get("/engine-rest/user/count");
              return 1;
            },
            FORMATION, () -> {
              stagiaire0.page("/formation/mot-de-passe");
              return 1;
            }),
        Map.of()));
    AtomicInteger n = new AtomicInteger();
    travaux.add(new Travaux.Travail("formation.session", "Formation : créer une session de 2 stagiaires x 2 scénarios puis la fermer",
        5,
        Map.of(
            Travaux.NU, () -> {
              int i = n.incrementAndGet();
              List<String> instances = new ArrayList<>();
              for (int k = 1; k <= 2; k++) {
                // The bare engine takes letters and digits only in an id (its default pattern of resource ids).
                String id = "banc" + i + "x" + k + "x" + System.nanoTime();
                nu.post("/engine-rest/user/create", "{\"profile\":{\"id\":\"" + id + "\",\"firstName\":\"Stagiaire\",\"lastName\":\"Banc\"},"
                    + "\"credentials\":{\"password\":\"Ab3#cdEF45gh\"}}");
                for (int d = 0; d < 2; d++) {
                  instances.add(nu.post("/engine-rest/process-definition/key/BancMinimal/start", "{}").path("id").asText());
                }
                nu.delete("/engine-rest/user/" + id);
              }
              for (String instance : instances) {
                nu.delete("/engine-rest/process-instance/" + instance);
              }
              return 10;
            },
            FORMATION, () -> {
              formateur.page("/formation/sessions/nouvelle");
              String creee = formateur.formulaire("/formation/sessions", session("Banc " + n.incrementAndGet()));
              Matcher m = CODE.matcher(creee);
              if (!m.find()) {
                throw new IllegalStateException("Session non créée");
              }
              formateur.page("/formation/sessions/" + m.group(1) + "/fermer");
              formateur.formulaire("/formation/sessions/" + m.group(1) + "/fermer", List.of());
              return 5;
            }),
        Map.of()));
    resultats(formateur, nu);
  }

  /**
   * The results of a session of 20 learners x 2 scenarios (40 dossiers, a task open in each): its
   * progress page and its CSV export, against the bare engine's own reading of the same shape of
   * history (a page of 200 historic tasks and one of 200 historic variables); then the reset of
   * one learner (2 dossiers removed with their history and played again), against the bare engine
   * deleting 2 minimal dossiers and starting 2.
   */
  private void resultats(ClientHttp formateur, ClientHttp nu) {
    formateur.page("/formation/sessions/nouvelle");
    List<Map.Entry<String, String>> vingt = new ArrayList<>(session("Session de 20 stagiaires"));
    vingt.replaceAll(e -> e.getKey().equals("stagiaires") ? Map.entry("stagiaires", "20") : e);
    Matcher m = CODE.matcher(formateur.formulaire("/formation/sessions", vingt));
    if (!m.find()) {
      throw new IllegalStateException("Session de 20 stagiaires non créée");
    }
    String code = m.group(1);
    Charge.Cycle lectureNue = () -> {
      nu.get("/engine-rest/history/task?sortBy=startTime&sortOrder=asc&firstResult=0&maxResults=200");
      nu.get("/engine-rest/history/variable-instance?firstResult=0&maxResults=200");
      return 2;
    };
    travaux.add(new Travaux.Travail("formation.progression", "Formation : progression d'une session de 20 stagiaires x 2 scénarios", 20,
        Map.of(Travaux.NU, lectureNue, FORMATION, () -> {
          formateur.page("/formation/sessions/" + code + "/progression");
          return 1;
        }),
        Map.of()));
    travaux.add(new Travaux.Travail("formation.csv", "Formation : résultats en CSV d'une session de 20 stagiaires x 2 scénarios", 20,
        Map.of(Travaux.NU, lectureNue, FORMATION, () -> {
          formateur.page("/formation/sessions/" + code + "/resultats.csv");
          return 1;
        }),
        Map.of()));
    AtomicInteger stagiaire = new AtomicInteger();
    travaux.add(new Travaux.Travail("formation.reinitialisation", "Formation : remettre un stagiaire au début (2 dossiers supprimés et rejoués)",
        5,
        Map.of(
            Travaux.NU, () -> {
              for (int d = 0; d < 2; d++) {
                String id = nu.post("/engine-rest/process-definition/key/BancMinimal/start", "{}").path("id").asText();
                nu.delete("/engine-rest/process-instance/" + id);
                nu.post("/engine-rest/process-definition/key/BancMinimal/start", "{}");
              }
              return 6;
            },
            FORMATION, () -> {
              formateur.page("/formation/sessions/" + code + "/progression");
              formateur.formulaire("/formation/sessions/" + code + "/reinitialisation",
                  List.of(Map.entry("stagiaire", String.valueOf(stagiaire.getAndIncrement() % 20 + 1))));
              return 2;
            }),
        Map.of()));
  }

  private static List<Map.Entry<String, String>> session(String titre) {
    String aujourdhui = java.time.LocalDate.now().toString();
    return List.of(Map.entry("titre", titre), Map.entry("debut", aujourdhui), Map.entry("fin", aujourdhui),
        Map.entry("stagiaires", "2"), Map.entry("scenarios", "01-vol-apres-demenagement.yml"),
        Map.entry("scenarios", "02-message-mal-oriente.yml"));
  }

  List<Travaux.Travail> liste() {
    return travaux;
  }
}
