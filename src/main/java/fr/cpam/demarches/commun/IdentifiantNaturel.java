package fr.cpam.demarches.commun;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.graph.GraphSemantic;
import org.hibernate.graph.RootGraph;

/**
 * Finds an entity by its natural id (a dossier's reference, an account's NIR, annotated
 * {@code @NaturalId}) with the associations it is always read with. Hibernate answers from the
 * persistence context, without SQL, when the transaction holds the entity already; otherwise it
 * loads it with those associations in one statement (docs/performance.md, correction 20). A JPQL
 * query would go to the database each time.
 */
public final class IdentifiantNaturel {

  private IdentifiantNaturel() {}

  public static <T> Optional<T> charger(EntityManager entityManager, Class<T> type, Object valeur, String... associations) {
    Session session = entityManager.unwrap(Session.class);
    RootGraph<T> avecAssociations = session.createEntityGraph(type);
    avecAssociations.addAttributeNodes(associations);
    return session.bySimpleNaturalId(type).with(avecAssociations, GraphSemantic.FETCH).loadOptional(valeur);
  }
}
