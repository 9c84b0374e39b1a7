package fr.cpam.benchmark;

import fr.cpam.demarches.CompteurSql;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The orchestrator's handle on a {@link Cible} running in its own JVM: its port once it is
 * ready, its SQL statement counts on demand, its result lines, its stop.
 */
final class CibleDistante implements AutoCloseable {

  final String base;
  final String cible;
  private final Process processus;
  private final Writer entree;
  private final CompletableFuture<Integer> port = new CompletableFuture<>();
  private final BlockingQueue<String> releves = new LinkedBlockingQueue<>();
  private final BlockingQueue<String> fins = new LinkedBlockingQueue<>();

  CibleDistante(List<String> commande, String base, String cible, Consumer<Resultat> resultats, Consumer<String> lignes)
      throws IOException {
    this.base = base;
    this.cible = cible;
    this.processus = new ProcessBuilder(commande).redirectErrorStream(true).start();
    this.entree = new OutputStreamWriter(processus.getOutputStream(), StandardCharsets.UTF_8);
    Thread lecteur = new Thread(() -> lire(resultats, lignes), "sortie-" + cible);
    lecteur.setDaemon(true);
    lecteur.start();
  }

  private void lire(Consumer<Resultat> resultats, Consumer<String> lignes) {
    try (BufferedReader r = new BufferedReader(new InputStreamReader(processus.getInputStream(), StandardCharsets.UTF_8))) {
      for (String ligne; (ligne = r.readLine()) != null; ) {
        if (ligne.startsWith(Resultat.PREFIXE)) {
          resultats.accept(Resultat.lire(ligne));
        } else if (ligne.startsWith("PRET\t")) {
          port.complete(Integer.parseInt(ligne.substring(5).trim()));
        } else if (ligne.startsWith("FIN\t")) {
          fins.add(ligne.substring(4).trim());
        } else if (ligne.startsWith("RELEVE\t")) {
          releves.add(ligne);
        } else {
          lignes.accept(ligne);
        }
      }
    } catch (IOException e) {
      // the process ended
    } finally {
      port.completeExceptionally(new IllegalStateException("La cible " + cible + " (" + base + ") s'est arrêtée"));
    }
  }

  /** Waits until the target has loaded its volume and serves; returns its HTTP port. */
  int port() throws Exception {
    return port.get(60, TimeUnit.MINUTES);
  }

  /** The SQL statements counted by the target so far. */
  CompteurSql.Releve releve() {
    try {
      envoyer("RELEVE");
      String[] c = releves.poll(60, TimeUnit.SECONDS).split("\t");
      return new CompteurSql.Releve(Long.parseLong(c[1]), Long.parseLong(c[2]), Long.parseLong(c[3]), Long.parseLong(c[4]));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Sends a long command (the payment run) and waits until the target says it is over. */
  void executer(String commande) throws InterruptedException {
    envoyer(commande);
    String fin = fins.poll(60, TimeUnit.MINUTES);
    if (!commande.equals(fin)) {
      throw new IllegalStateException(commande + " : pas de fin (" + fin + ")");
    }
  }

  private void envoyer(String commande) {
    try {
      entree.write(commande + "\n");
      entree.flush();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Waits for the end of a target that runs on its own (a start-up measure). */
  int attendre() throws InterruptedException {
    return processus.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (processus.isAlive()) {
      envoyer("STOP");
      if (!processus.waitFor(2, TimeUnit.MINUTES)) {
        processus.destroy();
      }
    }
  }
}
