package fr.cpam.demarches.messagerie.interne;

/** A conversation as the inbox lists it, with the number of the CPAM's entries not read yet. */
public record ApercuConversation(Conversation conversation, long nonLus) {

  /** A citizen's conversations, and those with something she has not read. */
  public record Totaux(long conversations, long nonLues) {}
}
