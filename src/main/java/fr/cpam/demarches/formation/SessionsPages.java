package fr.cpam.demarches.formation;

import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.engine.securite.AccesFormateur;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The trainer's pages of the sessions: the list (with the room's day), the "Nouvelle session"
 * form, the learners' one-time passwords shown once right after the creation (on the answer of
 * the form itself: they are kept nowhere, neither in the database nor in the HTTP session, and
 * never written to a log) with a printable sheet, and the close of a session after a
 * confirmation. Server-rendered, without script; only {@code formateurs} ({@link FormationSecurite}).
 */
@Controller
@Profile(ProfilFormation.PROFIL)
class SessionsPages {

  static final String LISTE = "/formation/sessions";

  private final SessionsDeFormation sessions;
  private final Scenarios scenarios;
  private final Clock horloge;

  SessionsPages(SessionsDeFormation sessions, Scenarios scenarios, Clock horloge) {
    this.sessions = sessions;
    this.scenarios = scenarios;
    this.horloge = horloge;
  }

  /** What the form sends; dates as a date field sends them (AAAA-MM-JJ). */
  static class Saisie {
    private String titre;
    private String debut;
    private String fin;
    private String stagiaires;
    private List<String> scenarios = new ArrayList<>();

    public String getTitre() {
      return titre;
    }

    public void setTitre(String titre) {
      this.titre = titre;
    }

    public String getDebut() {
      return debut;
    }

    public void setDebut(String debut) {
      this.debut = debut;
    }

    public String getFin() {
      return fin;
    }

    public void setFin(String fin) {
      this.fin = fin;
    }

    public String getStagiaires() {
      return stagiaires;
    }

    public void setStagiaires(String stagiaires) {
      this.stagiaires = stagiaires;
    }

    public List<String> getScenarios() {
      return scenarios;
    }

    public void setScenarios(List<String> scenarios) {
      this.scenarios = scenarios == null ? new ArrayList<>() : scenarios;
    }
  }

  @InitBinder("demande")
  void champs(WebDataBinder binder) {
    binder.setAllowedFields("titre", "debut", "fin", "stagiaires", "scenarios");
  }

  @GetMapping({"/formation", "/formation/"})
  @AccesFormateur
  String accueil() {
    return "redirect:" + LISTE;
  }

  @GetMapping(LISTE)
  @AccesFormateur
  String liste(Model model) {
    Map<String, String> titres = titres();
    model.addAttribute("titre", "Sessions de formation");
    model.addAttribute("sessions", sessions.sessions());
    model.addAttribute("titres", titres);
    model.addAttribute("maintenant", horloge.instant());
    return "formation/sessions";
  }

  @GetMapping(LISTE + "/nouvelle")
  @AccesFormateur
  String nouvelle(Model model) {
    Saisie saisie = new Saisie();
    saisie.setDebut(LocalDate.now(horloge).toString());
    saisie.setFin(LocalDate.now(horloge).plusDays(4).toString());
    saisie.setStagiaires("2");
    return formulaire(model, saisie, "Nouvelle session");
  }

  @PostMapping(LISTE)
  @AccesFormateur
  String creer(@ModelAttribute("demande") Saisie saisie, BindingResult erreurs, Model model, HttpServletResponse reponse) {
    LocalDate debut = date(saisie.getDebut(), "debut", erreurs);
    LocalDate fin = date(saisie.getFin(), "fin", erreurs);
    Integer stagiaires = nombre(saisie.getStagiaires(), erreurs);
    var demande = new SessionsDeFormation.NouvelleSession(saisie.getTitre(), debut, fin, stagiaires, saisie.getScenarios());
    // Every error at once: the page's own (a date it could not read) and the service's, each next to its field.
    rejeter(sessions.erreurs(demande), erreurs);
    if (erreurs.hasErrors()) {
      return formulaire(model, saisie, "Erreur : nouvelle session");
    }
    var creee = sessions.creer(demande, UtilisateurConnecte.idObligatoire());
    model.addAttribute("titre", "Session « " + saisie.getTitre().strip() + " » créée");
    model.addAttribute("fiche", sessions.session(creee.code()));
    model.addAttribute("comptes", creee.comptes());
    model.addAttribute("titres", titres());
    // Shown once: not kept by the browser's cache nor offered again by "back".
    reponse.setHeader("Cache-Control", "no-store");
    return "formation/session-creee";
  }

  @GetMapping(LISTE + "/{code}/fermer")
  @AccesFormateur
  String confirmerFermeture(@PathVariable String code, Model model) {
    var session = sessions.session(code);
    model.addAttribute("titre", "Fermer la session « " + session.titre() + " »");
    model.addAttribute("fiche", session);
    model.addAttribute("titres", titres());
    return "formation/session-fermer";
  }

  @PostMapping(LISTE + "/{code}/fermer")
  @AccesFormateur
  String fermer(@PathVariable String code, org.springframework.web.servlet.mvc.support.RedirectAttributes suite) {
    var session = sessions.session(code);
    sessions.fermer(code);
    suite.addFlashAttribute("succes", new Succes("Session « " + session.titre() + " » fermée",
        "Ses " + session.stagiaires() + " comptes de stagiaires, leurs dossiers et leur historique sont supprimés."));
    return "redirect:" + LISTE;
  }

  /** The banner at the top of the next page. */
  record Succes(String titre, String texte) {}

  /** The page the security chain forwards to when a person other than a trainer opens one of these pages. */
  @RequestMapping(FormationSecurite.ACCES_REFUSE)
  ModelAndView accesRefuse() {
    return ErreursFormation.page(HttpStatus.FORBIDDEN, "Accès refusé", "Ces pages sont réservées aux formateurs du serveur de"
        + " formation. Un stagiaire travaille dans Tâches (Tasklist) : ouvrez Tasklist, ou déconnectez-vous puis connectez-vous avec"
        + " un compte de formateur.");
  }

  private String formulaire(Model model, Saisie saisie, String titre) {
    model.addAttribute("titre", titre);
    model.addAttribute("demande", saisie);
    model.addAttribute("scenarios", scenarios.charger());
    model.addAttribute("stagiairesMax", SessionsDeFormation.STAGIAIRES_MAX);
    return "formation/session-nouvelle";
  }

  private Map<String, String> titres() {
    return scenarios.charger().stream().collect(Collectors.toMap(Scenario::fichier, Scenario::titre, (a, b) -> a,
        java.util.LinkedHashMap::new));
  }

  /** Each of the service's field errors next to its field; a field the page already refused keeps its own. */
  private static void rejeter(List<ErreurChamp> refus, BindingResult erreurs) {
    for (ErreurChamp e : refus) {
      if (erreurs.getFieldError(e.champ()) == null) {
        erreurs.rejectValue(e.champ(), "regle", e.message());
      }
    }
  }

  private static LocalDate date(String texte, String champ, BindingResult erreurs) {
    if (texte == null || texte.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(texte.strip());
    } catch (DateTimeParseException e) {
      erreurs.rejectValue(champ, "date", "Saisissez une date réelle, par exemple 07/12/2026.");
      return null;
    }
  }

  private static Integer nombre(String texte, BindingResult erreurs) {
    if (texte == null || texte.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(texte.strip());
    } catch (NumberFormatException e) {
      erreurs.rejectValue("stagiaires", "nombre", "Indiquez le nombre de stagiaires en chiffres, de 1 à "
          + SessionsDeFormation.STAGIAIRES_MAX + ".");
      return null;
    }
  }
}
