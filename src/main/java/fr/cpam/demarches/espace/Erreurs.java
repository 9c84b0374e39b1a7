package fr.cpam.demarches.espace;

import fr.cpam.demarches.commun.ErreurMetier;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import java.util.Map;
import org.springframework.validation.BindingResult;

/**
 * The modules' refusals on a page: every field error of the rule (all of them, in their order)
 * becomes an error of the form's field, so that page and API say the same words.
 */
final class Erreurs {

  private Erreurs() {}

  /**
   * @param champs the rule's field names that the form names otherwise: a prefix of the rule's
   *     name ({@code piecesJointes} for {@code piecesJointes[2]}) mapped to the form's field, or to
   *     "" for an error of the whole form
   */
  static void rejeter(ErreurMetier refus, BindingResult erreurs, Map<String, String> champs) {
    if (refus.erreurs().isEmpty()) {
      erreurs.reject(refus.getClass().getSimpleName(), refus.getMessage());
      return;
    }
    java.util.Set<String> dejaRefuses = erreurs.getFieldErrors().stream()
        .map(org.springframework.validation.FieldError::getField).collect(java.util.stream.Collectors.toSet());
    for (ErreurChamp e : refus.erreurs()) {
      String champ = champs.containsKey(e.champ()) ? champs.get(e.champ()) : champs.entrySet().stream()
          .filter(c -> e.champ().startsWith(c.getKey() + "[") || e.champ().startsWith(c.getKey() + "."))
          .map(Map.Entry::getValue)
          .findFirst()
          .orElse(e.champ());
      if (champ.isEmpty() || !aLeChamp(erreurs, champ)) {
        erreurs.reject("regle", e.message());
      } else if (!dejaRefuses.contains(champ)) {
        // A field the page already refused (a date it could not read) keeps its own, more precise, error.
        erreurs.rejectValue(champ, "regle", e.message());
      }
    }
  }

  private static boolean aLeChamp(BindingResult erreurs, String champ) {
    return org.springframework.beans.BeanUtils.getPropertyDescriptor(erreurs.getTarget().getClass(), champ) != null;
  }

  /** A date as a date field sends it (AAAA-MM-JJ); one that is not a real day is refused next to its field. */
  static java.time.LocalDate date(String texte, String champ, BindingResult erreurs) {
    if (texte == null || texte.isBlank()) {
      return null;
    }
    try {
      return java.time.LocalDate.parse(texte.strip());
    } catch (java.time.format.DateTimeParseException e) {
      erreurs.rejectValue(champ, "date", "Saisissez une date réelle, par exemple 03/12/2026.");
      return null;
    }
  }
}
