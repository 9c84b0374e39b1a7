package fr.cpam.demarches.formation;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page where a learner replaces the provisional password of the sheet with their own, before
 * their first work in Tasklist ({@link MotsDePasseDesStagiaires}). Open without a login: the
 * current password is the proof. Errors next to their field, in French; nothing kept in a cache.
 */
@Controller
@Profile(ProfilFormation.PROFIL)
class MotDePassePage {

  /** The form's fields (never shown back: the passwords' inputs stay empty after an error). */
  public static class Saisie {
    private String identifiant;
    private String actuel;
    private String nouveau;
    private String confirmation;

    public String getIdentifiant() {
      return identifiant;
    }

    public void setIdentifiant(String identifiant) {
      this.identifiant = identifiant;
    }

    public String getActuel() {
      return actuel;
    }

    public void setActuel(String actuel) {
      this.actuel = actuel;
    }

    public String getNouveau() {
      return nouveau;
    }

    public void setNouveau(String nouveau) {
      this.nouveau = nouveau;
    }

    public String getConfirmation() {
      return confirmation;
    }

    public void setConfirmation(String confirmation) {
      this.confirmation = confirmation;
    }
  }

  private final MotsDePasseDesStagiaires motsDePasse;
  private final String tasklist;

  MotDePassePage(MotsDePasseDesStagiaires motsDePasse, @Value("${camunda.bpm.process-engine-name:default}") String moteur) {
    this.motsDePasse = motsDePasse;
    this.tasklist = "/camunda/app/tasklist/" + moteur + "/";
  }

  @InitBinder("saisie")
  void champs(WebDataBinder binder) {
    binder.setAllowedFields("identifiant", "actuel", "nouveau", "confirmation");
  }

  @GetMapping(MotsDePasseDesStagiaires.PAGE)
  String formulaire(Model model, HttpServletResponse reponse) {
    return page(model, new Saisie(), "Choisir mon mot de passe", reponse);
  }

  @PostMapping(MotsDePasseDesStagiaires.PAGE)
  String choisir(@ModelAttribute("saisie") Saisie saisie, BindingResult erreurs, Model model, HttpServletResponse reponse) {
    try {
      motsDePasse.choisir(new MotsDePasseDesStagiaires.Choix(saisie.getIdentifiant(), saisie.getActuel(), saisie.getNouveau(),
          saisie.getConfirmation()));
    } catch (DemandeInvalideException refus) {
      for (ErreurChamp e : refus.erreurs()) {
        erreurs.rejectValue(e.champ(), "regle", e.message());
      }
      return page(model, saisie, "Erreur : choisir mon mot de passe", reponse);
    }
    model.addAttribute("titre", "Mot de passe enregistré");
    model.addAttribute("tasklist", tasklist);
    model.addAttribute("identifiant", saisie.getIdentifiant().strip());
    return "formation/mot-de-passe-choisi";
  }

  private String page(Model model, Saisie saisie, String titre, HttpServletResponse reponse) {
    reponse.setHeader("Cache-Control", "no-store");
    saisie.setActuel(null);
    saisie.setNouveau(null);
    saisie.setConfirmation(null);
    model.addAttribute("titre", titre);
    model.addAttribute("saisie", saisie);
    model.addAttribute("politique", MotsDePasseDesStagiaires.POLITIQUE);
    return "formation/mot-de-passe";
  }
}
