package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.commun.Fuseau;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Insurers and guarantee funds that behave like real ones: each claim is remembered in their
 * own transaction, as an outside system would (the same key again is the same claim, even if
 * our side rolled back after sending it); after the configured delay they pay in full, pay part,
 * contest, or stay silent, by seeded draws (same seed, same story). A new claim for the same
 * dossier (new costs) replaces the amount of the answer still to come; an agreed amount after a
 * contestation is paid. The answers wait in a table and are sent by
 * {@link #transmettreReponsesEchues()} every {@code intervalle} while the job executor runs;
 * tests call it themselves after moving the engine clock.
 */
@Component
class AssureurSimule implements Assureurs {

  private static final Logger LOG = LoggerFactory.getLogger(AssureurSimule.class);

  /** What the simulated payer will do with the next claims (tests and demonstrations). */
  enum Conduite {
    PAIEMENT_TOTAL,
    PAIEMENT_PARTIEL,
    CONTESTATION,
    SILENCE
  }

  /** Its settings ({@code accidents-tiers.assureur-simule}). */
  @ConfigurationProperties("accidents-tiers.assureur-simule")
  record Reglages(
      Period delaiReponse,
      double tauxContestation,
      double tauxPaiementPartiel,
      BigDecimal partPayeeSiPartiel,
      double tauxSilence,
      double tauxEchec,
      long graine,
      Duration intervalle) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final TransactionTemplate transactionPropre;
  private final ReponsesPayeurs reponses;
  private final Reglages reglages;
  private final boolean planificationActive;
  private final Deque<Conduite> conduitesImposees = new ArrayDeque<>();
  private Random tirages;
  private int echecsForces;

  private final Clock horloge;

  AssureurSimule(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      ReponsesPayeurs reponses,
      Reglages reglages,
      @Value("${accidents-tiers.assureur-simule.planification-active:${camunda.bpm.job-execution.enabled:true}}")
          boolean planificationActive, Clock horloge) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.transactionPropre = new TransactionTemplate(transactions);
    this.horloge = horloge;
    this.transactionPropre.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.reponses = reponses;
    this.reglages = reglages;
    this.planificationActive = planificationActive;
    this.tirages = new Random(reglages.graine());
  }

  @Override
  public synchronized void reclamer(Reclamation r) {
    if (dejaRecue(r.cleIdempotence())) {
      LOG.info("Payeur simulé : créance {} déjà reçue, aucune seconde créance", r.cleIdempotence());
      return;
    }
    if (echecsForces > 0 || reglages.tauxEchec() > 0 && tirages.nextDouble() < reglages.tauxEchec()) {
      echecsForces = Math.max(0, echecsForces - 1);
      throw new PayeurIndisponibleException(
          "Le payeur n'a pas pris la créance " + r.cleIdempotence() + " (service indisponible).");
    }
    try {
      // The payer's own memory, kept whatever happens to our transaction afterwards.
      transactionPropre.executeWithoutResult(s -> enregistrer(r));
    } catch (DuplicateKeyException memeInstant) {
      LOG.info("Payeur simulé : créance {} reçue au même moment d'un autre nœud", r.cleIdempotence());
      return;
    }
    LOG.info("Payeur simulé : créance {} reçue ({} centimes)", r.cleIdempotence(), r.total());
  }

  @Override
  public void relancer(String cleIdempotence, String referenceDossier) {
    LOG.info("Payeur simulé : relance reçue pour la créance {}", cleIdempotence);
  }

  private boolean dejaRecue(String cle) {
    Integer n = jdbc.queryForObject("select count(*) from assureur_simule_creance where cle_idempotence = ?", Integer.class, cle);
    return n != null && n > 0;
  }

  private void enregistrer(Reclamation r) {
    Instant maintenant = horloge.instant();
    jdbc.update("insert into assureur_simule_creance (cle_idempotence, reference_dossier, total, recue_le) values (?, ?, ?, ?)",
        r.cleIdempotence(), r.referenceDossier(), r.total(), Timestamp.from(maintenant));
    List<Map<String, Object>> enAttente = jdbc.queryForList(
        "select id, issue, montant from assureur_simule_reponse where reference_dossier = ? and transmise_le is null",
        r.referenceDossier());
    if (!enAttente.isEmpty()) {
      // The same file at the payer: the answer to come now covers the new total.
      for (Map<String, Object> reponse : enAttente) {
        if ("PAIEMENT".equals(reponse.get("issue"))) {
          boolean partiel = ((Number) reponse.get("montant")).longValue() < totalPrecedent(r.referenceDossier(), r.cleIdempotence());
          jdbc.update("update assureur_simule_reponse set montant = ? where id = ?",
              partiel ? partie(r.total()) : r.total(), reponse.get("id"));
        }
      }
      return;
    }
    Conduite conduite = "TRANSIGEE".equals(r.genre()) ? Conduite.PAIEMENT_TOTAL : tirer();
    if (conduite == Conduite.SILENCE) {
      LOG.info("Payeur simulé : la créance {} restera sans réponse", r.cleIdempotence());
      return;
    }
    Instant echeance = maintenant.atZone(Fuseau.PARIS).plus(reglages.delaiReponse()).toInstant();
    switch (conduite) {
      case PAIEMENT_TOTAL -> repondre(r.referenceDossier(), "PAIEMENT", r.total(), null, echeance);
      case PAIEMENT_PARTIEL -> repondre(r.referenceDossier(), "PAIEMENT", partie(r.total()), null, echeance);
      default -> repondre(r.referenceDossier(), "CONTESTATION", null,
          "Le payeur conteste la part de responsabilité de son assuré et demande le procès-verbal.", echeance);
    }
  }

  private long totalPrecedent(String reference, String cleActuelle) {
    Long total = jdbc.queryForObject(
        "select max(total) from assureur_simule_creance where reference_dossier = ? and cle_idempotence <> ?",
        Long.class, reference, cleActuelle);
    return total == null ? 0 : total;
  }

  private void repondre(String reference, String issue, Long montant, String motif, Instant echeance) {
    jdbc.update("insert into assureur_simule_reponse (reference_dossier, issue, montant, motif, echeance) values (?, ?, ?, ?, ?)",
        reference, issue, montant, motif, Timestamp.from(echeance));
  }

  private long partie(long total) {
    return BigDecimal.valueOf(total).multiply(reglages.partPayeeSiPartiel()).setScale(0, RoundingMode.DOWN).longValueExact();
  }

  private Conduite tirer() {
    if (!conduitesImposees.isEmpty()) {
      return conduitesImposees.poll();
    }
    double tirage = tirages.nextDouble();
    if (tirage < reglages.tauxSilence()) {
      return Conduite.SILENCE;
    }
    tirage -= reglages.tauxSilence();
    if (tirage < reglages.tauxContestation()) {
      return Conduite.CONTESTATION;
    }
    tirage -= reglages.tauxContestation();
    return tirage < reglages.tauxPaiementPartiel() ? Conduite.PAIEMENT_PARTIEL : Conduite.PAIEMENT_TOTAL;
  }

  @Scheduled(fixedDelayString = "${accidents-tiers.assureur-simule.intervalle:PT30S}")
  void planifier() {
    if (planificationActive) {
      transmettreReponsesEchues();
    }
  }

  /**
   * Sends every answer whose time has come, each in its own transaction. An answer the dossier
   * is not waiting for yet (a step still running) stays for the next round.
   *
   * @return how many answers were sent
   */
  int transmettreReponsesEchues() {
    int envoyees = 0;
    List<Map<String, Object>> dues = jdbc.queryForList(
        "select id from assureur_simule_reponse where transmise_le is null and echeance <= ? order by echeance, id",
        Timestamp.from(horloge.instant()));
    for (Map<String, Object> due : dues) {
      Boolean envoyee = transaction.execute(s -> transmettre(((Number) due.get("id")).longValue()));
      if (Boolean.TRUE.equals(envoyee)) {
        envoyees++;
      }
    }
    return envoyees;
  }

  private boolean transmettre(long id) {
    Map<String, Object> r = jdbc.queryForMap(
        "select reference_dossier, issue, montant, motif, transmise_le from assureur_simule_reponse where id = ? for update", id);
    if (r.get("transmise_le") != null) {
      return false;
    }
    ReponsesPayeurs.Issue issue = ReponsesPayeurs.Issue.valueOf((String) r.get("issue"));
    long montant = r.get("montant") == null ? 0 : ((Number) r.get("montant")).longValue();
    if (!reponses.recevoir((String) r.get("reference_dossier"), issue, montant, (String) r.get("motif"))) {
      return false;
    }
    jdbc.update("update assureur_simule_reponse set transmise_le = ? where id = ?", Timestamp.from(horloge.instant()), id);
    return true;
  }

  /** Claims the payer took for a dossier (tests: a claim is received once, whatever the retries). */
  List<String> creancesRecues(String referenceDossier) {
    return jdbc.queryForList(
        "select cle_idempotence from assureur_simule_creance where reference_dossier = ? order by id", String.class, referenceDossier);
  }

  /** For tests and demonstrations: what the payer does with the next new claims, in order. */
  synchronized void imposer(Conduite... conduites) {
    conduitesImposees.addAll(List.of(conduites));
  }

  /** For tests: the next {@code nombre} claims are refused (the job is retried). */
  synchronized void echouerProchainesReclamations(int nombre) {
    this.echecsForces = nombre;
  }

  /** Back to the configured behaviour, the draws from the seed again. */
  synchronized void reinitialiser() {
    conduitesImposees.clear();
    echecsForces = 0;
    tirages = new Random(reglages.graine());
  }
}
