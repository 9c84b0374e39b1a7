package fr.cpam.demarches.compte.interne;

import fr.cpam.demarches.commun.ParIdentifiantNaturel;
import fr.cpam.demarches.compte.Nir;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** By natural id, with beneficiaries and CPAM, as the former query did. */
public class AssureParNirImpl extends ParIdentifiantNaturel<AssureEntite> implements AssureParNir {

  protected AssureParNirImpl() {
    super(AssureEntite.class, "beneficiaires", "cpam");
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<AssureEntite> findByNir(Nir nir) {
    return charger(nir);
  }
}
