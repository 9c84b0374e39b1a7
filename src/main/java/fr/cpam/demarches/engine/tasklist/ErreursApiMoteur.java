package fr.cpam.demarches.engine.tasklist;

import fr.cpam.demarches.engine.ActionRefuseeException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.server.ResourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API (both {@code /engine-rest} and the webapps' {@code /camunda/api/engine})
 * answers a person's bad input with a 4xx and a French message, never a 500.
 *
 * <p>Camunda answers 500 to many inputs a person can send: no body, a task or execution that does
 * not exist ({@code NullValueException}), a task already claimed by someone else, a value longer
 * than its column (a string variable over 4 000 characters, an attachment name over 255), a
 * malformed multipart. These mappers take precedence over Camunda's own for the same types
 * ({@link Priority}: Jersey prefers the lower value between two mappers of one type) and keep
 * Camunda's answer, body and logging for everything they do not recognise as an input error, and
 * for every answer that is already a 4xx (authorizations, form validation).
 *
 * <p>The answer keeps Camunda's shape ({@code type}, {@code message}), which Tasklist shows. The
 * message never repeats the request's values.
 */
@Configuration(proxyBeanMethods = false)
public class ErreursApiMoteur {

  private static final Logger LOG = LoggerFactory.getLogger(ErreursApiMoteur.class);

  static final String INTROUVABLE =
      "La ressource demandée n'existe pas ou plus (tâche, dossier, définition ou exécution). Actualisez la page.";
  public static final String DEJA_PRISE =
      "Cette tâche est déjà prise en charge par une autre personne. Actualisez la liste des tâches.";
  static final String MODIFIEE =
      "Le dossier a été modifié en même temps par quelqu'un d'autre. Actualisez la page et recommencez.";
  static final String TROP_LONGUE =
      "Une valeur est trop longue ou n'a pas un format accepté : un texte compte au plus 4 000 caractères,"
          + " un nom ou un identifiant au plus 255.";
  static final String EXISTE_DEJA = "Cet élément existe déjà.";
  static final String INCOMPLETE =
      "La requête est vide ou incomplète : envoyez les données attendues, en JSON (ou en multipart pour un fichier).";
  static final String POLITIQUE =
      "Ce mot de passe n'est pas accepté. Pour le personnel : 10 caractères au moins, dont une majuscule, une minuscule,"
          + " un chiffre et un caractère spécial, sans le nom ni l'identifiant de la personne. Pour un assuré : un code de"
          + " 4 chiffres qui n'est ni une suite (1234, 1111, 1212) ni sa date de naissance.";
  static final String IMPOSSIBLE = "Cette opération n'est pas possible dans l'état actuel de la tâche ou du dossier.";

  /** Registers the mappers on {@code /engine-rest}; {@link JacksonApiTasklist} adds them to the webapps' API. */
  @Bean
  ResourceConfigCustomizer erreursApiMoteurRest() {
    return (ResourceConfig config) -> CLASSES.forEach(config::register);
  }

  static final java.util.List<Class<?>> CLASSES = java.util.List.of(SurProcessEngine.class, SurRest.class, SurTout.class);

  /** What an exception becomes when it is a person's input error, if it is. */
  static Optional<Response> reponse(Throwable erreur) {
    // A form or a start the server refused (RefusDesSaisies): problem+json, whatever status
    // Camunda gave its wrapper (a start refused is a 500 there).
    Optional<Response> refus = RefusDesSaisies.reponseRest(erreur);
    if (refus.isPresent()) {
      return refus;
    }
    ActionRefuseeException refusee = trouver(erreur, ActionRefuseeException.class);
    if (refusee != null) {
      return Optional.of(refus(refusee));
    }
    AuthorizationException interdit = trouver(erreur, AuthorizationException.class);
    if (interdit != null && !(erreur instanceof AuthorizationException)) {
      // A refusal the REST layer wrapped in a 400 of its own (a comment: "Not enough parameters
      // submitted"): it stays a refusal.
      return Optional.of(reponse(403, "AuthorizationException", interdit.getMessage()));
    }
    if (message(erreur).contains("does not match policy")) {
      return Optional.of(reponse(400, "RequeteInvalide", POLITIQUE));
    }
    Response.Status camunda = ExceptionHandlerHelper.getInstance().getStatus(erreur);
    if (camunda.getStatusCode() < 500 && erreur instanceof RestException && ENVOI_REFUSE.matcher(String.valueOf(erreur.getMessage())).find()) {
      return Optional.of(reponse(camunda.getStatusCode(), "RequeteInvalide", envoiRefuse(erreur)));
    }
    if (camunda.getStatusCode() < 500) {
      // The engine checks a string variable's length itself (4 000), in English.
      return message(erreur).contains("Variable value is too long")
          ? Optional.of(reponse(400, "RequeteInvalide", TROP_LONGUE))
          : Optional.empty();
    }
    Optional<Response> reponse = classer(erreur);
    reponse.ifPresent(r -> LOG.debug("Erreur d'entrée sur l'API du moteur ({}) : {}", r.getStatus(), erreur.getClass().getSimpleName()));
    return reponse;
  }

  private static Optional<Response> classer(Throwable erreur) {
    if (trouver(erreur, TaskAlreadyClaimedException.class) != null) {
      return Optional.of(reponse(409, "Conflit", DEJA_PRISE));
    }
    if (trouver(erreur, OptimisticLockingException.class) != null) {
      return Optional.of(reponse(409, "Conflit", MODIFIEE));
    }
    SQLException sql = trouver(erreur, SQLException.class);
    if (sql != null) {
      String etat = sql.getSQLState() == null ? "" : sql.getSQLState();
      if (etat.startsWith("22")) {
        return Optional.of(reponse(400, "RequeteInvalide", TROP_LONGUE));
      }
      if (etat.startsWith("23")) {
        return Optional.of(reponse(409, "Conflit", EXISTE_DEJA));
      }
      return Optional.empty();
    }
    if (trouver(erreur, NotFoundException.class) != null || introuvable(erreur)) {
      return Optional.of(reponse(404, "Introuvable", INTROUVABLE));
    }
    if (trouver(erreur, NullValueException.class) != null || enEntree(erreur)) {
      return Optional.of(reponse(400, "RequeteInvalide", INCOMPLETE));
    }
    Throwable racine = racine(erreur);
    if (racine instanceof ProcessEngineException && racine.getClass().getName().startsWith("org.camunda.bpm.engine")) {
      // The engine refuses what the state of the task or dossier does not allow (a task of a
      // running process deleted, for instance): the person asked for something impossible.
      return Optional.of(reponse(400, "RequeteInvalide", IMPOSSIBLE));
    }
    return Optional.empty();
  }

  /**
   * A NullPointerException (or an illegal argument or state) raised by the REST layer, the engine
   * or the multipart parser on a missing body or field. A frequent one comes without its stack
   * trace (the JVM drops it after many throws): it is one too.
   */
  private static boolean enEntree(Throwable erreur) {
    Throwable racine = racine(erreur);
    if (!(racine instanceof NullPointerException || racine instanceof IllegalStateException
        || racine instanceof IllegalArgumentException)) {
      return false;
    }
    for (StackTraceElement ligne : racine.getStackTrace()) {
      String classe = ligne.getClassName();
      if (classe.startsWith("java.") || classe.startsWith("jdk.")) {
        continue;
      }
      return classe.startsWith("org.camunda.bpm.") || classe.startsWith("org.apache.tomcat.util.http.fileupload.")
          || classe.startsWith("org.apache.catalina.connector.");
    }
    return racine instanceof NullPointerException;
  }

  /** The engine says "not found" in several ways: {@code Cannot find task}, {@code doesn't exist}... */
  private static boolean introuvable(Throwable erreur) {
    for (Throwable t = erreur; t != null; t = t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage();
      if (t instanceof ProcessEngineException
          && (m.contains("doesn't exist") || m.contains("not found") || m.contains("Cannot find") || m.contains("No task found")
              || m.contains("does not exist"))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static String message(Throwable erreur) {
    StringBuilder messages = new StringBuilder();
    for (Throwable t = erreur; t != null; t = t.getCause() == t ? null : t.getCause()) {
      messages.append(t.getMessage()).append('\n');
    }
    return messages.toString();
  }

  private static <T extends Throwable> T trouver(Throwable erreur, Class<T> type) {
    for (Throwable t = erreur; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t instanceof SQLException sql && sql.getNextException() != null && type.isInstance(sql.getNextException())) {
        return type.cast(sql.getNextException());
      }
    }
    return null;
  }

  private static Throwable racine(Throwable erreur) {
    Throwable t = erreur;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t;
  }

  private static Response reponse(int statut, String type, String message) {
    return Response.status(statut).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("type", type, "message", message)).build();
  }

  /** A command the server refuses to this person: 403 problem+json, the reason as detail and as Tasklist's message. */
  private static Response refus(ActionRefuseeException refus) {
    Map<String, Object> corps = new java.util.LinkedHashMap<>();
    corps.put("type", fr.cpam.demarches.commun.Problemes.BASE_TYPE + "acces-refuse");
    corps.put("title", "Action non permise");
    corps.put("status", 403);
    corps.put("detail", refus.getMessage());
    corps.put("message", refus.getMessage());
    return Response.status(403).type("application/problem+json").entity(corps).build();
  }

  /** The REST layer's own words around a refused form, with the task's or procedure's id. */
  static final java.util.regex.Pattern ENVOI_REFUSE =
      java.util.regex.Pattern.compile("^Cannot (submit task form|complete task|resolve task|instantiate process definition|submit start form) ");

  static final String FORMULAIRE_REFUSE =
      "Le formulaire n'a pas pu être envoyé : vérifiez les champs et réessayez. Si cela se reproduit, appelez votre CPAM au 3646.";

  /**
   * "Cannot submit task form &lt;id&gt;: ..." said in French, without the id: the reason when our
   * code gave one (a listener's check, in French), otherwise a sentence saying what to do.
   */
  static String envoiRefuse(Throwable erreur) {
    for (Throwable t = erreur.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass().getName().startsWith("fr.cpam.demarches.") && t.getMessage() != null && !t.getMessage().isBlank()) {
        return t.getMessage();
      }
    }
    return FORMULAIRE_REFUSE;
  }

  private static Response camunda(Throwable erreur) {
    return ExceptionHandlerHelper.getInstance().getResponse(erreur);
  }

  /** Before Camunda's mapper of engine exceptions. */
  @Provider
  @Priority(1)
  public static class SurProcessEngine implements ExceptionMapper<ProcessEngineException> {
    @Override
    public Response toResponse(ProcessEngineException erreur) {
      return reponse(erreur).orElseGet(() -> camunda(erreur));
    }
  }

  /** Before Camunda's mapper of its REST exceptions (which wrap engine exceptions, often as 500). */
  @Provider
  @Priority(1)
  public static class SurRest implements ExceptionMapper<RestException> {
    @Override
    public Response toResponse(RestException erreur) {
      return reponse(erreur).orElseGet(() -> camunda(erreur));
    }
  }

  /** Before Camunda's mapper of anything else (a missing body ends in a NullPointerException there). */
  @Provider
  @Priority(1)
  public static class SurTout implements ExceptionMapper<Throwable> {
    @Override
    public Response toResponse(Throwable erreur) {
      if (erreur instanceof WebApplicationException web && !(erreur instanceof RestException)) {
        return camunda(web);
      }
      return reponse(erreur).orElseGet(() -> camunda(erreur));
    }
  }
}
