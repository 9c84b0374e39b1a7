package fr.cpam.demarches.messagerie;

import fr.cpam.demarches.commun.IdentifiantNaturel;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** By natural id, with the entries, as the former query did ({@link IdentifiantNaturel}). */
class ConversationParReferenceImpl implements ConversationParReference {

  @PersistenceContext private EntityManager entityManager;

  /** Read-only like Spring Data's own reads: outside a transaction the session would close at once. */
  @Override
  @Transactional(readOnly = true)
  public Optional<Conversation> findByReference(String reference) {
    return IdentifiantNaturel.charger(entityManager, Conversation.class, reference, "echanges");
  }
}
