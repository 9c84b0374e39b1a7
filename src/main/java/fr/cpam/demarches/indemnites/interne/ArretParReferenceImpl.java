package fr.cpam.demarches.indemnites.interne;

import fr.cpam.demarches.commun.ParIdentifiantNaturel;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** By natural id; the arrêt has no association read with it. */
public class ArretParReferenceImpl extends ParIdentifiantNaturel<ArretTravail> implements ArretParReference {

  protected ArretParReferenceImpl() {
    super(ArretTravail.class);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<ArretTravail> findByReference(String reference) {
    return charger(reference);
  }
}
