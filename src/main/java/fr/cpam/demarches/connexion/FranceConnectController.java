package fr.cpam.demarches.connexion;

import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The pages of a FranceConnect return that opened nothing, each saying why and what to do; and
 * the address the provider sends the browser back to after its logout.
 */
@Controller
class FranceConnectController {

  static final String REFUS = "/connexion/franceconnect/refus";

  /** Why nobody was logged in, with the page's French words. */
  enum Motif {
    AUCUN(
        "Aucun compte ne correspond à votre identité",
        "FranceConnect vous a bien identifié(e), mais nous n'avons trouvé aucun compte de l'Assurance Maladie à"
            + " votre nom de naissance, vos prénoms, votre sexe, votre date et votre lieu de naissance.",
        "Connectez-vous avec votre numéro de sécurité sociale et votre code personnel. Si votre état civil a changé"
            + " ou semble mal enregistré, appelez votre CPAM au 3646 : elle le vérifiera. Vous n'avez pas encore de"
            + " compte ? Créez-le avec « Créer un compte », sous le formulaire de la page de connexion."),
    PLUSIEURS(
        "Votre identité correspond à plusieurs comptes",
        "FranceConnect vous a bien identifié(e), mais plusieurs comptes de l'Assurance Maladie ont le même nom de"
            + " naissance, les mêmes prénoms, le même sexe et la même date et le même lieu de naissance : nous ne"
            + " pouvons pas choisir à votre place.",
        "Connectez-vous avec votre numéro de sécurité sociale et votre code personnel, ou appelez votre CPAM au 3646"
            + " pour qu'elle rattache FranceConnect au bon compte."),
    EXPIRE(
        "La connexion avec FranceConnect a expiré",
        "Cette réponse de FranceConnect ne correspond à aucune connexion en cours : elle a déjà servi, elle a expiré,"
            + " ou elle a été ouverte dans un autre navigateur.",
        "Recommencez depuis la page de connexion."),
    ANNULE(
        "Connexion avec FranceConnect annulée",
        "Vous avez annulé la connexion sur FranceConnect : personne n'est connecté.",
        "Recommencez quand vous le souhaitez, ou connectez-vous avec votre numéro de sécurité sociale et votre code"
            + " personnel."),
    REFUS(
        "La connexion avec FranceConnect n'a pas abouti",
        "La réponse de FranceConnect n'a pas pu être vérifiée (signature, validité ou niveau de sécurité) : par"
            + " précaution, personne n'est connecté.",
        "Recommencez depuis la page de connexion. Si cela se reproduit, connectez-vous avec votre numéro de sécurité"
            + " sociale et votre code personnel, ou appelez votre CPAM au 3646.");

    final String titre;
    final String explication;
    final String quoiFaire;

    Motif(String titre, String explication, String quoiFaire) {
      this.titre = titre;
      this.explication = explication;
      this.quoiFaire = quoiFaire;
    }

    static Motif de(String texte) {
      return Arrays.stream(values())
          .filter(m -> m.name().toLowerCase(Locale.ROOT).equals(texte))
          .findFirst()
          .orElse(REFUS);
    }
  }

  @GetMapping(REFUS)
  String refus(@RequestParam(required = false) String motif, Model model) {
    Motif m = Motif.de(motif);
    model.addAttribute("titre", m.titre);
    model.addAttribute("explication", m.explication);
    model.addAttribute("quoiFaire", m.quoiFaire);
    return "connexion/franceconnect-refus";
  }

  /** Back from the provider's logout: the local session had already ended. */
  @GetMapping(FranceConnect.DECONNECTE)
  String deconnecte() {
    return "redirect:/espace/connexion?deconnexion";
  }
}
