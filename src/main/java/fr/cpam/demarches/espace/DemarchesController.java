package fr.cpam.demarches.espace;

import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.delais.DelaisTraitement;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mes démarches": her dossiers and her beneficiaries', by pages, then one dossier with its
 * timeline. A reference that is not hers answers as one that does not exist.
 */
@Controller
class DemarchesController {

  private final MesDemarches demarches;
  private final CompteService comptes;

  DemarchesController(MesDemarches demarches, CompteService comptes) {
    this.demarches = demarches;
    this.comptes = comptes;
  }

  @GetMapping("/espace/demarches")
  String liste(@RequestParam(defaultValue = "0") String page, Model model) {
    Assure compte = comptes.compteConnecte();
    model.addAttribute("titre", "Mes démarches");
    model.addAttribute("demarches", demarches.page(UtilisateurConnecte.idObligatoire(), cpam(compte), numero(page)));
    return "espace/demarches";
  }

  @GetMapping("/espace/demarches/{reference}")
  String dossier(@PathVariable String reference, Model model) {
    Assure compte = comptes.compteConnecte();
    MesDemarches.Ligne ligne = demarches.dossier(UtilisateurConnecte.idObligatoire(), cpam(compte), reference)
        .orElseThrow(() -> new IntrouvableException("Aucune de vos démarches n'a la référence " + reference
            + ". Vérifiez l'adresse, ou retrouvez le dossier dans « Mes démarches »."));
    model.addAttribute("titre", ligne.dossier().demarche());
    model.addAttribute("ligne", ligne);
    return "espace/dossier";
  }

  static DelaisTraitement.Cpam cpam(Assure compte) {
    return new DelaisTraitement.Cpam(compte.cpam().code(), compte.cpam().libelle());
  }

  /** A page number as typed in the address: anything else than a number is the first page. */
  static int numero(String page) {
    try {
      return Math.max(0, Integer.parseInt(page.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
