package fr.cpam.demarches.messagerie;

/** A conversation as the inbox lists it, with the number of the CPAM's entries not read yet. */
record ApercuConversation(Conversation conversation, long nonLus) {

  /** A citizen's conversations, and those with something she has not read. */
  record Totaux(long conversations, long nonLues) {}
}
