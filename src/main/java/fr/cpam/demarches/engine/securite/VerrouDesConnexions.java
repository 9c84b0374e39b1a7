package fr.cpam.demarches.engine.securite;

import java.util.Optional;
import org.springframework.modulith.NamedInterface;

/**
 * The login lock as other modules see it (the delays and the temporary lock after wrong codes,
 * docs/securite.md); implemented behind the engine's door by {@code engine.interne.VerrouConnexion}.
 */
@NamedInterface(Securite.API)
public interface VerrouDesConnexions {

  /** Lifts the lock and forgets the failures of an identifier. */
  void debloquer(String identifiant);

  /** Counts one failure as a wrong code would; the French message of the delay or lock, if any. */
  Optional<String> compterEchec(String identifiant);

  boolean estBloque(String identifiant);
}
