package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.engine.interne.Correctifs.Correctif;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Spares every authorized engine command a scan of the whole authorization table.
 *
 * <p>Before each authorization check the engine keeps, of the caller's groups, only those that
 * appear in some authorization: {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION},
 * once per command. Each open task holds two authorizations of its candidate group (the task and
 * its history), so at 100 000 open tasks that query reads 200 000 rows: about 200 ms on every
 * Tasklist request, start and completion
 * (docs/decisions/0013-groupes-de-l-appelant-sans-lecture-des-autorisations.md). Keeping all the
 * caller's groups gives the same answers: a group without authorization matches no row of the
 * checks that follow. Only the list sent to the database is a few group ids longer.
 */
@Component
class GroupesAutorisesPlugin extends AbstractProcessEnginePlugin {

  private final Correctifs correctifs;

  GroupesAutorisesPlugin(Correctifs correctifs) {
    this.correctifs = correctifs;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomSessionFactories() == null) {
      configuration.setCustomSessionFactories(new ArrayList<>());
    }
    if (correctifs.actif(Correctif.GROUPES_AUTORISES)) {
      configuration.getCustomSessionFactories().add(new Fabrique());
    }
    if (correctifs.actif(Correctif.REQUETES_TASKLIST)) {
      configuration.getCustomSessionFactories().add(new FabriqueTaches(correctifs.actif(Correctif.COMPTEUR_TACHES)));
    }
  }

  @Override
  public void postProcessEngineBuild(org.camunda.bpm.engine.ProcessEngine moteur) {
    if (correctifs.actif(Correctif.REQUETES_TASKLIST)) {
      TachesTasklistManager.creerIndex(((ProcessEngineConfigurationImpl) moteur.getProcessEngineConfiguration()).getDataSource());
    }
  }

  /**
   * Replaces the engine's {@code TaskManager}: see {@link TachesTasklistManager}
   * (switch {@code requetes-tasklist}); its count of a service's tasks is read from the counter
   * when {@code compteur-taches} is on too.
   */
  record FabriqueTaches(boolean compteur) implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return org.camunda.bpm.engine.impl.persistence.entity.TaskManager.class;
    }

    @Override
    public Session openSession() {
      return new TachesTasklistManager(compteur);
    }
  }

  /** Replaces the engine's {@link AuthorizationManager} in every command (switch {@code groupes-autorises}). */
  static final class Fabrique implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new SansFiltreDeGroupes();
    }
  }

  static final class SansFiltreDeGroupes extends AuthorizationManager {
    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> groupes) {
      return groupes == null ? new ArrayList<>() : new ArrayList<>(groupes);
    }
  }
}
