package fr.cpam.demarches.messagerie.interne;

import java.util.Optional;

/** {@link ConversationRepository}'s lookup by reference, written by hand ({@link ConversationParReferenceImpl}). */
public interface ConversationParReference {

  /**
   * The conversation with its entries (a conversation is always read whole). Within a
   * transaction that has already read or written it, without SQL: writing a message starts its
   * process in the same transaction, whose steps look the conversation up again by reference
   * (docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
   */
  Optional<Conversation> findByReference(String reference);
}
