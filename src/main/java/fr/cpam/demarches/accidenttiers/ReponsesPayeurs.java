package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;

import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The payers' answers as they come in (a payment, in full or in part, or a contestation): each
 * is recorded in the dossier, then handed to the process that waits for it, by correlation of
 * {@code Message_ReponsePayeur} on the dossier reference. A real payer would reach it through an
 * incoming channel; the simulated one calls it when its answer is due.
 */
@Service
public class ReponsesPayeurs {

  private static final Logger LOG = LoggerFactory.getLogger(ReponsesPayeurs.class);

  /** What the payer answers. */
  public enum Issue {
    PAIEMENT,
    CONTESTATION
  }

  private final DossiersAccidentTiers dossiers;
  private final RuntimeService runtimeService;

  ReponsesPayeurs(DossiersAccidentTiers dossiers, RuntimeService runtimeService) {
    this.dossiers = dossiers;
    this.runtimeService = runtimeService;
  }

  /**
   * Records the answer and hands it to the dossier's process.
   *
   * @param centimes the amount paid (for a payment)
   * @param motif the payer's reason (for a contestation)
   * @return false when the dossier does not wait for an answer now (the answer is kept by the
   *     sender and comes again)
   */
  @Transactional
  public boolean recevoir(String reference, Issue issue, long centimes, String motif) {
    long enAttente =
        runtimeService.createExecutionQuery()
            .messageEventSubscriptionName(MESSAGE_REPONSE_PAYEUR)
            .processInstanceBusinessKey(reference)
            .count();
    if (enAttente == 0) {
      LOG.debug("Réponse du payeur pour le dossier {} pas encore attendue", reference);
      return false;
    }
    if (issue == Issue.PAIEMENT) {
      dossiers.paiementRecu(reference, centimes);
    } else {
      dossiers.contestationRecue(reference, motif);
    }
    runtimeService.createMessageCorrelation(MESSAGE_REPONSE_PAYEUR)
        .processInstanceBusinessKey(reference)
        .setVariable(REPONSE_PAYEUR, issue == Issue.PAIEMENT ? PAIEMENT : CONTESTATION)
        .correlateWithResult();
    LOG.info("Dossier {} : réponse du payeur reçue ({})", reference, issue);
    return true;
  }
}
