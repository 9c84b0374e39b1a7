package fr.cpam.demarches.messagerie;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConversationRepository extends JpaRepository<Conversation, Long> {

  Optional<Conversation> findByReference(String reference);

  List<Conversation> findByTitulaireOrderByDerniereActiviteDescIdDesc(String titulaire);
}
