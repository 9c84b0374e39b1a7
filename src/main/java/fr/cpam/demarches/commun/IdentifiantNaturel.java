package fr.cpam.demarches.commun;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.graph.GraphSemantic;
import org.hibernate.graph.RootGraph;

/**
 * Finds an entity by its natural id (a dossier's reference, annotated {@code @NaturalId}) with
 * one of its collections. Hibernate answers from the persistence context, without SQL, when the
 * transaction holds the entity already; otherwise it loads it with the collection in one
 * statement (docs/performance.md, correction 20). A JPQL query would go to the database each time.
 */
public final class IdentifiantNaturel {

  private IdentifiantNaturel() {}

  public static <T> Optional<T> charger(EntityManager entityManager, Class<T> type, Object valeur, String collection) {
    Session session = entityManager.unwrap(Session.class);
    RootGraph<T> avecCollection = session.createEntityGraph(type);
    avecCollection.addAttributeNodes(collection);
    return session.bySimpleNaturalId(type).with(avecCollection, GraphSemantic.FETCH).loadOptional(valeur);
  }
}
