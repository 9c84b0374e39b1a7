package fr.cpam.demarches.espace;

import fr.cpam.demarches.engine.SessionWebapps;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page of Mon espace and of Tasklist: one form, one session for both. A citizen lands
 * on her pages (or the page she asked for), an agent in Tasklist, an analyst in Cockpit, a trainer on
 * the training sessions. The
 * same answer for an unknown identifier as for a wrong code.
 */
@Controller
class ConnexionController {

  static final String VUE = "espace/connexion";

  private final SessionWebapps sessions;

  ConnexionController(SessionWebapps sessions) {
    this.sessions = sessions;
  }

  /** What the form sends. */
  static class Saisie {
    private String identifiant;
    private String code;

    public String getIdentifiant() {
      return identifiant;
    }

    public void setIdentifiant(String identifiant) {
      this.identifiant = identifiant;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }
  }

  @InitBinder("connexion")
  void champs(WebDataBinder binder) {
    binder.setAllowedFields("identifiant", "code");
  }

  @GetMapping(EspaceSecurite.CONNEXION)
  String page(
      @RequestParam(required = false) String suite,
      @RequestParam(required = false) String deconnexion,
      HttpServletRequest request,
      Model model) {
    Optional<SessionWebapps.Connecte> deja = sessions.connecte(request);
    if (deja.isPresent()) {
      return "redirect:" + destination(deja.get(), suite);
    }
    model.addAttribute("connexion", new Saisie());
    model.addAttribute("suite", Destinations.sure(suite).orElse(null));
    model.addAttribute("deconnecte", deconnexion != null);
    model.addAttribute("titre", "Se connecter");
    return VUE;
  }

  @PostMapping(EspaceSecurite.CONNEXION)
  String connecter(
      @ModelAttribute("connexion") Saisie saisie,
      BindingResult erreurs,
      @RequestParam(required = false) String suite,
      HttpServletRequest request,
      Model model) {
    if (saisie.getIdentifiant() == null || saisie.getIdentifiant().isBlank()) {
      erreurs.rejectValue("identifiant", "obligatoire",
          "Saisissez votre numéro de sécurité sociale (13 caractères, sans la clé) ou votre identifiant d'agent.");
    }
    if (saisie.getCode() == null || saisie.getCode().isEmpty()) {
      erreurs.rejectValue("code", "obligatoire", "Saisissez votre code personnel ou votre mot de passe.");
    }
    if (!erreurs.hasErrors()) {
      try {
        Optional<SessionWebapps.Connecte> connecte = sessions.connecter(request, saisie.getIdentifiant(), saisie.getCode());
        if (connecte.isPresent()) {
          return "redirect:" + destination(connecte.get(), suite);
        }
        erreurs.reject("sans-acces",
            "Votre identifiant et votre code sont corrects, mais votre profil ne donne accès à aucune page de cette"
                + " application : il sert aux échanges entre logiciels. Adressez-vous à l'administrateur de votre compte.");
      } catch (AuthenticationException refus) {
        erreurs.rejectValue("code", "refuse", refus.getMessage());
      }
    }
    saisie.setCode(null);
    model.addAttribute("suite", Destinations.sure(suite).orElse(null));
    model.addAttribute("deconnecte", false);
    model.addAttribute("titre", "Erreur : se connecter");
    return VUE;
  }

  @PostMapping("/espace/deconnexion")
  String deconnecter(HttpServletRequest request) {
    sessions.fermer(request);
    return "redirect:" + EspaceSecurite.CONNEXION + "?deconnexion";
  }

  private static String destination(SessionWebapps.Connecte connecte, String suite) {
    Optional<String> demandee = Destinations.sure(suite);
    if (connecte.estAssure()) {
      return demandee.filter(d -> d.startsWith("/espace/") || d.startsWith("/camunda/app/tasklist/"))
          .orElse("/espace/");
    }
    if (connecte.estFormateur() && connecte.premiereApplication().isEmpty()) {
      // A trainer of a training server: the sessions' pages (they check the role themselves).
      return demandee.filter(d -> d.startsWith("/formation/")).orElse("/formation/sessions");
    }
    return demandee
        .filter(d -> connecte.applications().stream().anyMatch(a -> d.startsWith("/camunda/app/" + a + "/")))
        .orElseGet(() -> "/camunda/app/" + connecte.premiereApplication().orElse("tasklist") + "/");
  }
}
