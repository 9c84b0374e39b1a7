package fr.cpam.demarches.messagerie;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

// The lookup by reference is ConversationParReference's (natural id, docs/performance.md, correction 20).
interface ConversationRepository extends JpaRepository<Conversation, Long>, ConversationParReference {

  /** With their entries, in the same statement: the inbox counts the unread ones of each. */
  @EntityGraph(attributePaths = "echanges")
  List<Conversation> findByTitulaireOrderByDerniereActiviteDescIdDesc(String titulaire);
}
