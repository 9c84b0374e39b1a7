package fr.cpam.demarches.formation;

import fr.cpam.demarches.commun.ErreurMetier;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The refusals of the results' pages and of the debrief, in French and as a page: an unknown
 * session, learner or dossier (404), a wrong request (422). Never an exception's text.
 */
@ControllerAdvice(assignableTypes = {ProgressionPages.class, DebriefingPage.class})
@Profile(ProfilFormation.PROFIL)
class ErreursFormation {

  @ExceptionHandler(ErreurMetier.class)
  String refus(ErreurMetier erreur, HttpServletResponse reponse, Model model) {
    return page(erreur.statut(), erreur.titre(), erreur.getMessage(), reponse, model);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  String adresse(HttpServletResponse reponse, Model model) {
    return page(HttpStatus.NOT_FOUND, "Page introuvable", "Cette adresse ne correspond à aucune page de la formation.", reponse, model);
  }

  private static String page(HttpStatus statut, String titre, String message, HttpServletResponse reponse, Model model) {
    reponse.setStatus(statut.value());
    model.addAttribute("titre", titre);
    model.addAttribute("message", message);
    return "formation/erreur";
  }
}
