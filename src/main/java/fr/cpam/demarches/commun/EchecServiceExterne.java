package fr.cpam.demarches.commun;

/**
 * An expected failure of an outside service that the engine retries (the bank refusing a
 * transfer, the card factory not answering): its job fails, is tried again, and becomes an
 * incident after its last try. It is logged once, as one WARN line with the dossier's reference,
 * by the code that meets it; the engine's own log of the failed job (a stack trace) is left out
 * ({@link EchecsAttendusFiltre}).
 */
public class EchecServiceExterne extends RuntimeException {

  private final String reference;

  public EchecServiceExterne(String reference, String message) {
    super(message);
    this.reference = reference;
  }

  /** The dossier whose job failed. */
  public String reference() {
    return reference;
  }
}
