package fr.cpam.demarches.engine.securite;

/** The name of this package's named interface (Spring Modulith): the types other modules use. */
final class Securite {

  /** What other modules use: the access annotations, the webapps' session, the login lock, the second factor. */
  static final String API = "securite";

  private Securite() {}
}
