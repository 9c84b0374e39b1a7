package fr.cpam.demarches.compte;

import org.springframework.data.jpa.repository.JpaRepository;

interface CpamRepository extends JpaRepository<Cpam, String> {}
