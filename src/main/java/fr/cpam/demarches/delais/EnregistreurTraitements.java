package fr.cpam.demarches.delais;

import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.delais.interne.TraitementTermine;
import fr.cpam.demarches.delais.interne.TraitementTermineRepository;
import fr.cpam.demarches.engine.CommandeMoteur;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Records a dossier the moment it is done, in the engine's transaction: its theme, its CPAM
 * (the process variable {@code cpam}, else the CPAM of the citizen who started it) and its
 * duration from the start recorded in the engine's history. Once per dossier: the root process
 * instance, whichever of its called models reaches the step or the end first (the process key
 * recorded is that model's).
 */
@Component
class EnregistreurTraitements {

  private static final Logger LOG = LoggerFactory.getLogger(EnregistreurTraitements.class);

  /** Process variable a procedure may set with the CPAM code of its dossier. */
  static final String VARIABLE_CPAM = "cpam";

  private final TraitementTermineRepository traitements;
  private final DelaisProperties proprietes;
  private final CompteService comptes;
  private final CommandeMoteur commande;
  private final Clock horloge;

  EnregistreurTraitements(
      TraitementTermineRepository traitements, DelaisProperties proprietes, CompteService comptes, CommandeMoteur commande, Clock horloge) {
    this.traitements = traitements;
    this.proprietes = proprietes;
    this.comptes = comptes;
    this.commande = commande;
    this.horloge = horloge;
  }

  void enregistrer(String cleProcessus, DelegateExecution execution) {
    // The dossier is the root instance: a step of a called model (the payments of an arrêt) is
    // counted from the start of the dossier that called it, once.
    String instance = commande.instanceRacine(execution);
    if (traitements.existsByProcessInstanceId(instance)) {
      return;
    }
    Optional<DelaisProperties.Thematique> thematique = proprietes.thematiqueDuProcessus(cleProcessus);
    Optional<String> cpam = cpam(execution);
    if (thematique.isEmpty() || cpam.isEmpty()) {
      LOG.debug("Dossier {} sans CPAM connue : non compté dans les délais", execution.getProcessBusinessKey());
      return;
    }
    Instant fin = horloge.instant();
    Instant debut = commande.debutDuProcessus(instance).orElse(fin);
    int duree = (int) ChronoUnit.DAYS.between(LocalDate.ofInstant(debut, Fuseau.PARIS), LocalDate.ofInstant(fin, Fuseau.PARIS));
    traitements.save(new TraitementTermine(instance, cleProcessus, thematique.get().code(), cpam.get(), debut, fin, duree));
  }

  private Optional<String> cpam(DelegateExecution execution) {
    if (execution.getVariable(VARIABLE_CPAM) instanceof String code && !code.isBlank()) {
      return Optional.of(code);
    }
    if (execution.getVariable("initiator") instanceof String initiateur && initiateur.length() == 13) {
      return comptes.trouver(Nir.depuisIdentifiant(initiateur)).map(a -> a.cpam().code());
    }
    return Optional.empty();
  }
}
