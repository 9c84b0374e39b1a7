package fr.cpam.demarches.messagerie;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PieceJointeRepository extends JpaRepository<PieceJointe, Long> {

  Optional<PieceJointe> findByIdAndEchangeConversationReference(Long id, String reference);
}
