package fr.cpam.demarches.messagerie.interne;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one entry of a conversation is. The internal notes (transfers, hand-backs,
 * reassignments) are for agents only: the citizen never sees them.
 */
public enum NatureEchange {
  /** The citizen's first message or a later message of theirs. */
  MESSAGE(true),
  /** The citizen's answer to a question of the CPAM. */
  COMPLEMENT(true),
  /** The CPAM asks the citizen for more. */
  QUESTION(true),
  /** The CPAM's answer, which closes the conversation. */
  REPONSE(true),
  /** The CPAM closes the conversation without an answer (the citizen did not complete it). */
  CLOTURE(true),
  /** Passed on to another service, with the reason. */
  TRANSFERT(false),
  /** Handed back to the first-level service by a second-level one, with a note. */
  RENVOI(false),
  /** Reassigned by a supervisor after the due date. */
  REAFFECTATION(false);

  private final boolean visibleAssure;

  NatureEchange(boolean visibleAssure) {
    this.visibleAssure = visibleAssure;
  }

  public boolean visibleAssure() {
    return visibleAssure;
  }

  public boolean deLAssure() {
    return this == MESSAGE || this == COMPLEMENT;
  }

  /** The CPAM's entries the citizen sees: those she has to read. */
  public boolean pourLAssure() {
    return visibleAssure && !deLAssure();
  }

  /** All the natures {@link #pourLAssure()}: the inbox counts her unread entries in the database. */
  public static Set<NatureEchange> pourLAssureToutes() {
    return Arrays.stream(values()).filter(NatureEchange::pourLAssure)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(NatureEchange.class)));
  }
}
