package fr.cpam.benchmark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The analyses of the history (analyse/, /api/analyses) on the loaded volume (1 000 000 finished
 * dossiers of {@code BancDossier} at {@code bench.volume=1}, one started per second back in time).
 *
 * <ul>
 *   <li>{@code analyses.statistiques} ({@link #statistiques}): the figures of one definition over
 *       the default 90 days (every dossier of the volume), one request at a time, against the bare
 *       engine's own history query for the same activity counts
 *       ({@code GET /history/process-definition/{id}/statistics}).
 *   <li>{@code analyses.export} ({@link #exporter}): the CSV event log of yesterday's dossiers
 *       (86 400 at full volume), read as it streams; its time, its size, the application's heap
 *       during it, and the throughput of a procedure (the minimal one: start an instance) measured
 *       just before and during the export.
 * </ul>
 */
final class TravauxAnalyses {

  static final String ANALYSTE = "analyste";

  /**
   * One aggregate over a million dossiers is a report, not a request served many times a second:
   * it is measured one request at a time (the closed and open models of the other workloads would
   * stack several of them on the database at once and time them all out), after one warm-up run,
   * against the bare engine's history statistics of the same definition.
   */
  record Statistiques(double[] nuMs, double[] applicationMs) {
    static double mediane(double[] ms) {
      double[] tri = ms.clone();
      java.util.Arrays.sort(tri);
      return tri[tri.length / 2];
    }

    String resume() {
      return String.format(Locale.ROOT,
          "chiffres d'une définition sur 90 jours, une requête à la fois : médiane %.1f s (nu : %.1f s, statistiques d'historique par activité), %d mesures",
          mediane(applicationMs) / 1000, mediane(nuMs) / 1000, applicationMs.length);
    }
  }

  static Statistiques statistiques(int portNu, int portApplication, int mesures) {
    String id;
    try {
      id = new ObjectMapper().readTree(appeler(portNu, null, "/engine-rest/process-definition/key/BancDossier")).path("id").asText();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    String nu = "/engine-rest/history/process-definition/" + id + "/statistics?canceled=true&finished=true&completeScope=true";
    String application = "/api/analyses/processus/BancDossier/statistiques";
    String analyste = "Basic " + Base64.getEncoder().encodeToString((ANALYSTE + ":demo").getBytes(StandardCharsets.UTF_8));
    appeler(portNu, null, nu);
    appeler(portApplication, analyste, application);
    double[] nuMs = new double[mesures];
    double[] applicationMs = new double[mesures];
    for (int i = 0; i < mesures; i++) {
      nuMs[i] = chronometrer(() -> appeler(portNu, null, nu));
      applicationMs[i] = chronometrer(() -> appeler(portApplication, analyste, application));
    }
    return new Statistiques(nuMs, applicationMs);
  }

  private static double chronometrer(Runnable appel) {
    long debut = System.nanoTime();
    appel.run();
    return (System.nanoTime() - debut) / 1e6;
  }

  /** One GET with a timeout fit for a report (10 minutes); its body, or an exception naming the status. */
  private static String appeler(int port, String autorisation, String chemin) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + chemin)).timeout(Duration.ofMinutes(10));
    if (autorisation != null) {
      b.header("Authorization", autorisation);
    }
    try {
      HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (r.statusCode() != 200) {
        throw new IllegalStateException("GET " + chemin + " → " + r.statusCode());
      }
      return r.body();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** What one export measured. */
  record Export(long millisecondes, long octets, long lignes, long tasAvantMo, long tasMaxMo, double debitAvant, double debitPendant, int cyclesPendant) {
    String resume() {
      return String.format(Locale.ROOT,
          "export CSV d'hier : %d événements, %.1f Mo en %.1f s ; tas de l'application %d Mo avant, %d Mo au plus pendant ;"
              + " démarrages du processus minimal : %.1f/s avant, %.1f/s pendant (%d)",
          lignes - 1, octets / 1e6, millisecondes / 1000.0, tasAvantMo, tasMaxMo, debitAvant, debitPendant, cyclesPendant);
    }
  }

  /**
   * Yesterday's event log, streamed and counted (never held), while {@code fils} threads start
   * minimal instances as citizens; the heap read every 250 ms from the application's metrics.
   */
  static Export exporter(int port, int fils, Duration avant) throws Exception {
    ClientHttp claire = ClientHttp.basic(port, Travaux.CLAIRE, Travaux.CLAIRE_CODE);
    ClientHttp admin = ClientHttp.basic(port, "admin", "demo");
    Charge.Cycle demarrer = () -> {
      claire.post("/engine-rest/process-definition/key/BancMinimal/start", "{}");
      return 1;
    };
    double debitAvant = Charge.debit(fils, avant, Integer.MAX_VALUE, demarrer).cyclesParSeconde();
    long tasAvant = tas(admin);
    AtomicLong tasMax = new AtomicLong(tasAvant);
    AtomicBoolean fini = new AtomicBoolean();
    Thread releve = new Thread(() -> {
      while (!fini.get()) {
        tasMax.accumulateAndGet(tas(admin), Math::max);
        try {
          Thread.sleep(250);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    releve.start();
    long[] compte = new long[2];
    long debut = System.nanoTime();
    Thread export = new Thread(() -> {
      try {
        String hier = LocalDate.now().minusDays(1).toString();
        HttpRequest requete = HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/api/analyses/processus/BancDossier/journal?format=csv&du=" + hier + "&au=" + hier))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((ANALYSTE + ":demo").getBytes(StandardCharsets.UTF_8)))
            .timeout(Duration.ofMinutes(30))
            .build();
        HttpResponse<InputStream> r = HttpClient.newHttpClient().send(requete, HttpResponse.BodyHandlers.ofInputStream());
        byte[] tampon = new byte[64 * 1024];
        try (InputStream in = r.body()) {
          int n;
          while ((n = in.read(tampon)) > 0) {
            compte[0] += n;
            for (int i = 0; i < n; i++) {
              if (tampon[i] == '\n') {
                compte[1]++;
              }
            }
          }
        }
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    export.start();
    // The procedure runs as long as the export does, in slices of 2 seconds.
    List<Charge.Mesure> pendant = new ArrayList<>();
    do {
      pendant.add(Charge.debit(fils, Duration.ofSeconds(2), Integer.MAX_VALUE, demarrer));
    } while (export.isAlive());
    export.join();
    long millis = (System.nanoTime() - debut) / 1_000_000;
    fini.set(true);
    releve.join();
    Charge.Mesure fusion = Charge.Mesure.fusion(pendant);
    return new Export(millis, compte[0], compte[1], tasAvant, tasMax.get(), debitAvant, fusion.cyclesParSeconde(), fusion.cycles());
  }

  private static long tas(ClientHttp admin) {
    try {
      return Math.round(admin.get("/actuator/metrics/jvm.memory.used?tag=area:heap").path("measurements").get(0).path("value").asDouble() / 1e6);
    } catch (RuntimeException e) {
      return 0;
    }
  }
}
