package fr.cpam.frontieres.dossiers.interne;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The right place for an entity: the module's {@code interne} subpackage. */
@Entity
public class Dossier {

  @Id
  private Long id;
}
