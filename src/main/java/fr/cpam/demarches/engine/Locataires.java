package fr.cpam.demarches.engine;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;

/**
 * The engine's tenants, as the training server uses them: each learner works in a tenant of their
 * own, so that the engine itself keeps their dossiers apart (queries, Tasklist, REST API: a
 * person sees the data of their tenants only). A dossier started inside {@link #pendant} belongs
 * to that tenant, and so does everything it calls, its tasks, jobs, decisions and history
 * (docs/decisions/0071-un-locataire-du-moteur-par-stagiaire.md). Without it, nothing belongs to a
 * tenant: production never uses one.
 */
public final class Locataires {

  private static final ThreadLocal<String> COURANT = new ThreadLocal<>();

  private Locataires() {}

  /** Runs the action with the dossiers it starts put in that tenant. */
  public static <T> T pendant(String locataire, Supplier<T> action) {
    String avant = COURANT.get();
    COURANT.set(locataire);
    try {
      return action.get();
    } finally {
      if (avant == null) {
        COURANT.remove();
      } else {
        COURANT.set(avant);
      }
    }
  }

  /** The tenant of the dossiers started now; {@code null} outside {@link #pendant}. */
  public static String courant() {
    return COURANT.get();
  }

  /** What the ids of a training session's learners start with (docs/formation.md). */
  public static final String PREFIXE_STAGIAIRE = "stagiaire-";

  /**
   * The tenants of a person for the engine's tenant check: a learner's own; nobody else has one,
   * and is not asked (no statement added to every other request).
   */
  public static List<String> de(IdentityService identite, String utilisateur) {
    if (!utilisateur.startsWith(PREFIXE_STAGIAIRE)) {
      return null;
    }
    return identite.createTenantQuery().userMember(utilisateur).list().stream().map(t -> t.getId()).toList();
  }

  /**
   * Authenticates the person for the engine, with the current tenant as theirs: a fictitious
   * citizen acts on her dossier in the learner's tenant as a real one acts on hers.
   */
  public static void authentifier(IdentityService identite, String utilisateur, List<String> groupes) {
    String locataire = COURANT.get();
    identite.setAuthentication(utilisateur, groupes, locataire == null ? null : List.of(locataire));
  }
}
