package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.Horloge;
import java.time.Instant;
import java.util.Random;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A card factory that behaves like the real one: it refuses some orders (configurable rate,
 * seeded draws, so a test run tells the same story every time), then answers "Carte fabriquée"
 * and "Carte expédiée" after the configured delays. The answers wait in a table and are sent by
 * {@link #transmettreReponsesEchues()}, every {@code intervalle} while the job executor runs;
 * tests call it themselves after moving the engine clock.
 */
@Component
class FabriqueCartesSimulee implements FabriqueCartes {

  private static final Logger LOG = LoggerFactory.getLogger(FabriqueCartesSimulee.class);

  private final ReponseFabriqueSimuleeRepository reponses;
  private final RuntimeService runtimeService;
  private final TransactionTemplate transaction;
  private final DelaisCarteVitale.FabriqueSimulee reglages;
  private final boolean planificationActive;
  private Random tirages;
  private double tauxEchec;

  FabriqueCartesSimulee(
      ReponseFabriqueSimuleeRepository reponses,
      RuntimeService runtimeService,
      TransactionTemplate transaction,
      DelaisCarteVitale delais,
      @Value("${cpam.carte-vitale.fabrique-simulee.planification-active:${camunda.bpm.job-execution.enabled:true}}")
          boolean planificationActive) {
    this.reponses = reponses;
    this.runtimeService = runtimeService;
    this.transaction = transaction;
    this.reglages = delais.getFabriqueSimulee();
    this.planificationActive = planificationActive;
    this.tirages = new Random(reglages.getGraine());
    this.tauxEchec = reglages.getTauxEchec();
  }

  @Override
  public synchronized void commander(CommandeCarte commande) {
    if (tauxEchec > 0 && tirages.nextDouble() < tauxEchec) {
      LOG.warn("Fabrique simulée : commande {} refusée (panne simulée)", commande.referenceDossier());
      throw new FabriqueIndisponibleException(
          "La fabrique de cartes n'a pas pris la commande " + commande.referenceDossier() + " (service indisponible).");
    }
    // A re-order replaces the answers still to come.
    reponses.deleteAll(reponses.findByReferenceDossierAndTransmiseLeIsNull(commande.referenceDossier()));
    Instant maintenant = Horloge.maintenant();
    Instant fabriquee = maintenant.plus(reglages.getDelaiFabrication());
    Instant expediee = fabriquee.plus(reglages.getDelaiExpedition());
    reponses.save(new ReponseFabriqueSimulee(
        commande.referenceDossier(), ProductionCarteVitaleProcess.MESSAGE_CARTE_FABRIQUEE, null, fabriquee));
    reponses.save(new ReponseFabriqueSimulee(
        commande.referenceDossier(), ProductionCarteVitaleProcess.MESSAGE_CARTE_EXPEDIEE, numeroSuivi(), expediee));
    LOG.info("Fabrique simulée : commande {} acceptée, carte {}", commande.referenceDossier(), commande.numeroSerie());
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
        reponses.findByTransmiseLeIsNullAndEcheanceLessThanEqualOrderByEcheanceAscIdAsc(Horloge.maintenant())) {
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
      correlation.setVariable(ProductionCarteVitaleProcess.VAR_NUMERO_SUIVI, reponse.getNumeroSuivi());
    }
    correlation.correlateWithResult();
    reponse.marquerTransmise(Horloge.maintenant());
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
