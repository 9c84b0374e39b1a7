package fr.cpam.demarches.messagerie;

import fr.cpam.demarches.commun.ValeurCodee;
import java.util.Optional;

/** What the citizen's message is: a question (the default), a report, or a complaint. */
public enum TypeMessage implements ValeurCodee {
  QUESTION("question", "Question"),
  SIGNALEMENT("signalement", "Signalement"),
  RECLAMATION("reclamation", "Réclamation");

  private final String code;
  private final String libelle;

  TypeMessage(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  /** As in the API and in the process variable {@code type}. */
  @Override
  public String code() {
    return code;
  }

  @Override
  public String libelle() {
    return libelle;
  }

  static Optional<TypeMessage> deCode(String code) {
    return ValeurCodee.depuisCode(TypeMessage.class, code);
  }
}
