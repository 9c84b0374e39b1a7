package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.compte.Qualite;
import fr.cpam.demarches.performance.NouveauxAssures;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The benchmark's daily letters at 16 on the application (used by {@code fr.cpam.benchmark.Lettres}):
 * the young people the run reads each morning, as a CPAM has them.
 *
 * <ul>
 *   <li>{@code parJour} accounts (each with a card of its own, see {@link NouveauxAssures}) where a
 *       child turns 16 today, without a card of their own: the run writes to each of them.
 *   <li>For each of the 364 days before, {@code parJour} young people who turned 16 that day, each
 *       in an account of their own: half have their own card (the run reads them again every day
 *       of that year, and writes nothing), half got their letter (skipped in one query).
 * </ul>
 *
 * <p>The year's young people are written by plain SQL (their accounts need no engine user: nobody
 * writes to them any more). Born in the Gironde (33): the NIRs of the benchmark's citizens, of the
 * demo accounts and of the tests never start with 1…33 and a commune from 100.
 */
public final class LettresSeizeAnsBanc {

  public static final String CLE = LettresSeizeAnsProcess.CLE;
  private static final int JOURS = 364;

  private LettresSeizeAnsBanc() {}

  public static void preparer(ApplicationContext contexte, int parJour) {
    // The application's clock: this runs in the benchmark's target, without JUnit.
    Clock horloge = contexte.getBean(Clock.class);
    if (parJour == 0) {
      return;
    }
    CompteService comptes = contexte.getBean(CompteService.class);
    JdbcTemplate jdbc = contexte.getBean(JdbcTemplate.class);
    TransactionTemplate transaction = contexte.getBean(TransactionTemplate.class);
    LocalDate aujourdhui = LocalDate.now(horloge);
    LocalDate seizeAns = aujourdhui.minusYears(ValidationDemande.AGE_CARTE_OBLIGATOIRE);
    int[] ordre = {0};

    List<Nir> parents = contexte.getBean(NouveauxAssures.class).creer(parJour);
    transaction.executeWithoutResult(s -> {
      for (Nir parent : parents) {
        comptes.rattacher(parent, jeune(seizeAns, ordre[0]++), "DURAND", "Camille", seizeAns, Qualite.ENFANT);
      }
    });

    Timestamp maintenant = Timestamp.from(horloge.instant());
    for (int jour = 1; jour <= JOURS; jour++) {
      LocalDate naissance = seizeAns.minusDays(jour);
      List<Object[]> assures = new ArrayList<>();
      List<Object[]> beneficiaires = new ArrayList<>();
      List<Object[]> cartes = new ArrayList<>();
      List<Object[]> lettres = new ArrayList<>();
      for (int i = 0; i < parJour; i++) {
        String nir = jeune(naissance, ordre[0]++).valeur();
        assures.add(new Object[] {nir, "LEROY", "Sacha", Date.valueOf(naissance), maintenant});
        beneficiaires.add(new Object[] {nir, "LEROY", "Sacha", Date.valueOf(naissance), Qualite.ASSURE.name(), nir});
        if (i % 2 == 0) {
          cartes.add(new Object[] {"6" + String.format("%09d", ordre[0]), nir, Date.valueOf(naissance.plusYears(12)), maintenant});
        } else {
          lettres.add(new Object[] {nir, nir, "CV-BANC-" + ordre[0], Timestamp.valueOf(naissance.plusYears(16).atTime(7, 0))});
        }
      }
      transaction.executeWithoutResult(s -> {
        jdbc.batchUpdate("insert into assure (nir, nom, prenom, date_naissance, cpam_code, cree_le) values (?, ?, ?, ?, '331', ?)",
            assures);
        jdbc.batchUpdate("insert into beneficiaire (assure_id, nir, nom, prenom, date_naissance, qualite)"
            + " select id, ?, ?, ?, ?, ? from assure where nir = ?", beneficiaires);
        jdbc.batchUpdate("insert into carte_vitale (numero_serie, titulaire, statut, date_emission, date_statut)"
            + " values (?, ?, 'ACTIVE', ?, ?)", cartes);
        jdbc.batchUpdate("insert into lettre_seize_ans (beneficiaire, compte, reference_dossier, envoyee_le) values (?, ?, ?, ?)",
            lettres);
      });
    }
    System.out.printf("  lettres des 16 ans : %d jeunes de 16 ans aujourd'hui, %d dans l'année écoulée%n", parJour, JOURS * parJour);
  }

  /** The letters written so far. */
  public static long lettres(ApplicationContext contexte) {
    return contexte.getBean(JdbcTemplate.class).queryForObject("select count(*) from lettre_seize_ans", Long.class);
  }

  /** A young person born that day in the Gironde, the n-th of the benchmark. */
  private static Nir jeune(LocalDate naissance, int n) {
    return Nir.depuisIdentifiant("1" + String.format("%02d%02d", naissance.getYear() % 100, naissance.getMonthValue()) + "33"
        + String.format("%03d%03d", 100 + (n / 999) % 900, 1 + n % 999));
  }
}
