package fr.cpam.demarches.messagerie;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// Frequent queries as strings, which Hibernate translates once (docs/performance.md, correction 16).
interface ConversationRepository extends JpaRepository<Conversation, Long> {

  /** With its entries: a conversation is always read whole. */
  @Query("select c from Conversation c left join fetch c.echanges where c.reference = :reference")
  Optional<Conversation> findByReference(@Param("reference") String reference);

  /** With their entries, in the same statement: the inbox counts the unread ones of each. */
  @EntityGraph(attributePaths = "echanges")
  List<Conversation> findByTitulaireOrderByDerniereActiviteDescIdDesc(String titulaire);
}
