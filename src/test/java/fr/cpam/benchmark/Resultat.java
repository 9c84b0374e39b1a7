package fr.cpam.benchmark;

import java.util.Locale;

/**
 * One line of the benchmark's table, as a child JVM prints it and the orchestrator reads it.
 *
 * @param base {@code PostgreSQL} or {@code H2}
 * @param cible {@code moteur nu} (the baseline) or {@code application}
 * @param charge the workload's key, e.g. {@code minimal.demarrage}
 * @param libelle what the workload does, in French
 * @param reference the key of the bare engine's workload this one is compared with, or "-"
 * @param cyclesParSeconde closed-model throughput (0 when not measured)
 * @param debitOuvert the arrival rate of the open-model run (per second)
 * @param p50 latency percentiles of the open-model run, in ms (NaN when not measured)
 * @param sqlParRequete SQL statements per HTTP request (or per job / per transaction)
 */
record Resultat(
    String base,
    String cible,
    String charge,
    String libelle,
    String reference,
    double cyclesParSeconde,
    double debitOuvert,
    double p50,
    double p95,
    double p99,
    double sqlParRequete,
    int cycles,
    int erreurs) {

  static final String PREFIXE = "RESULTAT\t";

  String ligne() {
    return PREFIXE
        + String.join(
            "\t",
            base,
            cible,
            charge,
            libelle,
            reference,
            f(cyclesParSeconde),
            f(debitOuvert),
            f(p50),
            f(p95),
            f(p99),
            f(sqlParRequete),
            Integer.toString(cycles),
            Integer.toString(erreurs));
  }

  static Resultat lire(String ligne) {
    String[] c = ligne.substring(PREFIXE.length()).split("\t");
    return new Resultat(
        c[0], c[1], c[2], c[3], c[4], d(c[5]), d(c[6]), d(c[7]), d(c[8]), d(c[9]), d(c[10]), Integer.parseInt(c[11]),
        Integer.parseInt(c[12]));
  }

  private static String f(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  private static double d(String v) {
    return Double.parseDouble(v);
  }
}
