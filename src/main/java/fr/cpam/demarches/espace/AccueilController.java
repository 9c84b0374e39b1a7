package fr.cpam.demarches.espace;

import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import fr.cpam.demarches.messagerie.MessagerieService;
import fr.cpam.demarches.paiements.PaiementService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: who she is, what waits for her, her payments, her dossiers under way. */
@Controller
class AccueilController {

  private final CompteService comptes;
  private final MessagerieService messagerie;
  private final PaiementService paiements;
  private final MesDemarches demarches;

  AccueilController(CompteService comptes, MessagerieService messagerie, PaiementService paiements, MesDemarches demarches) {
    this.comptes = comptes;
    this.messagerie = messagerie;
    this.paiements = paiements;
    this.demarches = demarches;
  }

  /** The home page shows at most this many dossiers in progress; "Mes démarches" has them all. */
  static final int DOSSIERS_EN_COURS = 5;

  @GetMapping({"/espace", "/espace/"})
  String accueil(Model model) {
    Assure compte = comptes.compteConnecte();
    model.addAttribute("titre", "Accueil");
    model.addAttribute("compte", compte);
    model.addAttribute("cpam", compte.cpam().libelle());
    model.addAttribute("nonLus", messagerie.nonLus());
    model.addAttribute("dernierPaiement", paiements.dernierPaiement(compte).orElse(null));
    model.addAttribute("prochainPaiement", paiements.prochainPaiement(compte).orElse(null));
    model.addAttribute("enCours",
        demarches.enCours(UtilisateurConnecte.idObligatoire(), DemarchesController.cpam(compte), DOSSIERS_EN_COURS));
    return "espace/accueil";
  }
}
