package fr.cpam.demarches.engine.interne;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;

/**
 * The engine as Camunda ships it, on the application's own database: no plugin, no patch, the
 * same settings that change an answer (authorizations, history level, task permissions). The
 * comparison tests ask it and the application's engine the same question. Built once per JVM;
 * it runs no job and deploys nothing (it reads the application's models from the database).
 */
final class MoteurNu {

  private static ProcessEngine moteur;

  private MoteurNu() {}

  static synchronized ProcessEngine a_cote_de(ProcessEngine application) {
    if (moteur == null) {
      var reference = (ProcessEngineConfigurationImpl) application.getProcessEngineConfiguration();
      var configuration = new StandaloneProcessEngineConfiguration();
      configuration.setProcessEngineName("moteur-nu-de-comparaison");
      configuration.setDataSource(reference.getDataSource());
      configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
      configuration.setIdGenerator(new StrongUuidGenerator());
      configuration.setJobExecutorActivate(false);
      configuration.setMetricsEnabled(false);
      configuration.setDbMetricsReporterActivate(false);
      configuration.setHistory(reference.getHistory());
      configuration.setAuthorizationEnabled(reference.isAuthorizationEnabled());
      configuration.setAuthorizationCheckRevokes(reference.getAuthorizationCheckRevokes());
      configuration.setEnableHistoricInstancePermissions(reference.isEnableHistoricInstancePermissions());
      configuration.setEnforceSpecificVariablePermission(reference.isEnforceSpecificVariablePermission());
      configuration.setDefaultUserPermissionNameForTask(reference.getDefaultUserPermissionNameForTask());
      configuration.setEnforceHistoryTimeToLive(reference.isEnforceHistoryTimeToLive());
      configuration.setRestrictUserOperationLogToAuthenticatedUsers(reference.isRestrictUserOperationLogToAuthenticatedUsers());
      moteur = configuration.buildProcessEngine();
    }
    return moteur;
  }
}
