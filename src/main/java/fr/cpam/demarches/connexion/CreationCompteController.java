package fr.cpam.demarches.connexion;

import fr.cpam.demarches.compte.Nir;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * « Créer un compte » ({@link CreationCompte}): the identity form, the page that says a link was
 * sent, the choice of the code from that link, the page that says the account is created. Errors
 * of form next to their field and in a summary (HTTP 422), an identity unknown to the CPAM as an
 * error of the form (422), the hourly limits likewise (429), a link used or expired as a page that
 * says what to do (410).
 */
@Controller
@RequestMapping("/connexion/creer-compte")
class CreationCompteController {

  static final String VUE = "connexion/creer-compte";
  static final String VUE_CODE = "connexion/creer-compte-code";
  static final String VUE_LIEN_INVALIDE = "connexion/creer-compte-lien-invalide";

  private final CreationCompte creation;
  private final String adressePublique;
  private final Clock horloge;

  CreationCompteController(
      CreationCompte creation,
      @Value("${cpam.connexion.creation-compte.adresse-publique:}") String adressePublique,
      Clock horloge) {
    this.creation = creation;
    this.horloge = horloge;
    this.adressePublique = adressePublique.endsWith("/") ? adressePublique.substring(0, adressePublique.length() - 1) : adressePublique;
  }

  @InitBinder("demande")
  void champs(WebDataBinder binder) {
    binder.setAllowedFields("nir", "nom", "prenom", "dateNaissance", "email");
  }

  @InitBinder("choix")
  void champsDuCode(WebDataBinder binder) {
    binder.setAllowedFields("jeton", "code", "confirmation");
  }

  @GetMapping
  String formulaire(@ModelAttribute("demande") DemandeCreationCompte demande) {
    return VUE;
  }

  @PostMapping
  String demander(
      @Valid @ModelAttribute("demande") DemandeCreationCompte demande,
      BindingResult erreurs,
      HttpServletRequest requete,
      HttpServletResponse reponse) {
    Optional<String> nirInvalide = Nir.valider(demande.getNir());
    if (nirInvalide.isPresent()) {
      erreurs.rejectValue("nir", "nir", nirInvalide.get());
    }
    LocalDate naissance = date(demande.getDateNaissance(), erreurs);
    if (erreurs.hasErrors()) {
      reponse.setStatus(422);
      return VUE;
    }
    String site = adressePublique.isEmpty() ? ServletUriComponentsBuilder.fromContextPath(requete).toUriString() : adressePublique;
    CreationCompte.Issue issue = creation.demander(
        Nir.de("nir", demande.getNir()), demande.getNom(), demande.getPrenom(), naissance, demande.getEmail().strip(),
        requete.getRemoteAddr(), site);
    switch (issue) {
      case LIEN_ENVOYE -> {
        return "redirect:/connexion/creer-compte/lien-envoye";
      }
      case IDENTITE_NON_RECONNUE -> {
        erreurs.reject("identite",
            "Ces informations ne correspondent à aucun assuré de l'Assurance Maladie : vérifiez le numéro de sécurité"
                + " sociale (clé comprise), le nom, le prénom et la date de naissance tels qu'ils figurent sur votre"
                + " carte Vitale ou votre attestation de droits. S'ils sont exacts, appelez votre CPAM au 3646.");
        reponse.setStatus(422);
        return VUE;
      }
      case TROP_POUR_CE_NUMERO -> DemandesParHeure.refuserPourCeNumero(erreurs, "nir");
      case TROP_POUR_CE_DEMANDEUR -> DemandesParHeure.refuserPourCeDemandeur(erreurs);
    }
    reponse.setStatus(429);
    return VUE;
  }

  /** The birth date as the date field sends it (AAAA-MM-JJ): a real day, not in the future. */
  private LocalDate date(String texte, BindingResult erreurs) {
    if (texte == null || texte.isBlank()) {
      return null;
    }
    try {
      LocalDate date = LocalDate.parse(texte.strip());
      if (date.isAfter(LocalDate.now(horloge))) {
        erreurs.rejectValue("dateNaissance", "futur", "La date de naissance ne peut pas être dans le futur.");
      }
      return date;
    } catch (DateTimeParseException e) {
      erreurs.rejectValue("dateNaissance", "date", "Saisissez une date de naissance réelle, par exemple 12/04/1985.");
      return null;
    }
  }

  @GetMapping("/lien-envoye")
  String lienEnvoye() {
    return "connexion/creer-compte-lien-envoye";
  }

  /** The e-mail's link: the choice of the code, when the link is still valid (opening it uses nothing). */
  @GetMapping("/confirmer")
  String choisirLeCode(@RequestParam(name = "jeton", required = false) String jeton, Model model, HttpServletResponse reponse) {
    if (creation.lien(jeton).isEmpty()) {
      reponse.setStatus(410);
      return VUE_LIEN_INVALIDE;
    }
    ChoixDuCode choix = new ChoixDuCode();
    choix.setJeton(jeton);
    model.addAttribute("choix", choix);
    return VUE_CODE;
  }

  @PostMapping("/confirmer")
  String creer(@Valid @ModelAttribute("choix") ChoixDuCode choix, BindingResult erreurs, HttpServletResponse reponse) {
    Optional<CreationCompte.Lien> lien = creation.lien(choix.getJeton());
    if (lien.isEmpty()) {
      reponse.setStatus(410);
      return VUE_LIEN_INVALIDE;
    }
    if (!erreurs.hasFieldErrors("code") && !creation.codeAccepte(lien.get().nir(), choix.getCode())) {
      erreurs.rejectValue("code", "politique",
          "Choisissez un code de 4 chiffres difficile à deviner : ni un même chiffre répété (1111), ni une suite"
              + " (1234, 9876), ni deux chiffres répétés (1212), ni votre année ou votre mois de naissance.");
    }
    if (!erreurs.hasFieldErrors("code") && !erreurs.hasFieldErrors("confirmation")
        && !choix.getCode().equals(choix.getConfirmation())) {
      erreurs.rejectValue("confirmation", "differente", "Les deux codes saisis sont différents : saisissez deux fois le même code.");
    }
    if (erreurs.hasErrors()) {
      reponse.setStatus(422);
      return VUE_CODE;
    }
    switch (creation.creer(choix.getJeton(), choix.getCode())) {
      case CREE -> {
        return "redirect:/connexion/creer-compte/compte-cree";
      }
      case DEJA_UN_COMPTE -> {
        reponse.setStatus(409);
        return "connexion/creer-compte-deja-un-compte";
      }
      case CODE_REFUSE -> {
        erreurs.rejectValue("code", "politique", "Ce code n'est pas accepté : choisissez-en un autre.");
        reponse.setStatus(422);
        return VUE_CODE;
      }
      default -> {
        reponse.setStatus(410);
        return VUE_LIEN_INVALIDE;
      }
    }
  }

  @GetMapping("/compte-cree")
  String compteCree() {
    return "connexion/creer-compte-cree";
  }
}
