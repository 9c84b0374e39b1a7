package fr.cpam.demarches.engine;

import fr.cpam.demarches.commun.ErreurMetier;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.engine.interne.RefusDeFormulaire;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Thrown by an execution listener when the answers of a Tasklist form break a rule the
 * browser could not check (the form only checks in the browser; the server checks again).
 * The engine rolls the completion back, the task stays open, and Tasklist shows the French
 * message: "Le formulaire contient une erreur : ...". The engine REST API answers 400 ("Cannot
 * complete task ...: Le formulaire contient une erreur : ..."): it answers 400 only for the
 * engine's form validation exception, which this one therefore extends (through the door to the
 * engine's internals, {@code engine.interne.RefusDeFormulaire}); any other exception is a 500 there.
 *
 * <p>Services do not throw it: they throw the domain's {@link ErreurMetier} (with its fields), as
 * for our API and the pages. The glue of a form (an execution listener, for example on the end of
 * the user task, or a delegate right after it) calls them through {@link #verifier(Runnable)} or
 * {@link #appeler(Supplier)}, the one place where a domain refusal becomes this form refusal
 * (same fields, same messages). What a task listener throws is wrapped by the engine
 * (ENGINE-03051) and becomes a 500: check in an execution listener.
 */
public class FormulaireInvalideException extends RefusDeFormulaire {

  private final transient List<ErreurChamp> erreurs;

  public FormulaireInvalideException(List<ErreurChamp> erreurs) {
    super(List.copyOf(erreurs), message(erreurs));
    this.erreurs = List.copyOf(erreurs);
  }

  public FormulaireInvalideException(String champ, String message) {
    this(List.of(new ErreurChamp(champ, message)));
  }

  /** A refusal that is not about one field: its message says it all. */
  protected FormulaireInvalideException(String message) {
    super(List.of(), message);
    this.erreurs = List.of();
  }

  /** A service's refusal as Tasklist shows it: the same fields and messages, or its message alone. */
  public static FormulaireInvalideException depuis(ErreurMetier refus) {
    return refus.erreurs().isEmpty() ? new FormulaireInvalideException(refus.getMessage()) : new FormulaireInvalideException(refus.erreurs());
  }

  /** Runs a service's step or check for a form: a domain refusal becomes the form's refusal. */
  public static void verifier(Runnable service) {
    appeler(() -> {
      service.run();
      return null;
    });
  }

  /** Calls a service for a form and returns its answer: a domain refusal becomes the form's refusal. */
  public static <T> T appeler(Supplier<T> service) {
    try {
      return service.get();
    } catch (ErreurMetier refus) {
      throw depuis(refus);
    }
  }

  public List<ErreurChamp> erreurs() {
    return erreurs;
  }

  private static String message(List<ErreurChamp> erreurs) {
    String liste = erreurs.stream().map(ErreurChamp::message).collect(Collectors.joining(" "));
    return (erreurs.size() > 1 ? "Le formulaire contient des erreurs : " : "Le formulaire contient une erreur : ") + liste;
  }
}
