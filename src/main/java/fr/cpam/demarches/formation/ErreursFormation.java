package fr.cpam.demarches.formation;

import fr.cpam.demarches.commun.ErreurMetier;
import java.util.Map;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place where the training pages' refusals become a page, in French: an unknown session,
 * learner or dossier (a session closed meanwhile, a wrong address: 404), a wrong request (422), a
 * person who is not a trainer (403, {@link SessionsPages#accesRefuse}). Never an exception's text.
 */
@ControllerAdvice(assignableTypes = {SessionsPages.class, ProgressionPages.class, DebriefingPage.class})
@Profile(ProfilFormation.PROFIL)
class ErreursFormation {

  @ExceptionHandler(ErreurMetier.class)
  ModelAndView refus(ErreurMetier erreur) {
    return page(erreur.statut(), erreur.statut() == HttpStatus.NOT_FOUND ? "Page introuvable" : erreur.titre(), erreur.getMessage());
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView adresse() {
    return page(HttpStatus.NOT_FOUND, "Page introuvable", "Cette adresse ne correspond à aucune page de la formation.");
  }

  /** The training's error page, with that status. */
  static ModelAndView page(HttpStatus statut, String titre, String message) {
    return new ModelAndView("formation/erreur", Map.of("titre", titre, "message", message), statut);
  }
}
