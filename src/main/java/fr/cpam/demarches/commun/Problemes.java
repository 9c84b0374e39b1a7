package fr.cpam.demarches.commun;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Builds the RFC 7807 answers of the API: a French title and detail, a stable type URI, and
 * the fields in error. One place, so that every module answers the same way.
 */
public final class Problemes {

  /** Base of the {@code type} URIs; each names a kind of problem a client can react to. */
  public static final String BASE_TYPE = "https://demarches.cpam.fr/problemes/";

  private Problemes() {}

  /** One field in error and what to change. */
  public record ErreurChamp(String champ, String message) {}

  public static ProblemDetail probleme(
      HttpStatusCode statut, String type, String titre, String detail, List<ErreurChamp> erreurs) {
    ProblemDetail probleme = ProblemDetail.forStatusAndDetail(statut, detail);
    probleme.setType(URI.create(BASE_TYPE + type));
    probleme.setTitle(titre);
    if (erreurs != null && !erreurs.isEmpty()) {
      probleme.setProperty("erreurs", erreurs);
      probleme.setProperty("champ", erreurs.get(0).champ());
    }
    return probleme;
  }

  public static ResponseEntity<Object> reponse(ProblemDetail probleme) {
    return ResponseEntity.status(probleme.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(probleme);
  }

  static ProblemDetail depuis(ErreurMetier erreur) {
    List<ErreurChamp> erreurs = erreur.erreurs();
    return probleme(erreur.statut(), erreur.type(), erreur.titre(), erreur.getMessage(), erreurs);
  }

  /** French wording of the statuses the framework raises by itself. */
  static final Map<Integer, String[]> STATUTS =
      Map.of(
          400, new String[] {"requete-invalide", "Requête invalide"},
          401, new String[] {"authentification-requise", "Authentification requise"},
          403, new String[] {"acces-refuse", "Accès refusé"},
          404, new String[] {"introuvable", "Ressource introuvable"},
          405, new String[] {"methode-non-autorisee", "Méthode non autorisée"},
          406, new String[] {"format-non-disponible", "Format de réponse non disponible"},
          409, new String[] {"conflit", "Demande incompatible avec l'état du dossier"},
          413, new String[] {"trop-volumineux", "Contenu trop volumineux"},
          415, new String[] {"format-non-supporte", "Format de contenu non supporté"},
          500, new String[] {"erreur-interne", "Erreur interne"});

  static String[] libelle(HttpStatusCode statut) {
    return STATUTS.getOrDefault(
        statut.value(),
        new String[] {"erreur-" + statut.value(), HttpStatus.valueOf(statut.value()).getReasonPhrase()});
  }
}
