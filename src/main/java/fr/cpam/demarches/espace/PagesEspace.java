package fr.cpam.demarches.espace;

import fr.cpam.demarches.commun.ErreurMetier;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page of Mon espace shows around its content (the person, her tasks to do), and the
 * page a person sees when something goes wrong: what happened in French and where to go, never
 * an exception. Applies to the controllers of this package only; the API has its own advice.
 */
@ControllerAdvice(basePackageClasses = PagesEspace.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PagesEspace {

  private static final Logger LOG = LoggerFactory.getLogger(PagesEspace.class);

  private final CompteService comptes;
  private final Tasklist tasklist;

  PagesEspace(CompteService comptes, Tasklist tasklist) {
    this.comptes = comptes;
    this.tasklist = tasklist;
  }

  /** The header: who is there and how many tasks wait for her. */
  record Entete(String nom, long taches, String lienTaches) {}

  @ModelAttribute("entete")
  Entete entete() {
    if (!UtilisateurConnecte.estAssure()) {
      return null;
    }
    Assure compte = comptes.compteConnecte();
    return new Entete(compte.nomComplet(), tasklist.aFaire(UtilisateurConnecte.idObligatoire()), tasklist.mesTaches());
  }

  /** A dossier that does not exist or is not hers, a request the state of a dossier refuses... */
  @ExceptionHandler(ErreurMetier.class)
  String erreurMetier(ErreurMetier erreur, HttpServletResponse response, Model model) {
    response.setStatus(erreur.statut().value());
    model.addAttribute("entete", entete());
    model.addAttribute("titre", erreur.statut().value() == 404 ? "Page introuvable" : erreur.titre());
    model.addAttribute("message", erreur.getMessage());
    model.addAttribute("statut", erreur.statut().value());
    return "espace/erreur";
  }

  @ExceptionHandler(Exception.class)
  String erreurSysteme(Exception erreur, HttpServletRequest request, HttpServletResponse response, Model model) throws Exception {
    if (erreur instanceof org.springframework.security.access.AccessDeniedException
        || erreur instanceof org.springframework.security.core.AuthenticationException) {
      throw erreur; // the security chain answers these (login page, 403 page)
    }
    LOG.error("Erreur non prévue sur {} {}", request.getMethod(), request.getRequestURI(), erreur);
    response.setStatus(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
    model.addAttribute("titre", "Service momentanément indisponible");
    model.addAttribute("message", "La page n'a pas pu être affichée. Réessayez dans quelques minutes ;"
        + " si le problème persiste, appelez votre CPAM au 3646.");
    model.addAttribute("statut", 500);
    return "espace/erreur";
  }
}
