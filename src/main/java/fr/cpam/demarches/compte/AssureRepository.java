package fr.cpam.demarches.compte;

import org.springframework.data.jpa.repository.JpaRepository;

// The lookup by NIR is AssureParNir's (natural id,
// docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
interface AssureRepository extends JpaRepository<Assure, Long>, AssureParNir {}
