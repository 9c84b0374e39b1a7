package fr.cpam.demarches.messagerie.interne;

import fr.cpam.demarches.commun.ParIdentifiantNaturel;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** By natural id, with the entries, as the former query did. */
public class ConversationParReferenceImpl extends ParIdentifiantNaturel<Conversation> implements ConversationParReference {

  protected ConversationParReferenceImpl() {
    super(Conversation.class, "echanges");
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Conversation> findByReference(String reference) {
    return charger(reference);
  }
}
