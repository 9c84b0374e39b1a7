package fr.cpam.demarches.accidenttiers;

import java.util.Optional;

/** Finds a dossier by its reference (natural id), with its steps. */
interface DossierAccidentParReference {

  Optional<DossierAccidentTiers> findByReference(String reference);
}
