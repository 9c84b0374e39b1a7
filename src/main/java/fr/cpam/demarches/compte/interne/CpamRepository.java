package fr.cpam.demarches.compte.interne;

import fr.cpam.demarches.compte.Cpam;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CpamRepository extends JpaRepository<Cpam, String> {}
