package fr.cpam.demarches.messagerie;

import java.util.Arrays;
import java.util.Optional;

/** What the citizen's message is: a question (the default), a report, or a complaint. */
enum TypeMessage {
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
  String code() {
    return code;
  }

  String libelle() {
    return libelle;
  }

  static Optional<TypeMessage> deCode(String code) {
    return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
  }
}
