package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.indemnites.interne.ArretTravail;
import fr.cpam.demarches.indemnites.interne.ArretTravailRepository;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The daily payment run ({@code processes/TourneePaiementsIj.bpmn}): the arrêts whose payment
 * is due, in lots, each dossier paid in a transaction of its own; the payments that need a
 * decision are handed back to the dossier's process.
 */
@Service
class TourneePaiements {

  private static final Logger LOG = LoggerFactory.getLogger(TourneePaiements.class);

  private final ArretTravailRepository arrets;
  private final IndemnisationService indemnisation;
  private final RuntimeService runtimeService;
  private final int tailleLot;

  TourneePaiements(
      ArretTravailRepository arrets,
      IndemnisationService indemnisation,
      RuntimeService runtimeService,
      @Value("${indemnites.tournee.taille-lot}") int tailleLot) {
    this.arrets = arrets;
    this.indemnisation = indemnisation;
    this.runtimeService = runtimeService;
    this.tailleLot = tailleLot;
  }

  /** The dossiers due on {@code jour}, as lots of ids ("12,13,20"). */
  List<String> lots(LocalDate jour) {
    List<Long> dus = arrets.echeancesDues(jour);
    List<String> lots = new ArrayList<>();
    for (int i = 0; i < dus.size(); i += tailleLot) {
      lots.add(dus.subList(i, Math.min(dus.size(), i + tailleLot)).stream().map(String::valueOf).collect(Collectors.joining(",")));
    }
    return lots;
  }

  /**
   * Pays each dossier of the lot in its own transaction, then hands the payments that need a
   * decision to their dossiers (in the job's transaction). If any dossier failed, the lot fails
   * after the others are paid, naming the dossiers: the job is retried, and only what is still
   * due is taken up again.
   */
  void verserLot(String lot, LocalDate jour) {
    int versees = 0;
    int pasDues = 0;
    List<String> aDecider = new ArrayList<>();
    List<String> echecs = new ArrayList<>();
    for (long id : Arrays.stream(lot.split(",")).mapToLong(Long::parseLong).toArray()) {
      try {
        IndemnisationService.EcheanceTraitee traitee = indemnisation.verserEcheance(id, jour);
        switch (traitee.issue()) {
          case VERSEE -> versees++;
          case A_DECIDER -> aDecider.add(traitee.reference());
          case PAS_DUE -> pasDues++;
        }
      } catch (RuntimeException e) {
        LOG.warn("Tournée du {} : échéance de l'arrêt n° {} non versée : {}", jour, id, e.getMessage());
        echecs.add(arrets.findById(id).map(ArretTravail::getReference).orElse("n° " + id) + " (" + e.getMessage() + ")");
      }
    }
    for (String reference : aDecider) {
      runtimeService
          .createMessageCorrelation(VersementsIndemnitesJournalieresProcess.MESSAGE_ECHEANCE_A_DECIDER)
          .processInstanceBusinessKey(reference)
          .correlateAll();
    }
    LOG.info("Tournée du {} : lot de {} dossiers, {} versés, {} rendus à leur dossier, {} plus dus, {} en échec",
        jour, versees + aDecider.size() + pasDues + echecs.size(), versees, aDecider.size(), pasDues, echecs.size());
    if (!echecs.isEmpty()) {
      throw new TourneeIncompleteException(
          echecs.size() + " échéance(s) non versée(s), reprises au prochain essai : " + String.join(" ; ", echecs));
    }
  }

  /** Some dossiers of a lot could not be paid: the job fails, to be retried then shown as an incident. */
  static class TourneeIncompleteException extends RuntimeException {
    TourneeIncompleteException(String message) {
      super(message);
    }
  }
}
