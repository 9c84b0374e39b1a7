package fr.cpam.demarches.messagerie;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

// Frequent queries as strings, which Hibernate translates once (docs/performance.md, correction 16).
interface ConversationRepository extends JpaRepository<Conversation, Long>, ConversationParReference {

  /** With their entries, in the same statement: the inbox counts the unread ones of each. */
  @EntityGraph(attributePaths = "echanges")
  List<Conversation> findByTitulaireOrderByDerniereActiviteDescIdDesc(String titulaire);
}
