package fr.cpam.demarches.connexion;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.compte.Nir;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * « Code oublié »: the form, then one page that says the same thing whatever was typed (a new
 * code has been sent if the number and the address are those of an account). Errors of form are
 * said next to their field and in a summary (HTTP 422); the hourly limits as an error of the form
 * (HTTP 429).
 */
@Controller
@RequestMapping("/connexion/code-oublie")
class CodeOublieController {

  static final String VUE = "connexion/code-oublie";

  private final CodeOublie codeOublie;

  CodeOublieController(CodeOublie codeOublie) {
    this.codeOublie = codeOublie;
  }

  @InitBinder
  void champs(WebDataBinder binder) {
    binder.setAllowedFields("identifiant", "email");
  }

  @GetMapping
  String formulaire(@ModelAttribute("demande") DemandeCodeOublie demande) {
    return VUE;
  }

  @PostMapping
  String demander(
      @Valid @ModelAttribute("demande") DemandeCodeOublie demande,
      BindingResult erreurs,
      HttpServletRequest requete,
      HttpServletResponse reponse) {
    if (!erreurs.hasFieldErrors("identifiant")) {
      try {
        demande.setIdentifiant(Nir.depuisIdentifiant(demande.getIdentifiant()).identifiant());
      } catch (DemandeInvalideException e) {
        erreurs.rejectValue("identifiant", "identifiant", e.getMessage());
      }
    }
    if (erreurs.hasErrors()) {
      reponse.setStatus(422);
      return VUE;
    }
    CodeOublie.Issue issue = codeOublie.demander(demande.getIdentifiant(), demande.getEmail().strip(), requete.getRemoteAddr());
    switch (issue) {
      case TROP_POUR_CE_NUMERO -> DemandesParHeure.refuserPourCeNumero(erreurs, "identifiant");
      case TROP_POUR_CE_DEMANDEUR -> DemandesParHeure.refuserPourCeDemandeur(erreurs);
      case ENREGISTREE -> {
        return "redirect:/connexion/code-oublie/demande-enregistree";
      }
    }
    reponse.setStatus(429);
    return VUE;
  }

  @GetMapping("/demande-enregistree")
  String enregistree() {
    return "connexion/code-oublie-enregistree";
  }
}
