package fr.cpam.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Drives a workload in two ways.
 *
 * <ul>
 *   <li>Closed model ({@link #debit}): a few threads run cycles back to back for a while; the
 *       number of cycles per second is the throughput.
 *   <li>Open model ({@link #latence}): cycles start at a fixed arrival rate whatever the answers
 *       do; each latency is counted from the moment the cycle should have started, so a slow
 *       answer that delays the next ones shows in the figures instead of being hidden.
 * </ul>
 *
 * A cycle returns how many HTTP requests it made, or throws when it failed. Both models stop
 * after their duration or their number of cycles, whichever comes first.
 */
final class Charge {

  /** One cycle of a workload: does its requests, returns how many. */
  @FunctionalInterface
  interface Cycle {
    int executer() throws Exception;
  }

  /** What a run measured; latencies in microseconds. */
  record Mesure(int cycles, int requetes, int erreurs, double secondes, long[] latences) {
    double cyclesParSeconde() {
      return secondes == 0 ? 0 : cycles / secondes;
    }

    /** Several runs of the same workload as one. */
    static Mesure fusion(List<Mesure> mesures) {
      return new Mesure(
          mesures.stream().mapToInt(Mesure::cycles).sum(),
          mesures.stream().mapToInt(Mesure::requetes).sum(),
          mesures.stream().mapToInt(Mesure::erreurs).sum(),
          mesures.stream().mapToDouble(Mesure::secondes).sum(),
          mesures.stream().flatMapToLong(m -> Arrays.stream(m.latences())).toArray());
    }

    double percentileMs(double p) {
      if (latences.length == 0) {
        return Double.NaN;
      }
      long[] triees = latences.clone();
      Arrays.sort(triees);
      int rang = (int) Math.ceil(p / 100.0 * triees.length) - 1;
      return triees[Math.max(0, Math.min(rang, triees.length - 1))] / 1000.0;
    }
  }

  private Charge() {}

  static Mesure debit(int fils, Duration duree, int maxCycles, Cycle cycle) {
    AtomicInteger restants = new AtomicInteger(maxCycles);
    AtomicInteger requetes = new AtomicInteger();
    AtomicInteger erreurs = new AtomicInteger();
    List<Long> latences = java.util.Collections.synchronizedList(new ArrayList<>());
    long debut = System.nanoTime();
    long fin = debut + duree.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(fils);
    for (int i = 0; i < fils; i++) {
      pool.submit(
          () -> {
            while (System.nanoTime() < fin && restants.getAndDecrement() > 0) {
              long t = System.nanoTime();
              try {
                requetes.addAndGet(cycle.executer());
                latences.add((System.nanoTime() - t) / 1000);
              } catch (Exception e) {
                compterErreur(erreurs, e);
              }
            }
          });
    }
    attendre(pool, duree.plusMinutes(2));
    double secondes = (System.nanoTime() - debut) / 1e9;
    return new Mesure(latences.size(), requetes.get(), erreurs.get(), secondes, versTableau(latences));
  }

  static Mesure latence(double parSeconde, Duration duree, int maxCycles, Cycle cycle) {
    int prevus = (int) Math.min(maxCycles, Math.round(parSeconde * duree.toSeconds()));
    long intervalle = (long) (1e9 / parSeconde);
    AtomicInteger requetes = new AtomicInteger();
    AtomicInteger erreurs = new AtomicInteger();
    long[] latences = new long[prevus];
    AtomicLong mesurees = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(64);
    long debut = System.nanoTime();
    for (int i = 0; i < prevus; i++) {
      long prevu = debut + i * intervalle;
      dormirJusqua(prevu);
      int rang = i;
      pool.submit(
          () -> {
            try {
              requetes.addAndGet(cycle.executer());
              latences[rang] = (System.nanoTime() - prevu) / 1000;
              mesurees.incrementAndGet();
            } catch (Exception e) {
              latences[rang] = -1;
              compterErreur(erreurs, e);
            }
          });
    }
    attendre(pool, Duration.ofMinutes(2));
    double secondes = (System.nanoTime() - debut) / 1e9;
    long[] valides = Arrays.stream(latences).filter(l -> l >= 0).toArray();
    return new Mesure(valides.length, requetes.get(), erreurs.get(), secondes, valides);
  }

  private static void compterErreur(AtomicInteger erreurs, Exception e) {
    if (erreurs.incrementAndGet() <= 3) {
      System.out.println("  erreur : " + e.getMessage());
    }
  }

  private static long[] versTableau(List<Long> valeurs) {
    synchronized (valeurs) {
      return valeurs.stream().mapToLong(Long::longValue).toArray();
    }
  }

  private static void dormirJusqua(long instant) {
    long reste;
    while ((reste = instant - System.nanoTime()) > 0) {
      if (reste > 2_000_000) {
        try {
          TimeUnit.NANOSECONDS.sleep(reste - 1_000_000);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      } else {
        Thread.onSpinWait();
      }
    }
  }

  private static void attendre(ExecutorService pool, Duration limite) {
    pool.shutdown();
    try {
      if (!pool.awaitTermination(limite.toSeconds(), TimeUnit.SECONDS)) {
        pool.shutdownNow();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
