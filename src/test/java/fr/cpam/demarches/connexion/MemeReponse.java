package fr.cpam.demarches.connexion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.NavigateurSansScript;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/**
 * No enumeration, measured: forms of two kinds (an account exists or not) posted in a random
 * order, each from a fresh browser; the same status, redirect and body each time, and durations
 * that a rank test (Mann-Whitney) cannot tell apart. No fixed time threshold: a busy machine slows
 * both alike.
 */
final class MemeReponse {

  /** One form to post; {@code compte}: whether it is the kind where an account exists. */
  record Essai(Map<String, String> champs, boolean compte) {}

  private MemeReponse() {}

  /** Posts every form to {@code chemin}; returns the probability that the durations are alike. */
  static double mesurer(String libelle, String chemin, List<Essai> essais, Supplier<NavigateurSansScript> navigateurs) {
    List<Essai> melanges = new ArrayList<>(essais);
    Collections.shuffle(melanges, new Random(25));
    List<Double> avecCompte = new ArrayList<>();
    List<Double> sansCompte = new ArrayList<>();
    String reference = null;
    for (Essai essai : melanges) {
      NavigateurSansScript navigateur = navigateurs.get();
      navigateur.get(chemin);
      long debut = System.nanoTime();
      HttpResponse<String> reponse = navigateur.poster(chemin, essai.champs());
      double millisecondes = (System.nanoTime() - debut) / 1e6;
      (essai.compte() ? avecCompte : sansCompte).add(millisecondes);
      String vue = reponse.statusCode() + " " + reponse.headers().firstValue("Location").orElse("") + " " + reponse.body();
      if (reference == null) {
        reference = vue;
      }
      assertThat(vue).isEqualTo(reference);
    }
    assertThat(reference).startsWith("302 ");
    double p = MannWhitney.p(avecCompte, sansCompte);
    System.out.printf("%s, %d + %d essais : médianes %.1f ms (compte) et %.1f ms (sans compte), p = %.3f%n",
        libelle, avecCompte.size(), sansCompte.size(), MannWhitney.mediane(avecCompte), MannWhitney.mediane(sansCompte), p);
    return p;
  }
}
