package fr.cpam.demarches.accidenttiers.interne;

import fr.cpam.demarches.commun.ParIdentifiantNaturel;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** By natural id, with the dossier's steps. */
public class DossierAccidentParReferenceImpl extends ParIdentifiantNaturel<DossierAccidentTiers> implements DossierAccidentParReference {

  protected DossierAccidentParReferenceImpl() {
    super(DossierAccidentTiers.class, "etapes");
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<DossierAccidentTiers> findByReference(String reference) {
    return charger(reference);
  }
}
