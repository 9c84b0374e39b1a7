package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.commun.IdentifiantNaturel;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** By natural id, with the status history, as the former query did ({@link IdentifiantNaturel}). */
class DossierParReferenceImpl implements DossierParReference {

  @PersistenceContext private EntityManager entityManager;

  /** Read-only like Spring Data's own reads: outside a transaction the session would close at once. */
  @Override
  @Transactional(readOnly = true)
  public Optional<DossierCarteVitale> findByReference(String reference) {
    return IdentifiantNaturel.charger(entityManager, DossierCarteVitale.class, reference, "historique");
  }
}
