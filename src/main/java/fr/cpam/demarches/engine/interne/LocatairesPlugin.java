package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.engine.Locataires;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.configuration.impl.AbstractCamundaConfiguration;
import org.springframework.stereotype.Component;

/**
 * Puts a dossier of a shared model (the models are deployed without tenant) in the tenant of
 * {@link Locataires#pendant}, a called process in its caller's tenant and a decision in its
 * process's tenant. Camunda's documented way for "one deployment, instances per tenant" (the
 * tenant id provider); outside {@code pendant} it answers {@code null}, so production's dossiers
 * stay without tenant as before.
 */
@Component
class LocatairesPlugin extends AbstractCamundaConfiguration {

  @Override
  public void preInit(SpringProcessEngineConfiguration configuration) {
    configuration.setTenantIdProvider(new TenantIdProvider() {
      @Override
      public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
        if (ctx.getSuperExecution() != null) {
          return ctx.getSuperExecution().getTenantId();
        }
        return Locataires.courant();
      }

      @Override
      public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
        return null;
      }

      @Override
      public String provideTenantIdForHistoricDecisionInstance(TenantIdProviderHistoricDecisionInstanceContext ctx) {
        return ctx.getExecution() != null ? ctx.getExecution().getTenantId() : null;
      }
    });
  }
}
