package fr.cpam.demarches.espace;

import fr.cpam.demarches.commun.ErreurMetier;
import fr.cpam.demarches.messagerie.ConversationVue;
import fr.cpam.demarches.messagerie.Fichier;
import fr.cpam.demarches.messagerie.MessagerieService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Messagerie of Mon espace: the inbox by pages of 20, a conversation (reading it marks it as
 * read), the answer or the requested complement, "Écrire un message". Every check is the
 * messagerie's own (the API's): each field in error is shown next to its field, nothing is sent.
 */
@Controller
class MessageriePages {

  static final int TAILLE = 20;

  private final MessagerieService messagerie;

  MessageriePages(MessagerieService messagerie) {
    this.messagerie = messagerie;
  }

  /** What "Écrire un message" sends (the attachments come as files, apart). */
  static class NouveauMessage {
    private String motif;
    private String type = "question";
    private String objet;
    private String texte;

    public String getMotif() {
      return motif;
    }

    public void setMotif(String motif) {
      this.motif = motif;
    }

    public String getType() {
      return type;
    }

    public void setType(String type) {
      this.type = type;
    }

    public String getObjet() {
      return objet;
    }

    public void setObjet(String objet) {
      this.objet = objet;
    }

    public String getTexte() {
      return texte;
    }

    public void setTexte(String texte) {
      this.texte = texte;
    }

    /** The attachments' field, for its errors (the files themselves come apart). */
    public String getPiecesJointes() {
      return null;
    }
  }

  /** An answer in a conversation. */
  static class Reponse {
    private String texte;

    public String getTexte() {
      return texte;
    }

    public void setTexte(String texte) {
      this.texte = texte;
    }

    /** The attachments' field, for its errors (the files themselves come apart). */
    public String getPiecesJointes() {
      return null;
    }
  }

  @InitBinder("message")
  void champsMessage(WebDataBinder binder) {
    binder.setAllowedFields("motif", "type", "objet", "texte");
  }

  @InitBinder("reponse")
  void champsReponse(WebDataBinder binder) {
    binder.setAllowedFields("texte");
  }

  @GetMapping("/espace/messagerie")
  String boite(@RequestParam(defaultValue = "0") String page, Model model) {
    model.addAttribute("titre", "Messagerie");
    model.addAttribute("boite", messagerie.boite(Math.min(DemarchesController.numero(page), 500), TAILLE));
    return "espace/messagerie";
  }

  @GetMapping("/espace/messagerie/nouveau")
  String nouveau(Model model) {
    model.addAttribute("message", new NouveauMessage());
    return formulaire(model, false);
  }

  @PostMapping("/espace/messagerie/nouveau")
  String envoyer(
      @ModelAttribute("message") NouveauMessage message,
      BindingResult erreurs,
      @RequestParam(name = "piecesJointes", required = false) List<MultipartFile> piecesJointes,
      Model model,
      RedirectAttributes redirection) {
    try {
      String reference = messagerie.ecrire(message.getMotif(), message.getType(), message.getObjet(), message.getTexte(),
          fichiers(piecesJointes));
      redirection.addFlashAttribute("succes", new Succes("Message envoyé",
          "Votre référence : " + reference + ". Votre CPAM vous répond dans cette conversation ; vous la retrouvez aussi"
              + " dans « Mes démarches »."));
      return "redirect:/espace/messagerie/" + reference;
    } catch (ErreurMetier refus) {
      Erreurs.rejeter(refus, erreurs, Map.of("piecesJointes", "piecesJointes"));
      return formulaire(model, true);
    }
  }

  @GetMapping("/espace/messagerie/{reference}")
  String conversation(@PathVariable String reference, Model model) {
    model.addAttribute("reponse", new Reponse());
    return conversation(reference, model, false);
  }

  @PostMapping("/espace/messagerie/{reference}/reponse")
  String repondre(
      @PathVariable String reference,
      @ModelAttribute("reponse") Reponse reponse,
      BindingResult erreurs,
      @RequestParam(name = "piecesJointes", required = false) List<MultipartFile> piecesJointes,
      Model model,
      RedirectAttributes redirection) {
    try {
      messagerie.repondreA(reference, reponse.getTexte(), fichiers(piecesJointes));
      redirection.addFlashAttribute("succes", new Succes("Réponse envoyée", "Votre CPAM la lit dans votre dossier " + reference + "."));
      return "redirect:/espace/messagerie/" + reference;
    } catch (ErreurMetier refus) {
      if (refus.statut().value() == 404) {
        throw refus;
      }
      Erreurs.rejeter(refus, erreurs, Map.of("piecesJointes", "piecesJointes", "reference", ""));
      return conversation(reference, model, true);
    }
  }

  private String conversation(String reference, Model model, boolean enErreur) {
    ConversationVue conversation = messagerie.lireEtMarquerLue(reference);
    model.addAttribute("conversation", conversation);
    model.addAttribute("titre", (enErreur ? "Erreur : " : "") + conversation.objet());
    return "espace/conversation";
  }

  private String formulaire(Model model, boolean enErreur) {
    model.addAttribute("titre", (enErreur ? "Erreur : " : "") + "Écrire un message");
    model.addAttribute("motifs", MessagerieService.motifs());
    model.addAttribute("types", MessagerieService.types());
    return "espace/message-nouveau";
  }

  /** The files chosen; a file field left empty sends one nameless empty part, which is no file. */
  static List<Fichier> fichiers(List<MultipartFile> parties) {
    if (parties == null) {
      return List.of();
    }
    return parties.stream()
        .filter(p -> !(p.isEmpty() && (p.getOriginalFilename() == null || p.getOriginalFilename().isBlank())))
        .map(p -> {
          try {
            return new Fichier(p.getOriginalFilename(), p.getContentType(), p.getBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        })
        .toList();
  }
}
