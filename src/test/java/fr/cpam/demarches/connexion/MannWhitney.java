package fr.cpam.demarches.connexion;

import java.util.ArrayList;
import java.util.List;

/**
 * The Mann-Whitney rank test of two samples of durations: the two-sided probability that samples
 * this different come from the same distribution (normal approximation, fine from 20 values each).
 */
final class MannWhitney {

  private MannWhitney() {}

  static double p(List<Double> a, List<Double> b) {
    record Valeur(double v, boolean deA) {}
    List<Valeur> toutes = new ArrayList<>();
    a.forEach(v -> toutes.add(new Valeur(v, true)));
    b.forEach(v -> toutes.add(new Valeur(v, false)));
    toutes.sort((x, y) -> Double.compare(x.v(), y.v()));
    double rangsA = 0;
    int i = 0;
    while (i < toutes.size()) { // equal values share their mean rank
      int j = i;
      while (j + 1 < toutes.size() && toutes.get(j + 1).v() == toutes.get(i).v()) {
        j++;
      }
      double rang = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        if (toutes.get(k).deA()) {
          rangsA += rang;
        }
      }
      i = j + 1;
    }
    double n1 = a.size();
    double n2 = b.size();
    double u = rangsA - n1 * (n1 + 1) / 2;
    double moyenne = n1 * n2 / 2;
    double ecart = Math.sqrt(n1 * n2 * (n1 + n2 + 1) / 12);
    double z = Math.abs(u - moyenne) / ecart;
    return erfc(z / Math.sqrt(2));
  }

  static double mediane(List<Double> valeurs) {
    List<Double> triees = valeurs.stream().sorted().toList();
    int n = triees.size();
    return n % 2 == 1 ? triees.get(n / 2) : (triees.get(n / 2 - 1) + triees.get(n / 2)) / 2;
  }

  /** Complementary error function (Numerical Recipes' erfcc, relative error below 1.2e-7). */
  private static double erfc(double x) {
    double t = 1 / (1 + 0.5 * Math.abs(x));
    double r = t * Math.exp(-x * x - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
        + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851413
        + t * (-0.82215223 + t * 0.17087277)))))))));
    return x >= 0 ? r : 2 - r;
  }
}
