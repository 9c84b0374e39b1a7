package fr.cpam.demarches.engine;

import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Thrown by a task or execution listener when the answers of a Tasklist form break a rule the
 * browser could not check (the form only checks in the browser; the server checks again).
 * The engine rolls the completion back, the task stays open, and Tasklist shows the French
 * message: "Le formulaire contient une erreur : ...". The engine REST API answers 400.
 */
public class FormulaireInvalideException extends BadUserRequestException {

  private final transient List<ErreurChamp> erreurs;

  public FormulaireInvalideException(List<ErreurChamp> erreurs) {
    super(message(erreurs));
    this.erreurs = List.copyOf(erreurs);
  }

  public FormulaireInvalideException(String champ, String message) {
    this(List.of(new ErreurChamp(champ, message)));
  }

  public List<ErreurChamp> erreurs() {
    return erreurs;
  }

  private static String message(List<ErreurChamp> erreurs) {
    String liste = erreurs.stream().map(ErreurChamp::message).collect(Collectors.joining(" "));
    return (erreurs.size() > 1 ? "Le formulaire contient des erreurs : " : "Le formulaire contient une erreur : ") + liste;
  }
}
