package fr.cpam.demarches.compte;

import fr.cpam.demarches.commun.ParIdentifiantNaturel;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** By natural id, with beneficiaries and CPAM, as the former query did. */
class AssureParNirImpl extends ParIdentifiantNaturel<Assure> implements AssureParNir {

  AssureParNirImpl() {
    super(Assure.class, "beneficiaires", "cpam");
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Assure> findByNir(Nir nir) {
    return charger(nir);
  }
}
