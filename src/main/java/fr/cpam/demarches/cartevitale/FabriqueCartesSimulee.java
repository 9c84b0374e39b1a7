package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.cartevitale.interne.ReponseFabriqueSimulee;
import fr.cpam.demarches.cartevitale.interne.ReponseFabriqueSimuleeRepository;
import fr.cpam.demarches.commun.DatesRepoussees;
import fr.cpam.demarches.commun.ParametresSql;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A card factory that behaves like the real one: it refuses some orders (configurable rate,
 * seeded draws, so a test run tells the same story every time), remembers every order it took
 * in its own transaction, as an outside system would (the same idempotency key again makes no
 * second card, even if our side rolled back after sending it), then answers "Carte fabriquée"
 * and "Carte expédiée" after the configured delays. The answers wait in a table and are sent by
 * {@link #transmettreReponsesEchues()}, every {@code intervalle} while the job executor runs;
 * tests call it themselves after moving the engine clock.
 */
@Component
class FabriqueCartesSimulee implements FabriqueCartes, SimulationFabrique {

  private static final Logger LOG = LoggerFactory.getLogger(FabriqueCartesSimulee.class);

  private final ReponseFabriqueSimuleeRepository reponses;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transaction;
  private final TransactionTemplate transactionPropre;
  private final JdbcTemplate jdbc;
  private final DelaisCarteVitale.FabriqueSimulee reglages;
  private final boolean planificationActive;
  private Random tirages;
  private double tauxEchec;

  private final Clock horloge;

  FabriqueCartesSimulee(
      ReponseFabriqueSimuleeRepository reponses,
      RuntimeService runtimeService,
      TransactionTemplate transaction,
      PlatformTransactionManager transactions,
      JdbcTemplate jdbc,
      DelaisCarteVitale delais,
      @Value("${cpam.carte-vitale.fabrique-simulee.planification-active:${camunda.bpm.job-execution.enabled:true}}")
          boolean planificationActive, Clock horloge) {
    this.reponses = reponses;
    this.runtimeService = runtimeService;
    this.transaction = transaction;
    this.transactionPropre = new TransactionTemplate(transactions);
    this.horloge = horloge;
    this.transactionPropre.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.jdbc = jdbc;
    this.reglages = delais.getFabriqueSimulee();
    this.planificationActive = planificationActive;
    this.tirages = new Random(reglages.getGraine());
    this.tauxEchec = reglages.getTauxEchec();
  }

  @Override
  public synchronized void commander(CommandeCarte commande) {
    if (dejaRecue(commande.cleIdempotence())) {
      LOG.info("Fabrique simulée : commande {} déjà reçue, aucune seconde carte", commande.cleIdempotence());
      return;
    }
    if (tauxEchec > 0 && tirages.nextDouble() < tauxEchec) {
      throw new FabriqueIndisponibleException(commande.referenceDossier(),
          "La fabrique de cartes n'a pas pris la commande " + commande.referenceDossier() + " (service indisponible).");
    }
    try {
      // The factory's own memory, kept whatever happens to our transaction afterwards.
      transactionPropre.executeWithoutResult(s -> enregistrer(commande));
    } catch (DuplicateKeyException e) {
      LOG.info("Fabrique simulée : commande {} reçue au même moment d'un autre nœud", commande.cleIdempotence());
      return;
    }
    LOG.info("Fabrique simulée : commande {} acceptée, carte {}", commande.cleIdempotence(), commande.numeroSerie());
  }

  private boolean dejaRecue(String cle) {
    Integer n = jdbc.queryForObject("select count(*) from commande_fabrique_simulee where cle_idempotence = ?", Integer.class, cle);
    return n != null && n > 0;
  }

  private void enregistrer(CommandeCarte commande) {
    Instant maintenant = horloge.instant();
    jdbc.update(
        "insert into commande_fabrique_simulee (cle_idempotence, reference_dossier, numero_serie, recue_le) values (?, ?, ?, ?)",
        commande.cleIdempotence(), commande.referenceDossier(), commande.numeroSerie(), Timestamp.from(maintenant));
    // A re-order replaces the answers still to come.
    reponses.deleteAll(reponses.findByReferenceDossierAndTransmiseLeIsNull(commande.referenceDossier()));
    Instant fabriquee = maintenant.plus(reglages.getDelaiFabrication());
    Instant expediee = fabriquee.plus(reglages.getDelaiExpedition());
    reponses.save(new ReponseFabriqueSimulee(
        commande.referenceDossier(), ProductionCarteVitaleProcess.MESSAGE_CARTE_FABRIQUEE, null, fabriquee));
    reponses.save(new ReponseFabriqueSimulee(
        commande.referenceDossier(), ProductionCarteVitaleProcess.MESSAGE_CARTE_EXPEDIEE, numeroSuivi(), expediee));
  }

  /** Orders the factory took for a dossier (tests: a card is ordered once, whatever the retries). */
  int nombreDeCommandes(String referenceDossier) {
    Integer n = jdbc.queryForObject(
        "select count(*) from commande_fabrique_simulee where reference_dossier = ?", Integer.class, referenceDossier);
    return n == null ? 0 : n;
  }

  @Override
  public synchronized boolean refuserLaCommande(String referenceDossier) {
    var aVenir = reponses.findByReferenceDossierAndTransmiseLeIsNull(referenceDossier);
    if (aVenir.isEmpty()) {
      return false;
    }
    reponses.deleteAll(aVenir);
    LOG.info("Fabrique simulée : commande du dossier {} refusée, aucune carte ne sera fabriquée", referenceDossier);
    return true;
  }

  @Override
  public boolean commandeEnAttente(String referenceDossier) {
    return !reponses.findByReferenceDossierAndTransmiseLeIsNull(referenceDossier).isEmpty();
  }

  @Override
  public void repousserLesReponses(List<String> referencesDossiers, Duration delta) {
    if (referencesDossiers.isEmpty()) {
      return;
    }
    DatesRepoussees.instants(jdbc, "select id, echeance from fabrique_simulee_reponse where transmise_le is null"
        + " and reference_dossier" + ParametresSql.dans(referencesDossiers.size()),
        "update fabrique_simulee_reponse set echeance = ? where id = ?", referencesDossiers, delta);
  }

  /** A La Poste "lettre suivie" number: 2 characters and 11 digits. */
  private String numeroSuivi() {
    return String.format("1L%011d", (long) (tirages.nextDouble() * 1e11));
  }

  @Scheduled(fixedDelayString = "${cpam.carte-vitale.fabrique-simulee.intervalle:PT30S}")
  void planifier() {
    if (planificationActive) {
      transmettreReponsesEchues();
    }
  }

  /**
   * Sends every answer whose time has come, each in its own transaction. An answer the process
   * is not ready for yet (the previous step still running) stays for the next round.
   *
   * @return how many answers were sent
   */
  int transmettreReponsesEchues() {
    int envoyees = 0;
    for (ReponseFabriqueSimulee reponse :
        reponses.findByTransmiseLeIsNullAndEcheanceLessThanEqualOrderByEcheanceAscIdAsc(horloge.instant())) {
      Boolean envoyee = transaction.execute(s -> transmettre(reponse.getId()));
      if (Boolean.TRUE.equals(envoyee)) {
        envoyees++;
      }
    }
    return envoyees;
  }

  private boolean transmettre(Long id) {
    ReponseFabriqueSimulee reponse = reponses.findById(id).orElseThrow();
    if (reponse.getTransmiseLe() != null) {
      return false;
    }
    long enAttente =
        runtimeService.createExecutionQuery()
            .messageEventSubscriptionName(reponse.getMessage())
            .processInstanceBusinessKey(reponse.getReferenceDossier())
            .count();
    if (enAttente == 0) {
      LOG.debug("Réponse {} du dossier {} pas encore attendue", reponse.getMessage(), reponse.getReferenceDossier());
      return false;
    }
    var correlation =
        runtimeService.createMessageCorrelation(reponse.getMessage()).processInstanceBusinessKey(reponse.getReferenceDossier());
    if (reponse.getNumeroSuivi() != null) {
      correlation.setVariable(ProductionCarteVitaleProcess.NUMERO_SUIVI, reponse.getNumeroSuivi());
    }
    correlation.correlateWithResult();
    reponse.marquerTransmise(horloge.instant());
    return true;
  }

  /** For tests and demos: another failure rate, and the draws start again from the seed. */
  synchronized void regler(double nouveauTaux) {
    this.tauxEchec = nouveauTaux;
    this.tirages = new Random(reglages.getGraine());
  }

  /** Back to the configured behaviour. */
  synchronized void reinitialiser() {
    regler(reglages.getTauxEchec());
  }
}
