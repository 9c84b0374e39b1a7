package fr.cpam.demarches.formation;

/** The Spring profile of a training server. */
final class ProfilFormation {

  /** {@code mvn spring-boot:run -Dspring-boot.run.profiles=demo,formation}. */
  static final String PROFIL = "formation";

  private ProfilFormation() {}
}
