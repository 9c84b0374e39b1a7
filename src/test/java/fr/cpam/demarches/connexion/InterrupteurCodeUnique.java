package fr.cpam.demarches.connexion;

/** For the tests of other packages (SQL budgets, benchmark): the one-time code on or off. */
public final class InterrupteurCodeUnique {

  private InterrupteurCodeUnique() {}

  public static void activer(CodeUnique codeUnique, boolean oui) {
    codeUnique.activer(oui);
  }
}
