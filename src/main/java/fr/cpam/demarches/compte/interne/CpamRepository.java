package fr.cpam.demarches.compte.interne;

import org.springframework.data.jpa.repository.JpaRepository;

public interface CpamRepository extends JpaRepository<CpamEntite, String> {}
