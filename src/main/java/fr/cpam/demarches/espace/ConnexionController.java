package fr.cpam.demarches.espace;

import fr.cpam.demarches.connexion.CodeUnique;
import fr.cpam.demarches.connexion.FranceConnect;
import fr.cpam.demarches.engine.securite.SecondFacteurRequis;
import fr.cpam.demarches.engine.securite.SessionWebapps;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page of Mon espace and of Tasklist: one form, one session for both. A citizen lands
 * on her pages (or the page she asked for), an agent in Tasklist, an analyst in Cockpit, a trainer
 * on the training sessions. The same answer for an unknown identifier as for a wrong code. Where
 * the one-time code is switched on ({@link CodeUnique}), a citizen whose personal code is right
 * types the 6 digits sent by e-mail on a second page before anything opens.
 */
@Controller
class ConnexionController {

  static final String VUE = "espace/connexion";
  static final String VUE_CODE_UNIQUE = "espace/code-unique";

  private final SessionWebapps sessions;
  private final CodeUnique codeUnique;
  private final FranceConnect franceConnect;

  ConnexionController(SessionWebapps sessions, CodeUnique codeUnique, FranceConnect franceConnect) {
    this.sessions = sessions;
    this.codeUnique = codeUnique;
    this.franceConnect = franceConnect;
  }

  /** What the form sends. */
  static class Saisie {
    private String identifiant;
    private String code;

    public String getIdentifiant() {
      return identifiant;
    }

    public void setIdentifiant(String identifiant) {
      this.identifiant = identifiant;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }
  }

  /** What the one-time code's form sends. */
  static class SaisieCode {
    private String code;

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }
  }

  @InitBinder("connexion")
  void champs(WebDataBinder binder) {
    binder.setAllowedFields("identifiant", "code");
  }

  @InitBinder("saisie")
  void champCode(WebDataBinder binder) {
    binder.setAllowedFields("code");
  }

  @GetMapping(EspaceSecurite.CONNEXION)
  String page(
      @RequestParam(required = false) String suite,
      @RequestParam(required = false) String deconnexion,
      HttpServletRequest request,
      Model model) {
    Optional<SessionWebapps.Connecte> deja = sessions.connecte(request);
    if (deja.isPresent()) {
      return "redirect:" + destination(deja.get(), suite);
    }
    model.addAttribute("connexion", new Saisie());
    model.addAttribute("suite", Destinations.sure(suite).orElse(null));
    model.addAttribute("deconnecte", deconnexion != null);
    model.addAttribute("titre", "Se connecter");
    return VUE;
  }

  @PostMapping(EspaceSecurite.CONNEXION)
  String connecter(
      @ModelAttribute("connexion") Saisie saisie,
      BindingResult erreurs,
      @RequestParam(required = false) String suite,
      HttpServletRequest request,
      Model model) {
    if (saisie.getIdentifiant() == null || saisie.getIdentifiant().isBlank()) {
      erreurs.rejectValue("identifiant", "obligatoire",
          "Saisissez votre numéro de sécurité sociale (13 caractères, sans la clé) ou votre identifiant d'agent.");
    }
    if (saisie.getCode() == null || saisie.getCode().isEmpty()) {
      erreurs.rejectValue("code", "obligatoire", "Saisissez votre code personnel ou votre mot de passe.");
    }
    if (!erreurs.hasErrors()) {
      try {
        Optional<SessionWebapps.Connecte> connecte = sessions.connecter(request, saisie.getIdentifiant(), saisie.getCode());
        if (connecte.isPresent()) {
          return "redirect:" + destination(connecte.get(), suite);
        }
        erreurs.reject("sans-acces",
            "Votre identifiant et votre code sont corrects, mais votre profil ne donne accès à aucune page de cette"
                + " application : il sert aux échanges entre logiciels. Adressez-vous à l'administrateur de votre compte.");
      } catch (SecondFacteurRequis requis) {
        // The personal code is right: the 6 digits by e-mail, then the second page.
        if (codeUnique.envoyer(request.getSession(), requis.utilisateur(), requis.groupes()).isPresent()) {
          return "redirect:" + EspaceSecurite.CONNEXION_CODE_UNIQUE + parametreSuite(suite);
        }
        erreurs.reject("code-unique-non-envoye",
            "Votre code personnel est correct, mais le code à usage unique n'a pas pu vous être envoyé : votre compte"
                + " n'a pas d'adresse électronique, ou l'envoi a échoué. Réessayez dans quelques minutes, ou appelez"
                + " votre CPAM au 3646.");
      } catch (AuthenticationException refus) {
        erreurs.rejectValue("code", "refuse", refus.getMessage());
      }
    }
    return pageEnErreur(saisie, suite, model);
  }

  private static String pageEnErreur(Saisie saisie, String suite, Model model) {
    saisie.setCode(null);
    model.addAttribute("connexion", saisie);
    model.addAttribute("suite", Destinations.sure(suite).orElse(null));
    model.addAttribute("deconnecte", false);
    model.addAttribute("titre", "Erreur : se connecter");
    return VUE;
  }

  /** The second page of a login with a one-time code: only while one waits in this session. */
  @GetMapping(EspaceSecurite.CONNEXION_CODE_UNIQUE)
  String pageCodeUnique(@RequestParam(required = false) String suite, HttpServletRequest request, Model model) {
    Optional<String> adresse = codeUnique.enAttente(request.getSession(false));
    if (adresse.isEmpty()) {
      return "redirect:" + EspaceSecurite.CONNEXION + parametreSuite(suite);
    }
    return pageCodeUnique(new SaisieCode(), adresse.get(), suite, "Code à usage unique", model);
  }

  @PostMapping(EspaceSecurite.CONNEXION_CODE_UNIQUE)
  String verifierCodeUnique(
      @ModelAttribute("saisie") SaisieCode saisie,
      BindingResult erreurs,
      @RequestParam(required = false) String suite,
      HttpServletRequest request,
      Model model) {
    Optional<String> adresse = codeUnique.enAttente(request.getSession(false));
    if (adresse.isPresent() && (saisie.getCode() == null || saisie.getCode().isBlank())) {
      erreurs.rejectValue("code", "obligatoire", "Saisissez le code à 6 chiffres reçu par courriel.");
      return pageCodeUnique(saisie, adresse.get(), suite, "Erreur : code à usage unique", model);
    }
    CodeUnique.Verification verification = codeUnique.verifier(request.getSession(false), saisie.getCode());
    if (verification instanceof CodeUnique.Valide valide) {
      Optional<SessionWebapps.Connecte> connecte = sessions.ouvrir(request, valide.utilisateur(), valide.groupes());
      if (connecte.isPresent()) {
        return "redirect:" + destination(connecte.get(), suite);
      }
      return "redirect:" + EspaceSecurite.CONNEXION;
    }
    CodeUnique.Refus refus = (CodeUnique.Refus) verification;
    if (refus.recommencer()) {
      // The attempt is over (expired, three wrong codes, a lock): back to the personal code.
      Saisie nouvelle = new Saisie();
      BindingResult erreursConnexion = new BeanPropertyBindingResult(nouvelle, "connexion");
      erreursConnexion.reject("code-unique", refus.message());
      model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "connexion", erreursConnexion);
      return pageEnErreur(nouvelle, suite, model);
    }
    erreurs.rejectValue("code", "refuse", refus.message());
    saisie.setCode(null);
    return pageCodeUnique(saisie, adresse.orElse(""), suite, "Erreur : code à usage unique", model);
  }

  private static String pageCodeUnique(SaisieCode saisie, String adresse, String suite, String titre, Model model) {
    model.addAttribute("saisie", saisie);
    model.addAttribute("adresse", adresse);
    model.addAttribute("suite", Destinations.sure(suite).orElse(null));
    model.addAttribute("titre", titre);
    return VUE_CODE_UNIQUE;
  }

  private static String parametreSuite(String suite) {
    return Destinations.sure(suite).map(s -> "?suite=" + URLEncoder.encode(s, StandardCharsets.UTF_8)).orElse("");
  }

  /** Ends the session; one opened through FranceConnect ends at the provider too. */
  @PostMapping("/espace/deconnexion")
  String deconnecter(HttpServletRequest request) {
    Optional<String> chezLeFournisseur = franceConnect.finDeSession(request);
    sessions.fermer(request);
    return "redirect:" + chezLeFournisseur.orElse(EspaceSecurite.CONNEXION + "?deconnexion");
  }

  private static String destination(SessionWebapps.Connecte connecte, String suite) {
    Optional<String> demandee = Destinations.sure(suite);
    if (connecte.estAssure()) {
      return demandee.filter(d -> d.startsWith("/espace/") || d.startsWith("/camunda/app/tasklist/"))
          .orElse("/espace/");
    }
    if (connecte.estFormateur() && connecte.premiereApplication().isEmpty()) {
      // A trainer of a training server: the sessions' pages (they check the role themselves).
      return demandee.filter(d -> d.startsWith("/formation/")).orElse("/formation/sessions");
    }
    return demandee
        .filter(d -> connecte.applications().stream().anyMatch(a -> d.startsWith("/camunda/app/" + a + "/")))
        .orElseGet(() -> "/camunda/app/" + connecte.premiereApplication().orElse("tasklist") + "/");
  }
}
