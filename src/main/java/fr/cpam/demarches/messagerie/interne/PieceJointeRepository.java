package fr.cpam.demarches.messagerie.interne;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PieceJointeRepository extends JpaRepository<PieceJointe, Long> {

  Optional<PieceJointe> findByIdAndEchangeConversationReference(Long id, String reference);
}
