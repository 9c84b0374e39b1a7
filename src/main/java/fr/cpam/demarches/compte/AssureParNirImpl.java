package fr.cpam.demarches.compte;

import fr.cpam.demarches.commun.IdentifiantNaturel;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** By natural id, with beneficiaries and CPAM, as the former query did ({@link IdentifiantNaturel}). */
class AssureParNirImpl implements AssureParNir {

  @PersistenceContext private EntityManager entityManager;

  /** Read-only like Spring Data's own reads: outside a transaction the session would close at once. */
  @Override
  @Transactional(readOnly = true)
  public Optional<Assure> findByNir(Nir nir) {
    return IdentifiantNaturel.charger(entityManager, Assure.class, nir, "beneficiaires", "cpam");
  }
}
