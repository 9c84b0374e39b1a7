package fr.cpam.demarches.espace;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the login page may send a person back: an address of this application only (Mon espace,
 * a trainer's page or a webapp), never another site. Anything else is ignored.
 */
final class Destinations {

  private static final Pattern SURE = Pattern.compile("^/(espace/|formation/|camunda/app/(tasklist|cockpit|admin)/)[^\\\\\\s]*$");

  private Destinations() {}

  static Optional<String> sure(String suite) {
    if (suite == null || suite.length() > 500 || suite.startsWith("//") || !SURE.matcher(suite).matches()) {
      return Optional.empty();
    }
    return Optional.of(suite);
  }
}
