package fr.cpam.demarches.messagerie.interne;

/** Where a conversation stands, as the citizen sees it. */
public enum StatutConversation {
  /** The CPAM has it: an agent will answer by the due date. */
  EN_COURS("En cours de traitement"),
  /** The CPAM asked the citizen for more; closed after 30 days without an answer. */
  EN_ATTENTE_ASSURE("En attente de votre réponse"),
  /** Answered, or closed for want of the citizen's answer: no more replies. */
  CLOTUREE("Clôturée");

  private final String libelle;

  StatutConversation(String libelle) {
    this.libelle = libelle;
  }

  public String libelle() {
    return libelle;
  }
}
