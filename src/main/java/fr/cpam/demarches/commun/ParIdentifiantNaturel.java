package fr.cpam.demarches.commun;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.graph.GraphSemantic;
import org.hibernate.graph.RootGraph;

/**
 * Base of a repository fragment that finds an entity by its natural id (a dossier's reference,
 * an account's NIR, annotated {@code @NaturalId}) with the associations it is always read with.
 * Hibernate answers from the persistence context, without SQL, when the transaction holds the
 * entity already; otherwise it loads it with those associations in one statement
 * (docs/performance.md, correction 20). A JPQL query would go to the database each time.
 *
 * <p>The public lookup of a subclass is {@code @Transactional(readOnly = true)}, like Spring
 * Data's own reads: outside a transaction the session it unwraps would close at once.
 */
public abstract class ParIdentifiantNaturel<T> {

  private final Class<T> type;
  private final String[] associations;

  @PersistenceContext private EntityManager entityManager;

  protected ParIdentifiantNaturel(Class<T> type, String... associations) {
    this.type = type;
    this.associations = associations;
  }

  protected Optional<T> charger(Object valeur) {
    Session session = entityManager.unwrap(Session.class);
    RootGraph<T> avecAssociations = session.createEntityGraph(type);
    avecAssociations.addAttributeNodes(associations);
    return session.bySimpleNaturalId(type).with(avecAssociations, GraphSemantic.FETCH).loadOptional(valeur);
  }
}
