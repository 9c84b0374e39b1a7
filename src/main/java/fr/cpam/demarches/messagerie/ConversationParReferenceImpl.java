package fr.cpam.demarches.messagerie;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.hibernate.Session;
import org.hibernate.graph.GraphSemantic;
import org.hibernate.graph.RootGraph;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hibernate's natural-id lookup: it answers from the persistence context when the conversation
 * is already there, and otherwise loads it by its reference with its entries in one statement
 * (the entity graph), as the former query did.
 */
class ConversationParReferenceImpl implements ConversationParReference {

  @PersistenceContext private EntityManager entityManager;

  /** Read-only like Spring Data's own reads: outside a transaction the session would close at once. */
  @Override
  @Transactional(readOnly = true)
  public Optional<Conversation> findByReference(String reference) {
    Session session = entityManager.unwrap(Session.class);
    RootGraph<Conversation> avecEchanges = session.createEntityGraph(Conversation.class);
    avecEchanges.addAttributeNodes("echanges");
    return session.bySimpleNaturalId(Conversation.class).with(avecEchanges, GraphSemantic.FETCH).loadOptional(reference);
  }
}
