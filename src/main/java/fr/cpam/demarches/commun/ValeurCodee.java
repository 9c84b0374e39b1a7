package fr.cpam.demarches.commun;

import java.util.Arrays;
import java.util.Optional;

/**
 * A value a person chooses from a list (a reason, a kind of message, a nature of payment): a
 * stable code, used in the API, the forms and the database, and the French label shown.
 */
public interface ValeurCodee {

  String code();

  String libelle();

  /** The value of that enum whose code is {@code code}, if there is one. */
  static <E extends Enum<E> & ValeurCodee> Optional<E> depuisCode(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants()).filter(v -> v.code().equals(code)).findFirst();
  }
}
