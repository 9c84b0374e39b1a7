package fr.cpam.demarches.messagerie;

import fr.cpam.demarches.commun.ParIdentifiantNaturel;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** By natural id, with the entries, as the former query did. */
class ConversationParReferenceImpl extends ParIdentifiantNaturel<Conversation> implements ConversationParReference {

  ConversationParReferenceImpl() {
    super(Conversation.class, "echanges");
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Conversation> findByReference(String reference) {
    return charger(reference);
  }
}
