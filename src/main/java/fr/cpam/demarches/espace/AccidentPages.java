package fr.cpam.demarches.espace;

import fr.cpam.demarches.accidenttiers.DeclarerUnAccident;
import fr.cpam.demarches.commun.ErreurMetier;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Déclarer un accident causé par un tiers" in Mon espace: the victim among the persons of the
 * account, the accident, the third party, the report with its file, the medical consequences. The
 * checks are the accidenttiers module's (the API's and the Tasklist form's): every field in error
 * is shown next to its field, nothing is recorded; the same accident declared twice names its
 * dossier. Then the dossier's page in "Mes démarches".
 */
@Controller
class AccidentPages {

  static final String ADRESSE = "/espace/accident-tiers/declaration";

  private final DeclarerUnAccident accidents;

  AccidentPages(DeclarerUnAccident accidents) {
    this.accidents = accidents;
  }

  /** What the form sends (the file comes apart); the names are the API's, so that its errors land on their field. */
  static class Declaration {
    private String beneficiaire;
    private String dateAccident;
    private String lieu;
    private String natureAccident;
    private String circonstances;
    private String tiersConnu;
    private String tiersIdentite;
    private String assureurNom;
    private String assureurContrat;
    private String pvOuPlainte;
    private String pvReference;
    private String temoins;
    private boolean urgences;
    private boolean hospitalisation;
    private boolean arretTravail;
    private String referenceArret;
    private boolean soinsEnCours;
    private String complementaire;

    public String getBeneficiaire() {
      return beneficiaire;
    }

    public void setBeneficiaire(String beneficiaire) {
      this.beneficiaire = beneficiaire;
    }

    public String getDateAccident() {
      return dateAccident;
    }

    public void setDateAccident(String dateAccident) {
      this.dateAccident = dateAccident;
    }

    public String getLieu() {
      return lieu;
    }

    public void setLieu(String lieu) {
      this.lieu = lieu;
    }

    public String getNatureAccident() {
      return natureAccident;
    }

    public void setNatureAccident(String natureAccident) {
      this.natureAccident = natureAccident;
    }

    public String getCirconstances() {
      return circonstances;
    }

    public void setCirconstances(String circonstances) {
      this.circonstances = circonstances;
    }

    public String getTiersConnu() {
      return tiersConnu;
    }

    public void setTiersConnu(String tiersConnu) {
      this.tiersConnu = tiersConnu;
    }

    public String getTiersIdentite() {
      return tiersIdentite;
    }

    public void setTiersIdentite(String tiersIdentite) {
      this.tiersIdentite = tiersIdentite;
    }

    public String getAssureurNom() {
      return assureurNom;
    }

    public void setAssureurNom(String assureurNom) {
      this.assureurNom = assureurNom;
    }

    public String getAssureurContrat() {
      return assureurContrat;
    }

    public void setAssureurContrat(String assureurContrat) {
      this.assureurContrat = assureurContrat;
    }

    public String getPvOuPlainte() {
      return pvOuPlainte;
    }

    public void setPvOuPlainte(String pvOuPlainte) {
      this.pvOuPlainte = pvOuPlainte;
    }

    public String getPvReference() {
      return pvReference;
    }

    public void setPvReference(String pvReference) {
      this.pvReference = pvReference;
    }

    /** The report's file: its field, for its errors (the file itself comes apart). */
    public String getPiecePv() {
      return null;
    }

    public String getTemoins() {
      return temoins;
    }

    public void setTemoins(String temoins) {
      this.temoins = temoins;
    }

    public boolean isUrgences() {
      return urgences;
    }

    public void setUrgences(boolean urgences) {
      this.urgences = urgences;
    }

    public boolean isHospitalisation() {
      return hospitalisation;
    }

    public void setHospitalisation(boolean hospitalisation) {
      this.hospitalisation = hospitalisation;
    }

    public boolean isArretTravail() {
      return arretTravail;
    }

    public void setArretTravail(boolean arretTravail) {
      this.arretTravail = arretTravail;
    }

    public String getReferenceArret() {
      return referenceArret;
    }

    public void setReferenceArret(String referenceArret) {
      this.referenceArret = referenceArret;
    }

    public boolean isSoinsEnCours() {
      return soinsEnCours;
    }

    public void setSoinsEnCours(boolean soinsEnCours) {
      this.soinsEnCours = soinsEnCours;
    }

    public String getComplementaire() {
      return complementaire;
    }

    public void setComplementaire(String complementaire) {
      this.complementaire = complementaire;
    }
  }

  @InitBinder("declaration")
  void champs(WebDataBinder binder) {
    binder.setAllowedFields("beneficiaire", "dateAccident", "lieu", "natureAccident", "circonstances", "tiersConnu", "tiersIdentite",
        "assureurNom", "assureurContrat", "pvOuPlainte", "pvReference", "temoins", "urgences", "hospitalisation", "arretTravail",
        "referenceArret", "soinsEnCours", "complementaire");
  }

  @GetMapping(ADRESSE)
  String formulaire(Model model) {
    return formulaire(new Declaration(), model, false);
  }

  @PostMapping(ADRESSE)
  String declarer(
      @ModelAttribute("declaration") Declaration d,
      BindingResult erreurs,
      @RequestParam(name = "piecePv", required = false) MultipartFile piece,
      Model model,
      RedirectAttributes redirection) throws IOException {
    try {
      DeclarerUnAccident.Declaree declaree = accidents.declarer(new DeclarerUnAccident.Saisie(d.getBeneficiaire(), d.getDateAccident(),
          d.getLieu(), d.getNatureAccident(), d.getCirconstances(), d.getTiersConnu(), d.getTiersIdentite(), d.getAssureurNom(),
          d.getAssureurContrat(), d.getPvOuPlainte(), d.getPvReference(), pieceJointe(piece), d.getTemoins(), d.isUrgences(),
          d.isHospitalisation(), d.isArretTravail(), d.getReferenceArret(), d.isSoinsEnCours(), d.getComplementaire()));
      redirection.addFlashAttribute("succes", new Succes(
          declaree.tardive() ? "Déclaration enregistrée (déclaration tardive)" : "Déclaration enregistrée",
          "Votre référence : " + declaree.reference() + ". " + declaree.information()));
      return "redirect:/espace/demarches/" + declaree.reference();
    } catch (ErreurMetier refus) {
      Erreurs.rejeter(refus, erreurs, Map.of());
      return formulaire(d, model, true);
    }
  }

  /** No file chosen: the browser sends an empty part without a name. */
  private static DeclarerUnAccident.PieceJointe pieceJointe(MultipartFile piece) throws IOException {
    if (piece == null || (piece.isEmpty() && (piece.getOriginalFilename() == null || piece.getOriginalFilename().isBlank()))) {
      return null;
    }
    return new DeclarerUnAccident.PieceJointe(piece.getOriginalFilename(), piece.getContentType(), piece.getBytes());
  }

  private String formulaire(Declaration d, Model model, boolean enErreur) {
    Map<String, String> personnes = new LinkedHashMap<>();
    personnes.put("", "Choisissez la personne blessée");
    personnes.putAll(accidents.personnes());
    Map<String, String> natures = new LinkedHashMap<>();
    natures.put("", "Choisissez le genre d'accident");
    natures.putAll(accidents.natures());
    model.addAttribute("declaration", d);
    model.addAttribute("personnes", personnes);
    model.addAttribute("natures", natures);
    model.addAttribute("delaiJours", accidents.delaiDeclarationJours());
    model.addAttribute("pourquoiLeDelai", accidents.pourquoiLeDelai());
    model.addAttribute("remboursementsInchanges", accidents.remboursementsInchanges());
    model.addAttribute("titre", (enErreur ? "Erreur : " : "") + "Déclarer un accident causé par un tiers");
    return "espace/accident-declaration";
  }
}
