package fr.cpam.demarches.compte;

import org.springframework.data.jpa.repository.JpaRepository;

// The lookup by NIR is AssureParNir's (natural id, docs/performance.md, correction 20).
interface AssureRepository extends JpaRepository<Assure, Long>, AssureParNir {}
