package fr.cpam.frontieres.courriers;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The wrong place for an entity: the module's base package, which is its API. */
@Entity
public class Courrier {

  @Id
  private Long id;
}
