package fr.cpam.demarches.cartevitale;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of the citizen procedures and of the production, each a line of glue to
 * the services that hold the rules. Bean names are those of the models'
 * {@code camunda:delegateExpression}.
 */
@Configuration
class EtapesDossierDelegates {

  private static String reference(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    return (String) execution.getVariable(Variables.REFERENCE);
  }

  @Bean
  JavaDelegate refuserDemandeDelegate(DossiersCarteVitale dossiers) {
    return execution -> dossiers.refuser(reference(execution), (String) execution.getVariable(Variables.MOTIF_REFUS));
  }

  @Bean
  JavaDelegate relancerAssureDelegate(DossiersCarteVitale dossiers) {
    return execution -> dossiers.relancerPourPieces(reference(execution));
  }

  @Bean
  JavaDelegate cloreDossierDelegate(DossiersCarteVitale dossiers) {
    return execution -> dossiers.cloreSansReponse(reference(execution));
  }

  @Bean
  JavaDelegate commanderCarteDelegate(ProductionCartes production) {
    return execution -> production.commander(reference(execution));
  }

  @Bean
  JavaDelegate enregistrerFabricationDelegate(ProductionCartes production) {
    return execution -> production.enregistrerFabrication(reference(execution));
  }

  @Bean
  JavaDelegate enregistrerExpeditionDelegate(ProductionCartes production) {
    return execution ->
        production.enregistrerExpedition(
            reference(execution), (String) execution.getVariable(ProductionCarteVitaleProcess.VAR_NUMERO_SUIVI));
  }

  @Bean
  JavaDelegate activerCarteDelegate(ProductionCartes production) {
    return execution -> production.activer(reference(execution));
  }
}
