package fr.cpam.demarches.espace;

import fr.cpam.demarches.cartevitale.CarteVitaleVues.PersonneVue;
import fr.cpam.demarches.cartevitale.MaCarteVitale;
import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.commun.ErreurMetier;
import fr.cpam.demarches.compte.CompteService;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Ma carte Vitale": each person of the account with her cards and their state, her dossiers
 * (each with its attestation de droits after a declaration), and the démarches the rules allow
 * her now, done on this site: declare a loss, theft or broken card, order a first card. The
 * checks are the carte Vitale module's (the API's and the Tasklist form's): each field in error
 * is shown next to its field, nothing is recorded.
 */
@Controller
class CartePages {

  /** The rule's field names that the form names otherwise. */
  private static final Map<String, String> CHAMPS = Map.of(
      "adresse.ligne1", "ligne1", "adresse.ligne2", "ligne2", "adresse.codePostal", "codePostal", "adresse.commune", "commune");

  private final MaCarteVitale carte;
  private final CompteService comptes;

  CartePages(MaCarteVitale carte, CompteService comptes) {
    this.carte = carte;
    this.comptes = comptes;
  }

  /** What the declaration and the order send; the motif and the commitment are the declaration's only. */
  static class Demande {
    private String beneficiaire;
    private String motif;
    private String ligne1;
    private String ligne2;
    private String codePostal;
    private String commune;
    private boolean engagementRestitution;

    public String getBeneficiaire() {
      return beneficiaire;
    }

    public void setBeneficiaire(String beneficiaire) {
      this.beneficiaire = beneficiaire;
    }

    public String getMotif() {
      return motif;
    }

    public void setMotif(String motif) {
      this.motif = motif;
    }

    public String getLigne1() {
      return ligne1;
    }

    public void setLigne1(String ligne1) {
      this.ligne1 = ligne1;
    }

    public String getLigne2() {
      return ligne2;
    }

    public void setLigne2(String ligne2) {
      this.ligne2 = ligne2;
    }

    public String getCodePostal() {
      return codePostal;
    }

    public void setCodePostal(String codePostal) {
      this.codePostal = codePostal;
    }

    public String getCommune() {
      return commune;
    }

    public void setCommune(String commune) {
      this.commune = commune;
    }

    public boolean isEngagementRestitution() {
      return engagementRestitution;
    }

    public void setEngagementRestitution(boolean engagementRestitution) {
      this.engagementRestitution = engagementRestitution;
    }
  }

  /** The two démarches of this page: which persons they are for, and their words. */
  enum Nature {
    DECLARATION("declaration", "Déclarer la perte ou le vol d'une carte Vitale", "Déclarer",
        p -> p.peutDeclarer() && !p.cartes().isEmpty()),
    COMMANDE("commande", "Commander une première carte Vitale", "Commander la carte", PersonneVue::peutCommander);

    final String adresse;
    final String titre;
    final String bouton;
    final Predicate<PersonneVue> possible;

    Nature(String adresse, String titre, String bouton, Predicate<PersonneVue> possible) {
      this.adresse = adresse;
      this.titre = titre;
      this.bouton = bouton;
      this.possible = possible;
    }
  }

  @InitBinder("demande")
  void champs(WebDataBinder binder) {
    binder.setAllowedFields("beneficiaire", "motif", "ligne1", "ligne2", "codePostal", "commune", "engagementRestitution");
  }

  @GetMapping("/espace/carte-vitale")
  String page(Model model) {
    model.addAttribute("titre", "Ma carte Vitale");
    model.addAttribute("personnes", carte.personnes());
    return "espace/carte-vitale";
  }

  /** The declaration's form; {@code personne}: her rank on "Ma carte Vitale", chosen beforehand in the list. */
  @GetMapping("/espace/carte-vitale/declaration")
  String declaration(@RequestParam(required = false) String personne, Model model) {
    return formulaire(Nature.DECLARATION, nouvelle(personne), model, false);
  }

  @GetMapping("/espace/carte-vitale/commande")
  String commande(@RequestParam(required = false) String personne, Model model) {
    return formulaire(Nature.COMMANDE, nouvelle(personne), model, false);
  }

  @PostMapping("/espace/carte-vitale/declaration")
  String declarer(@ModelAttribute("demande") Demande demande, BindingResult erreurs, Model model, RedirectAttributes redirection) {
    try {
      MaCarteVitale.Depose depose = carte.declarer(demande.getBeneficiaire(), demande.getMotif(), demande.getLigne1(),
          demande.getLigne2(), demande.getCodePostal(), demande.getCommune(), demande.isEngagementRestitution());
      redirection.addFlashAttribute("succes", new Succes(depose.nouveau() ? "Déclaration enregistrée" : "Déclaration déjà enregistrée",
          "Votre référence : " + depose.reference() + ". L'ancienne carte est mise en opposition : elle ne peut plus servir."
              + " Une nouvelle carte est commandée ; ce qui reste à faire est indiqué ci-dessous."));
      return "redirect:/espace/demarches/" + depose.reference();
    } catch (ErreurMetier refus) {
      Erreurs.rejeter(refus, erreurs, CHAMPS);
      return formulaire(Nature.DECLARATION, demande, model, true);
    }
  }

  @PostMapping("/espace/carte-vitale/commande")
  String commander(@ModelAttribute("demande") Demande demande, BindingResult erreurs, Model model, RedirectAttributes redirection) {
    try {
      MaCarteVitale.Depose depose = carte.commander(demande.getBeneficiaire(), demande.getLigne1(), demande.getLigne2(),
          demande.getCodePostal(), demande.getCommune());
      redirection.addFlashAttribute("succes", new Succes("Demande de carte enregistrée",
          "Votre référence : " + depose.reference() + ". La carte est fabriquée quand votre CPAM a vérifié la photo et la pièce"
              + " d'identité ; ce qui reste à faire est indiqué ci-dessous."));
      return "redirect:/espace/demarches/" + depose.reference();
    } catch (ErreurMetier refus) {
      Erreurs.rejeter(refus, erreurs, CHAMPS);
      return formulaire(Nature.COMMANDE, demande, model, true);
    }
  }

  /** A new request: the person chosen on "Ma carte Vitale" (by her rank, never her number in the address), the account's address. */
  private Demande nouvelle(String personne) {
    Demande demande = new Demande();
    List<PersonneVue> personnes = carte.personnes();
    try {
      int rang = Integer.parseInt(personne == null ? "" : personne);
      if (rang >= 0 && rang < personnes.size()) {
        demande.setBeneficiaire(personnes.get(rang).nir());
      }
    } catch (NumberFormatException aucune) {
      // No person chosen beforehand: she picks one in the list.
    }
    Adresse adresse = comptes.compteConnecte().adresse();
    if (adresse != null) {
      demande.setLigne1(adresse.getLigne1());
      demande.setLigne2(adresse.getLigne2());
      demande.setCodePostal(adresse.getCodePostal());
      demande.setCommune(adresse.getCommune());
    }
    return demande;
  }

  private String formulaire(Nature nature, Demande demande, Model model, boolean enErreur) {
    Map<String, String> personnes = new LinkedHashMap<>();
    personnes.put("", "Choisissez une personne");
    carte.personnes().stream().filter(nature.possible).forEach(p -> personnes.put(p.nir(), p.prenom() + " " + p.nom()));
    model.addAttribute("demande", demande);
    model.addAttribute("nature", nature.adresse);
    model.addAttribute("bouton", nature.bouton);
    model.addAttribute("personnes", personnes);
    model.addAttribute("motifs", carte.motifs());
    model.addAttribute("titre", (enErreur ? "Erreur : " : "") + nature.titre);
    return "espace/carte-demande";
  }
}
