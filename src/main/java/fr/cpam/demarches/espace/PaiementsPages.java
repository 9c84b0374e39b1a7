package fr.cpam.demarches.espace;

import fr.cpam.demarches.commun.ErreurMetier;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.paiements.MesPaiements;
import fr.cpam.demarches.paiements.PaiementService;
import fr.cpam.demarches.paiements.RelevePaiements;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * "Mes paiements" of Mon espace: the tutorial's filters (période du / au, bénéficiaire, nature),
 * the page of payments, the totals of the selection, the next payment planned, and the PDF relevé
 * of the filtered list. The filters are checked by the payments' service (the API's words).
 */
@Controller
class PaiementsPages {

  static final int TAILLE = 20;

  private final PaiementService paiements;
  private final RelevePaiements releve;
  private final CompteService comptes;

  PaiementsPages(PaiementService paiements, RelevePaiements releve, CompteService comptes) {
    this.paiements = paiements;
    this.releve = releve;
    this.comptes = comptes;
  }

  /** The filters as typed (dates as the date fields send them: AAAA-MM-JJ). */
  static class Filtres {
    private String du;
    private String au;
    private String beneficiaire;
    private String nature;

    public String getDu() {
      return du;
    }

    public void setDu(String du) {
      this.du = du;
    }

    public String getAu() {
      return au;
    }

    public void setAu(String au) {
      this.au = au;
    }

    public String getBeneficiaire() {
      return beneficiaire;
    }

    public void setBeneficiaire(String beneficiaire) {
      this.beneficiaire = beneficiaire;
    }

    public String getNature() {
      return nature;
    }

    public void setNature(String nature) {
      this.nature = nature;
    }
  }

  @InitBinder("filtres")
  void champs(WebDataBinder binder) {
    binder.setAllowedFields("du", "au", "beneficiaire", "nature");
  }

  @GetMapping("/espace/paiements")
  String page(@ModelAttribute("filtres") Filtres filtres, BindingResult erreurs, @RequestParam(defaultValue = "0") String page, Model model) {
    Assure compte = comptes.compteConnecte();
    model.addAttribute("beneficiaires", compte.beneficiaires());
    model.addAttribute("natures", PaiementService.natures());
    model.addAttribute("prochain", paiements.prochainPaiement(compte).orElse(null));
    MesPaiements.Filtres lus = lire(filtres, erreurs);
    if (!erreurs.hasErrors()) {
      try {
        MesPaiements.Page resultat = paiements.consulter(compte, lus, Math.min(DemarchesController.numero(page), 10_000), TAILLE);
        model.addAttribute("resultat", resultat);
        if (filtres.getDu() == null || filtres.getDu().isBlank()) {
          filtres.setDu(resultat.periode().du().toString());
        }
        if (filtres.getAu() == null || filtres.getAu().isBlank()) {
          filtres.setAu(resultat.periode().au().toString());
        }
      } catch (ErreurMetier refus) {
        Erreurs.rejeter(refus, erreurs, Map.of("page", "", "taille", ""));
      }
    }
    model.addAttribute("titre", (erreurs.hasErrors() ? "Erreur : " : "") + "Mes paiements");
    return "espace/paiements";
  }

  /** The relevé of the filtered list, as a PDF; a wrong filter shows the page with its errors. */
  @GetMapping("/espace/paiements/releve")
  Object releve(@ModelAttribute("filtres") Filtres filtres, BindingResult erreurs, Model model) {
    MesPaiements.Filtres lus = lire(filtres, erreurs);
    if (!erreurs.hasErrors()) {
      try {
        RelevePaiements.Document document = releve.pdf(comptes.compteConnecte(), lus);
        return ResponseEntity.ok()
            .contentType(MediaType.APPLICATION_PDF)
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.nomFichier()).build().toString())
            .body(document.contenu());
      } catch (ErreurMetier refus) {
        Erreurs.rejeter(refus, erreurs, Map.of("page", "", "taille", ""));
      }
    }
    Assure compte = comptes.compteConnecte();
    model.addAttribute("beneficiaires", compte.beneficiaires());
    model.addAttribute("natures", PaiementService.natures());
    model.addAttribute("prochain", paiements.prochainPaiement(compte).orElse(null));
    model.addAttribute("titre", "Erreur : Mes paiements");
    return "espace/paiements";
  }

  private static MesPaiements.Filtres lire(Filtres f, BindingResult erreurs) {
    return new MesPaiements.Filtres(Erreurs.date(f.getDu(), "du", erreurs), Erreurs.date(f.getAu(), "au", erreurs), f.getBeneficiaire(), f.getNature());
  }

}
