package fr.cpam.demarches.espace;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.DefaultErrorViewResolver;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The error page of Mon espace for what no controller of the pages answered: a person without
 * the right (an agent opening the citizen's pages), a method not allowed, a failure outside a
 * page. In French, with where to go; never an exception. Other addresses keep their own pages.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErreursEspace implements ErrorViewResolver {

  /**
   * Spring Boot's own resolver (static/error/403.html... for the webapps), which it no longer
   * creates once an application declares one: the other addresses keep it.
   */
  private final ErrorViewResolver parDefaut;

  ErreursEspace(ApplicationContext contexte, WebProperties web) {
    this.parDefaut = new DefaultErrorViewResolver(contexte, web.getResources());
  }

  @Override
  public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus statut, Map<String, Object> modele) {
    if (request != null) {
      Object adresse = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
      if (!(adresse instanceof String chemin) || !chemin.startsWith(request.getContextPath() + "/espace")) {
        return parDefaut.resolveErrorView(request, statut, modele);
      }
    }
    return page(statut);
  }

  static ModelAndView page(HttpStatus statut) {
    String[] texte = switch (statut.value()) {
      case 403 -> new String[] {"Accès refusé",
          "Mon espace est réservé aux assurés. Les agents de la CPAM travaillent dans Tâches (Tasklist) ; les analystes"
              + " dans Cockpit. Pour ouvrir Mon espace, déconnectez-vous puis connectez-vous avec le compte d'un assuré."};
      case 404 -> new String[] {"Page introuvable",
          "Cette page n'existe pas ou plus. Vérifiez l'adresse, ou repartez de l'accueil de Mon espace."};
      case 405, 400 -> new String[] {"Demande impossible",
          "Cette action n'est pas possible depuis cette page. Repartez de l'accueil de Mon espace."};
      case 413 -> new String[] {"Fichiers trop volumineux",
          "Les fichiers envoyés dépassent la taille autorisée (10 Mo par fichier, 25 Mo en tout). Réduisez-les et réessayez."};
      default -> new String[] {"Service momentanément indisponible",
          "La page n'a pas pu être affichée. Réessayez dans quelques minutes ; si le problème persiste, appelez votre CPAM"
              + " au 3646."};
    };
    return new ModelAndView("espace/erreur", Map.of("titre", texte[0], "message", texte[1], "statut", statut.value()), statut);
  }

  /** Any other address under /espace/: the same page, 404; and the 403 page the security chain forwards to. */
  @org.springframework.stereotype.Controller
  static class AdresseInconnue {
    @RequestMapping(EspaceSecurite.ACCES_REFUSE)
    ModelAndView accesRefuse() {
      return page(HttpStatus.FORBIDDEN);
    }

    @RequestMapping("/espace/**")
    String inconnue() {
      throw new fr.cpam.demarches.commun.IntrouvableException(
          "Cette page n'existe pas ou plus. Vérifiez l'adresse, ou repartez de l'accueil de Mon espace.");
    }
  }
}
