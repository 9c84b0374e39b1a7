package fr.cpam.demarches.commun;

import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Writing process variables only when their value changes. */
public final class VariablesProcessus {

  private VariablesProcessus() {}

  /**
   * Sets {@code nom} to {@code valeur} unless it already holds an equal value. The engine
   * writes a variable each time it is set, even to the value it has: an update of
   * {@code ACT_RU_VARIABLE} and a read of its history row, two statements for nothing. A loop
   * that sets the same flags at every turn (a payment cycle of the indemnités journalières)
   * pays them at every turn (docs/decisions/0023-variables-ecrites-seulement-si-elles-changent.md).
   */
  public static void poser(VariableScope portee, String nom, Object valeur) {
    if (!portee.hasVariable(nom) || !Objects.equals(portee.getVariable(nom), valeur)) {
      portee.setVariable(nom, valeur);
    }
  }
}
