package fr.cpam.demarches.espace;

import fr.cpam.demarches.cartevitale.MaCarteVitale;
import fr.cpam.demarches.commun.ErreurMetier;
import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import java.io.IOException;
import java.io.InputStream;
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
 * The photo and the identity document a carte Vitale dossier waits for, sent from the space
 * ({@code /espace/demarches/{reference}/pieces}). A Tasklist task may link here with
 * {@code ?retour=} (an address of this application): the person goes back there afterwards.
 */
@Controller
class PiecesPages {

  private final MaCarteVitale carte;
  private final MesDemarches demarches;
  private final CompteService comptes;

  PiecesPages(MaCarteVitale carte, MesDemarches demarches, CompteService comptes) {
    this.carte = carte;
    this.demarches = demarches;
    this.comptes = comptes;
  }

  /** The two files' fields, for their errors (the files come apart). */
  static class Pieces {
    public String getPhoto() {
      return null;
    }

    public String getPieceIdentite() {
      return null;
    }
  }

  @InitBinder("pieces")
  void champs(WebDataBinder binder) {
    binder.setAllowedFields();
  }

  @GetMapping("/espace/demarches/{reference}/pieces")
  String page(@PathVariable String reference, @RequestParam(required = false) String retour, Model model) {
    model.addAttribute("pieces", new Pieces());
    return page(reference, retour, model, false);
  }

  @PostMapping("/espace/demarches/{reference}/pieces")
  String envoyer(
      @PathVariable String reference,
      @ModelAttribute("pieces") Pieces pieces,
      BindingResult erreurs,
      @RequestParam(name = "photo", required = false) MultipartFile photo,
      @RequestParam(name = "pieceIdentite", required = false) MultipartFile pieceIdentite,
      @RequestParam(required = false) String retour,
      Model model,
      RedirectAttributes redirection) throws IOException {
    try (InputStream p = flux(photo); InputStream i = flux(pieceIdentite)) {
      carte.transmettrePieces(reference, nom(photo), type(photo), p, nom(pieceIdentite), type(pieceIdentite), i);
      redirection.addFlashAttribute("succes", new Succes("Photo et pièce d'identité envoyées",
          "Votre CPAM les vérifie puis commande la carte. Dossier " + reference + "."));
      return "redirect:" + Destinations.sure(retour).orElse("/espace/demarches/" + reference);
    } catch (ErreurMetier refus) {
      if (refus.statut().value() == 404) {
        throw refus;
      }
      Erreurs.rejeter(refus, erreurs, Map.of());
      return page(reference, retour, model, true);
    }
  }

  private String page(String reference, String retour, Model model, boolean enErreur) {
    MesDemarches.Ligne ligne = demarches.dossier(UtilisateurConnecte.idObligatoire(),
            DemarchesController.cpam(comptes.compteConnecte()), reference)
        .filter(l -> reference.startsWith("CV-"))
        .orElseThrow(() -> new IntrouvableException("Aucune de vos démarches de carte Vitale n'a la référence " + reference + "."));
    model.addAttribute("ligne", ligne);
    model.addAttribute("retour", Destinations.sure(retour).orElse(null));
    model.addAttribute("titre", (enErreur ? "Erreur : " : "") + "Envoyer la photo et la pièce d'identité");
    return "espace/pieces";
  }

  private static InputStream flux(MultipartFile fichier) throws IOException {
    return fichier == null ? InputStream.nullInputStream() : fichier.getInputStream();
  }

  private static String nom(MultipartFile fichier) {
    return fichier == null || fichier.getOriginalFilename() == null ? "" : fichier.getOriginalFilename();
  }

  private static String type(MultipartFile fichier) {
    return fichier == null ? null : fichier.getContentType();
  }
}
