package fr.cpam.demarches.engine.interne;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.interne.Correctifs.Correctif;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.EntityTypes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Patch {@code autorisations-sans-journal} (docs/decisions/0030): the starter of a dossier gets the
 * same read grants with the patch as without it; only the user operation log of those grants is
 * gone, every other entry of the start stays.
 */
@TestIntegration
class AutorisationsSansJournalComparaisonIntTest {

  @Autowired ProcessEngine moteur;
  @Autowired Correctifs correctifs;
  private final List<String> instances = new ArrayList<>();

  @Test
  void memes_droits_que_le_moteur_nu_sans_leur_journal() {
    assumeTrue(correctifs.actif(Correctif.AUTORISATIONS_SANS_JOURNAL), "correctif autorisations-sans-journal éteint : rien à comparer");
    moteur.getRepositoryService().createDeployment().enableDuplicateFiltering(true)
        .addClasspathResource("benchmark/BancDossier.bpmn").deploy();
    Depart sans = demarrer();
    AutorisationDemandeurPlugin.sansJournal = false;
    Depart avec;
    try {
      avec = demarrer();
    } finally {
      AutorisationDemandeurPlugin.sansJournal = true;
    }

    assertThat(droits(sans.instance())).isEqualTo(droits(avec.instance())).isNotEmpty();
    assertThat(sans.journalDesDroits()).isZero();
    assertThat(avec.journalDesDroits()).isPositive();
    assertThat(sans.journal()).isEqualTo(avec.journal() - avec.journalDesDroits());
  }

  /** A dossier started, and the entries of the user operation log its start wrote (those of grants, all). */
  private record Depart(String instance, long journalDesDroits, long journal) {}

  private Depart demarrer() {
    long droitsAvant = journal(EntityTypes.AUTHORIZATION);
    long toutAvant = journal(null);
    moteur.getIdentityService().setAuthentication("admin", List.of(Groupes.ADMINISTRATEURS));
    String instance;
    try {
      instance = moteur.getRuntimeService().startProcessInstanceByKey("BancDossier", "TEST-JOURNAL",
          Map.of("groupe", Groupes.ACCUEIL, "reference", "TEST-JOURNAL")).getId();
      instances.add(instance);
    } finally {
      moteur.getIdentityService().clearAuthentication();
    }
    return new Depart(instance, journal(EntityTypes.AUTHORIZATION) - droitsAvant, journal(null) - toutAvant);
  }

  /** The grants on the dossier: to whom, on which resource type, which permissions (not their ids). */
  private List<String> droits(String instance) {
    return moteur.getAuthorizationService().createAuthorizationQuery().resourceId(instance).list().stream()
        .map(a -> a.getUserId() + " " + a.getResourceType() + " " + Arrays.toString(a.getPermissions(Permissions.values())))
        .sorted()
        .toList();
  }

  private long journal(String type) {
    var requete = moteur.getHistoryService().createUserOperationLogQuery().userId("admin");
    return type == null ? requete.count() : requete.entityType(type).count();
  }

  @AfterEach
  void nettoyer() {
    moteur.getRuntimeService().deleteProcessInstances(instances, "test", true, true);
  }
}
