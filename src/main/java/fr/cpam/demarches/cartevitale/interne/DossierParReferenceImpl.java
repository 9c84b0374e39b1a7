package fr.cpam.demarches.cartevitale.interne;

import fr.cpam.demarches.commun.ParIdentifiantNaturel;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** By natural id, with the status history, as the former query did. */
public class DossierParReferenceImpl extends ParIdentifiantNaturel<DossierCarteVitale> implements DossierParReference {

  protected DossierParReferenceImpl() {
    super(DossierCarteVitale.class, "historique");
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<DossierCarteVitale> findByReference(String reference) {
    return charger(reference);
  }
}
