package fr.cpam.demarches.commun;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;

/**
 * Base of a repository fragment that finds an entity by its natural id (a dossier's reference,
 * an account's NIR, annotated {@code @NaturalId}) with the associations it is always read with.
 * When the transaction holds the entity already, it is answered from the persistence context
 * without SQL; otherwise one JPQL statement reads it with those associations. That statement is
 * text, so Hibernate translates it once for all calls: its natural-id loader with an entity graph
 * built its SQL again at each call
 * (docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
 *
 * <p>The public lookup of a subclass is {@code @Transactional(readOnly = true)}, like Spring
 * Data's own reads: outside a transaction the session it unwraps would close at once.
 */
public abstract class ParIdentifiantNaturel<T> {

  private final Class<T> type;
  private final String[] associations;
  private volatile String requete;

  @PersistenceContext private EntityManager entityManager;

  protected ParIdentifiantNaturel(Class<T> type, String... associations) {
    this.type = type;
    this.associations = associations;
  }

  protected Optional<T> charger(Object valeur) {
    SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
    EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(type);
    Object id = session.getPersistenceContextInternal().getNaturalIdResolutions().findCachedIdByNaturalId(valeur, persister);
    if (id != null) {
      return Optional.ofNullable(session.get(type, id));
    }
    // A list, not a stream: Hibernate folds the rows of a fetched collection into one entity.
    return entityManager.createQuery(requete(persister), type).setParameter("valeur", valeur)
        .getResultList().stream().findFirst();
  }

  /** {@code select e from Entity e left join fetch e.a … where e.naturalId = :valeur}. */
  private String requete(EntityPersister persister) {
    if (requete == null) {
      StringBuilder jpql = new StringBuilder("select e from ").append(entityManager.getMetamodel().entity(type).getName()).append(" e");
      for (String association : associations) {
        jpql.append(" left join fetch e.").append(association);
      }
      String attribut = persister.getNaturalIdMapping().getNaturalIdAttributes().get(0).getAttributeName();
      requete = jpql.append(" where e.").append(attribut).append(" = :valeur").toString();
    }
    return requete;
  }
}
