package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.commun.Horloge;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The benchmark's payment run on the application (used by {@code fr.cpam.benchmark.Tournee}):
 * makes dossiers of IndemnitesJournalieres that all wait for the same payment day, the way
 * they are made in production (an account, the doctor's notice, the employer's attestation,
 * the engine's first cycle), then checks after the run that every one was paid exactly once.
 */
public final class TourneeIndemnites {

  public static final String CLE = IndemnitesJournalieresProcess.CLE;
  /** Born in 1980 in the Rhône: the benchmark's insured persons, nobody else's NIR starts so. */
  private static final String PREFIXE_NIR = "2800569";
  private static final String SIRET = "12345678900015";

  private TourneeIndemnites() {}

  /**
   * {@code nombre} arrêts of 30 days that started yesterday: the first cycle (within the
   * carence) pays nothing and sets the next payment 14 days later, the same day for all.
   */
  public static void preparer(ApplicationContext contexte, int nombre) throws Exception {
    CompteService comptes = contexte.getBean(CompteService.class);
    ArretTravailService arrets = contexte.getBean(ArretTravailService.class);
    LocalDate aujourdhui = Horloge.aujourdhui();
    BigDecimal salaire = new BigDecimal("2000");
    ExecutorService fils = Executors.newFixedThreadPool(4);
    List<Future<?>> faits = new ArrayList<>();
    for (int i = 0; i < nombre; i++) {
      int n = i;
      faits.add(fils.submit(() -> {
        Nir nir = Nir.depuisIdentifiant(PREFIXE_NIR + String.format("%06d", n));
        comptes.ouvrirCompte(nir, "BANC", "Assuree" + n, LocalDate.of(1980, 5, 12), null,
            Adresse.de("adresse", "1 rue de la République", null, "69002", "Lyon"), "691", "1234");
        String reference = arrets.recevoirAvis(new ArretTravailService.AvisRecu(
            nir.formate(), aujourdhui.minusDays(1), aujourdhui.plusDays(28), aujourdhui.minusDays(1), false, null, SIRET, false)).reference();
        arrets.recevoirAttestation(new ArretTravailService.AttestationRecue(
            reference, List.of(salaire, salaire, salaire), new BigDecimal("455"), false, null, null, null, null, null));
        return null;
      }));
    }
    for (Future<?> f : faits) {
      f.get();
    }
    fils.shutdown();
  }

  /** The element the dossiers wait at until their payment day. */
  public static String echeance() {
    return IndemnitesJournalieresProcess.EVENT_ECHEANCE;
  }

  /** What the bank, the payments and "Mes paiements" hold for the benchmark's dossiers. */
  public static Map<String, Long> releve(ApplicationContext contexte) {
    JdbcTemplate jdbc = contexte.getBean(JdbcTemplate.class);
    String dossiers = "select a.id from arret_travail a where a.nir like '" + PREFIXE_NIR + "%'";
    Map<String, Long> r = new LinkedHashMap<>();
    r.put("virements", compter(jdbc, "select count(*) from virement_simule v join versement_ij i on i.cle_idempotence = v.cle_idempotence"
        + " where i.arret_id in (" + dossiers + ")"));
    r.put("versements", compter(jdbc, "select count(*) from versement_ij where statut = 'VERSE' and arret_id in (" + dossiers + ")"));
    r.put("paiements", compter(jdbc, "select count(*) from paiement where statut = 'PAYE' and nir_assure like '" + PREFIXE_NIR + "%'"
        + " and nature = 'INDEMNITES_JOURNALIERES'"));
    // Twice the same period of the same dossier, or two transfers for one payment: never.
    r.put("doublons", compter(jdbc, "select count(*) from (select arret_id, periode_debut from versement_ij where arret_id in ("
        + dossiers + ") group by arret_id, periode_debut having count(*) > 1) d")
        + compter(jdbc, "select count(*) - count(distinct cle_idempotence) from virement_simule"));
    r.put("dossiers", compter(jdbc, "select count(*) from arret_travail where nir like '" + PREFIXE_NIR + "%'"));
    return r;
  }

  private static long compter(JdbcTemplate jdbc, String sql) {
    Long n = jdbc.queryForObject(sql, Long.class);
    return n == null ? 0 : n;
  }
}
