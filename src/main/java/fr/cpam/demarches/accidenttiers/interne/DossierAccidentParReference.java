package fr.cpam.demarches.accidenttiers.interne;

import java.util.Optional;

/** Finds a dossier by its reference (natural id), with its steps. */
public interface DossierAccidentParReference {

  Optional<DossierAccidentTiers> findByReference(String reference);
}
