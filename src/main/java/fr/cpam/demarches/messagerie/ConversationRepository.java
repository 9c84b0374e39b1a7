package fr.cpam.demarches.messagerie;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConversationRepository extends JpaRepository<Conversation, Long> {

  /** With its entries: a conversation is always read whole. */
  @EntityGraph(attributePaths = "echanges")
  Optional<Conversation> findByReference(String reference);

  /** With their entries, in the same statement: the inbox counts the unread ones of each. */
  @EntityGraph(attributePaths = "echanges")
  List<Conversation> findByTitulaireOrderByDerniereActiviteDescIdDesc(String titulaire);
}
