package fr.cpam.demarches.espace;

import fr.cpam.demarches.cartevitale.MaCarteVitale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * "Ma carte Vitale": each person of the account with her cards and their state, her dossiers
 * (each with its attestation de droits after a declaration), and the démarches the rules allow
 * her now (declare a loss or theft, order a first card), started in her tasks.
 */
@Controller
class CartePages {

  private final MaCarteVitale carte;
  private final Tasklist tasklist;

  CartePages(MaCarteVitale carte, Tasklist tasklist) {
    this.carte = carte;
    this.tasklist = tasklist;
  }

  @GetMapping("/espace/carte-vitale")
  String page(Model model) {
    model.addAttribute("titre", "Ma carte Vitale");
    model.addAttribute("personnes", carte.personnes());
    model.addAttribute("tasklist", Tasklist.ACCUEIL);
    return "espace/carte-vitale";
  }
}
