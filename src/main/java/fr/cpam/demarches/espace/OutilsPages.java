package fr.cpam.demarches.espace;

import fr.cpam.demarches.commun.ErreurMetier;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.delais.DelaisTraitement;
import fr.cpam.demarches.indemnites.SimulationIndemnites;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The two tools of Mon espace: "Délais de traitement" (a thématique, the day the request was
 * sent, "Valider": the date to expect an answer, as a sentence) and "Simuler mes indemnités
 * journalières" (the start date and three gross salaries: each step of the calculation). Both
 * ask the modules' services, which check what is typed with the API's words; nothing is recorded.
 */
@Controller
class OutilsPages {

  private final DelaisTraitement delais;
  private final SimulationIndemnites simulation;
  private final CompteService comptes;
  private final Clock horloge;

  OutilsPages(DelaisTraitement delais, SimulationIndemnites simulation, CompteService comptes, Clock horloge) {
    this.delais = delais;
    this.simulation = simulation;
    this.comptes = comptes;
    this.horloge = horloge;
  }

  /** "Délais de traitement": what is typed. */
  static class Delai {
    private String thematique;
    private String dateEnvoi;

    public String getThematique() {
      return thematique;
    }

    public void setThematique(String thematique) {
      this.thematique = thematique;
    }

    public String getDateEnvoi() {
      return dateEnvoi;
    }

    public void setDateEnvoi(String dateEnvoi) {
      this.dateEnvoi = dateEnvoi;
    }
  }

  /** "Simuler mes indemnités journalières": what is typed (amounts as typed, with a comma or a dot). */
  static class Simulation {
    private String dateDebutArret;
    private String salaire1;
    private String salaire2;
    private String salaire3;

    public String getDateDebutArret() {
      return dateDebutArret;
    }

    public void setDateDebutArret(String dateDebutArret) {
      this.dateDebutArret = dateDebutArret;
    }

    public String getSalaire1() {
      return salaire1;
    }

    public void setSalaire1(String salaire1) {
      this.salaire1 = salaire1;
    }

    public String getSalaire2() {
      return salaire2;
    }

    public void setSalaire2(String salaire2) {
      this.salaire2 = salaire2;
    }

    public String getSalaire3() {
      return salaire3;
    }

    public void setSalaire3(String salaire3) {
      this.salaire3 = salaire3;
    }

    /** The three salaries' group, for the error that concerns all three. */
    public String getSalaires() {
      return null;
    }
  }

  @InitBinder("delai")
  void champsDelai(WebDataBinder binder) {
    binder.setAllowedFields("thematique", "dateEnvoi");
  }

  @InitBinder("simulation")
  void champsSimulation(WebDataBinder binder) {
    binder.setAllowedFields("dateDebutArret", "salaire1", "salaire2", "salaire3");
  }

  @GetMapping("/espace/delais")
  String delais(@ModelAttribute("delai") Delai saisie, BindingResult erreurs, Model model) {
    boolean valide = saisie.getThematique() != null;
    if (saisie.getDateEnvoi() == null) {
      saisie.setDateEnvoi(LocalDate.now(horloge).toString());
    }
    if (valide) {
      LocalDate envoi = Erreurs.date(saisie.getDateEnvoi(), "dateEnvoi", erreurs);
      try {
        var compte = comptes.compteConnecte();
        DelaisTraitement.Delai reponse = delais.estimer(saisie.getThematique(), envoi, DemarchesController.cpam(compte));
        if (!erreurs.hasErrors()) {
          model.addAttribute("reponse", reponse);
        }
      } catch (ErreurMetier refus) {
        Erreurs.rejeter(refus, erreurs, Map.of());
      }
    }
    model.addAttribute("thematiques", delais.thematiques());
    model.addAttribute("titre", (erreurs.hasErrors() ? "Erreur : " : "") + "Délais de traitement");
    return "espace/delais";
  }

  @GetMapping("/espace/simulation-indemnites")
  String simulation(Model model) {
    model.addAttribute("simulation", new Simulation());
    model.addAttribute("titre", "Simuler mes indemnités journalières");
    return "espace/simulation";
  }

  @PostMapping("/espace/simulation-indemnites")
  String simuler(@ModelAttribute("simulation") Simulation saisie, BindingResult erreurs, Model model) {
    LocalDate debut = Erreurs.date(saisie.getDateDebutArret(), "dateDebutArret", erreurs);
    List<BigDecimal> salaires = new ArrayList<>();
    salaires.add(montant(saisie.getSalaire1(), "salaire1", erreurs));
    salaires.add(montant(saisie.getSalaire2(), "salaire2", erreurs));
    salaires.add(montant(saisie.getSalaire3(), "salaire3", erreurs));
    try {
      SimulationIndemnites.Simulation resultat = simulation.simuler(debut, salaires);
      if (!erreurs.hasErrors()) {
        model.addAttribute("resultat", resultat);
      }
    } catch (ErreurMetier refus) {
      Erreurs.rejeter(refus, erreurs, Map.of("salairesBruts[0]", "salaire1", "salairesBruts[1]", "salaire2",
          "salairesBruts[2]", "salaire3", "salairesBruts", "salaires"));
    }
    model.addAttribute("titre", (erreurs.hasErrors() ? "Erreur : " : "") + "Simuler mes indemnités journalières");
    return "espace/simulation";
  }


  private static BigDecimal montant(String texte, String champ, BindingResult erreurs) {
    if (texte == null || texte.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(texte.strip().replace(" ", "").replace("\u00a0", "").replace("€", "").replace(',', '.'));
    } catch (NumberFormatException e) {
      erreurs.rejectValue(champ, "montant", "Saisissez un montant en euros, par exemple 2 150,40.");
      return null;
    }
  }
}
