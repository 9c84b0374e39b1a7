package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
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
 * makes dossiers of IndemnitesJournalieres that all wait for the same ordinary payment, the
 * way they are made in production (an account, the doctor's notice, the employer's
 * attestation, the dossier's first payment made by its own process), then checks after the
 * daily payment run ({@code TourneePaiementsIj}) that every one was paid exactly once.
 */
public final class TourneeIndemnites {

  /** The dossiers' payment cycle (called by their process): a dossier handed back by the run makes jobs of this key. */
  public static final String CLE = VersementsIndemnitesJournalieresProcess.CLE;
  /** The daily payment run, started by its timer every morning at 6. */
  public static final String CLE_TOURNEE = TourneePaiementsProcess.CLE;
  /** The logger of the run, which tells per lot how many dossiers were paid and how many handed back. */
  public static final String JOURNAL_TOURNEE = TourneePaiements.class.getName();
  /** Born in 1980 in the Rhône: the benchmark's insured persons, nobody else's NIR starts so. */
  private static final String PREFIXE_NIR = "2800569";
  private static final String SIRET = "12345678900015";
  private static final String DOSSIERS = "select a.id from arret_travail a where a.nir like '" + PREFIXE_NIR + "%'";

  private TourneeIndemnites() {}

  /**
   * {@code nombre} arrêts of 45 days that started 20 days ago (the longest arrêt that needs no
   * opinion of the service médical: more would open one of its tasks per dossier). On the
   * attestation, each dossier's own process runs its first cycle (the decisions, then the
   * first payment, for the 17 days after a carence of 3, by an asynchronous job) and plans the next
   * payment 14 days later, the same day for all: on that day the payment is an ordinary one
   * (neither the first, nor at the 6th month, nor the last days of the arrêt, which ends 10 days
   * after that day), made by the payment run alone. Returns once the dossiers are sent; the first
   * payments are made by the application's job executor ({@link #enAttente} counts the dossiers
   * done).
   *
   * <p>An arrêt cannot start before its prescription: the notice is prescribed the first day
   * and received today, 20 days later. It is then recorded as sent late (a flag and a sentence
   * in the citizen's notification, nothing else in this procedure).
   */
  public static void preparer(ApplicationContext contexte, int nombre) throws Exception {
    CompteService comptes = contexte.getBean(CompteService.class);
    ArretTravailService arrets = contexte.getBean(ArretTravailService.class);
    // The application's clock (HorlogeDeTest is a JUnit extension: the benchmark runs without JUnit).
    LocalDate aujourdhui = LocalDate.now(contexte.getBean(Clock.class));
    LocalDate debut = aujourdhui.minusDays(20);
    LocalDate fin = aujourdhui.plusDays(24);
    BigDecimal salaire = new BigDecimal("2000");
    ExecutorService fils = Executors.newFixedThreadPool(4);
    List<Future<?>> faits = new ArrayList<>();
    for (int i = 0; i < nombre; i++) {
      int n = i;
      faits.add(fils.submit(() -> {
        Nir nir = Nir.depuisIdentifiant(PREFIXE_NIR + String.format("%06d", n));
        comptes.ouvrirCompte(nir, "BANC", "Assuree" + n, LocalDate.of(1980, 5, 12), null,
            Adresse.de("adresse", "1 rue de la République", null, "69002", "Lyon"), "691", "5792");
        String reference = arrets.recevoirAvis(new ArretTravailService.AvisRecu(
            nir.formate(), debut, fin, debut, false, null, SIRET, false)).reference();
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

  /**
   * The benchmark's dossiers whose first cycle is over: the next payment planned for the run,
   * and the process waiting at Event_EcheanceVersement for a payment the run would hand back.
   */
  public static long enAttente(ApplicationContext contexte) {
    return compter(contexte.getBean(JdbcTemplate.class), "select count(*) from arret_travail a where a.nir like '" + PREFIXE_NIR + "%'"
        + " and a.prochaine_echeance is not null and exists (select 1 from act_ru_event_subscr s"
        + " join act_ru_execution e on e.id_ = s.proc_inst_id_ where e.business_key_ = a.reference"
        + " and s.event_name_ = '" + VersementsIndemnitesJournalieresProcess.MESSAGE_ECHEANCE_A_DECIDER + "'"
        + " and s.activity_id_ = '" + VersementsIndemnitesJournalieresProcess.EVENT_ECHEANCE + "')");
  }

  /** The day of the run: the next payment of the benchmark's dossiers (the last one if they differ), or null. */
  public static LocalDate jourDeTournee(ApplicationContext contexte) {
    Date jour = contexte.getBean(JdbcTemplate.class).queryForObject(
        "select max(prochaine_echeance) from arret_travail where nir like '" + PREFIXE_NIR + "%'", Date.class);
    return jour == null ? null : jour.toLocalDate();
  }

  /**
   * Dossiers other than the benchmark's due on or before {@code jour}: the run would pay them or
   * hand them back to their process too (a first payment always is), and their work would count
   * as the run's.
   */
  public static long autresDus(ApplicationContext contexte, LocalDate jour) {
    Long n = contexte.getBean(JdbcTemplate.class).queryForObject(
        "select count(*) from arret_travail where prochaine_echeance <= ? and nir not like '" + PREFIXE_NIR + "%'",
        Long.class, Date.valueOf(jour));
    return n == null ? 0 : n;
  }

  /** How many different next payment days the benchmark's dossiers have (1 when all are due the same day). */
  public static long joursDEcheance(ApplicationContext contexte) {
    return compter(contexte.getBean(JdbcTemplate.class),
        "select count(distinct prochaine_echeance) from arret_travail where nir like '" + PREFIXE_NIR + "%'");
  }

  /**
   * What the bank, the payments and "Mes paiements" hold for the benchmark's dossiers. The
   * first payments (made while preparing) are there too: the run is what changes between two
   * readings.
   */
  public static Map<String, Long> releve(ApplicationContext contexte) {
    JdbcTemplate jdbc = contexte.getBean(JdbcTemplate.class);
    Map<String, Long> r = new LinkedHashMap<>();
    r.put("virements", compter(jdbc, "select count(*) from virement_simule v join versement_ij i on i.cle_idempotence = v.cle_idempotence"
        + " where i.arret_id in (" + DOSSIERS + ")"));
    r.put("versements", versements(contexte));
    r.put("paiements", compter(jdbc, "select count(*) from paiement where statut = 'PAYE' and nir_assure like '" + PREFIXE_NIR + "%'"
        + " and nature = 'INDEMNITES_JOURNALIERES'"));
    // A day of a dossier in two payments (the same period twice, or overlapping ones), or two
    // transfers for one payment: never.
    r.put("doublons", compter(jdbc, "select count(*) from versement_ij a join versement_ij b on b.arret_id = a.arret_id and a.id < b.id"
        + " and a.periode_debut <= b.periode_fin and b.periode_debut <= a.periode_fin where a.arret_id in (" + DOSSIERS + ")")
        + compter(jdbc, "select count(*) - count(distinct cle_idempotence) from virement_simule"));
    r.put("dossiers", compter(jdbc, "select count(*) from arret_travail where nir like '" + PREFIXE_NIR + "%'"));
    return r;
  }

  /** The payments made to the benchmark's dossiers so far. */
  public static long versements(ApplicationContext contexte) {
    return compter(contexte.getBean(JdbcTemplate.class),
        "select count(*) from versement_ij where statut = 'VERSE' and arret_id in (" + DOSSIERS + ")");
  }

  private static long compter(JdbcTemplate jdbc, String sql) {
    Long n = jdbc.queryForObject(sql, Long.class);
    return n == null ? 0 : n;
  }
}
