package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.commun.ParIdentifiantNaturel;
import java.util.Optional;
import org.springframework.transaction.annotation.Transactional;

/** By natural id, with the dossier's steps. */
class DossierAccidentParReferenceImpl extends ParIdentifiantNaturel<DossierAccidentTiers> implements DossierAccidentParReference {

  DossierAccidentParReferenceImpl() {
    super(DossierAccidentTiers.class, "etapes");
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<DossierAccidentTiers> findByReference(String reference) {
    return charger(reference);
  }
}
