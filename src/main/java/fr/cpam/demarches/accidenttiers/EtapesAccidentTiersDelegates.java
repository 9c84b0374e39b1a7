package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of {@code AccidentTiers}, each a line of glue to the services that hold the
 * rules. Bean names are those of the model's {@code camunda:delegateExpression}.
 */
@Configuration
class EtapesAccidentTiersDelegates {

  private static String reference(DelegateExecution execution) {
    return (String) execution.getVariable(REFERENCE);
  }

  @Bean
  JavaDelegate ecrireAuTiersDelegate(DossiersAccidentTiers dossiers) {
    return execution -> dossiers.ecrireAuTiers(reference(execution));
  }

  @Bean
  JavaDelegate relancerTiersDelegate(DossiersAccidentTiers dossiers) {
    return execution -> dossiers.relancerTiers(reference(execution));
  }

  @Bean
  JavaDelegate classerDossierDelegate(DossiersAccidentTiers dossiers) {
    return execution -> dossiers.classer(reference(execution), (String) execution.getVariable(MOTIF), null);
  }

  /** The first claim, or the amount agreed after a disagreement (kept in the dossier, never in a variable). */
  @Bean
  JavaDelegate envoyerCreanceDelegate(CreancesAccidentTiers creances) {
    return execution -> {
      creances.envoyerSelonLeDossier(reference(execution));
      execution.removeVariable(REPONSE_PAYEUR);
    };
  }

  @Bean
  JavaDelegate relancerPayeurDelegate(CreancesAccidentTiers creances) {
    return execution -> creances.relancerPayeur(reference(execution));
  }

  @Bean
  JavaDelegate actualiserCreanceDelegate(CreancesAccidentTiers creances) {
    return execution -> creances.actualiser(reference(execution));
  }

  @Bean
  JavaDelegate enregistrerRecouvrementDelegate(DossiersAccidentTiers dossiers, CreancesAccidentTiers creances) {
    return execution -> dossiers.clorePaiement(reference(execution), creances.creanceComplete(reference(execution)));
  }

  @Bean
  JavaDelegate engagerContentieuxDelegate(DossiersAccidentTiers dossiers) {
    return execution -> dossiers.engagerContentieux(reference(execution), null);
  }

  @Bean
  JavaDelegate abandonnerRecoursDelegate(DossiersAccidentTiers dossiers) {
    return execution -> dossiers.abandonner(reference(execution), (String) execution.getVariable(MOTIF), null);
  }
}
