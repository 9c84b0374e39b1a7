package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiers;
import fr.cpam.demarches.compte.Beneficiaire;
import fr.cpam.demarches.compte.CompteService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The declaration of an accident caused by a third party from Mon espace's page: the same service,
 * the same checks and the same process as {@code POST /api/accidents-tiers} and the Tasklist start
 * form (one rule, one place); the page receives every field error at once and puts each next to
 * its field. The field names are the API's.
 */
@Service
public class DeclarerUnAccident {

  private final AccidentsTiersService service;
  private final CompteService comptes;
  private final DelaisAccidentTiers delais;

  DeclarerUnAccident(AccidentsTiersService service, CompteService comptes, DelaisAccidentTiers delais) {
    this.service = service;
    this.comptes = comptes;
    this.delais = delais;
  }

  /**
   * What the page sends, before any check: yes/no answers as "oui"/"non" (null when not
   * answered), the boxes of the medical consequences ticked or not, the report's file if any.
   */
  public record Saisie(
      String beneficiaire,
      String dateAccident,
      String lieu,
      String natureAccident,
      String circonstances,
      String tiersConnu,
      String tiersIdentite,
      String assureurNom,
      String assureurContrat,
      String pvOuPlainte,
      String pvReference,
      PieceJointe piecePv,
      String temoins,
      boolean urgences,
      boolean hospitalisation,
      boolean arretTravail,
      String referenceArret,
      boolean soinsEnCours,
      String complementaire) {}

  /** A file as the browser sent it (the type it declared is checked against the content). */
  public record PieceJointe(String nom, String typeDeclare, byte[] contenu) {}

  /** The dossier opened: its reference, whether it was late, and what the victim is told. */
  public record Declaree(String reference, boolean tardive, String information) {}

  /**
   * Declares the accident as the logged-in citizen.
   *
   * @throws fr.cpam.demarches.commun.DemandeInvalideException every field to correct, nothing recorded
   * @throws fr.cpam.demarches.commun.ConflitException the same accident of the same person already has its
   *     dossier (named in the message), on the field {@code dateAccident}
   */
  public Declaree declarer(Saisie s) {
    Fichier piece = s.piecePv() == null ? null : new Fichier(s.piecePv().nom(), s.piecePv().typeDeclare(), s.piecePv().contenu());
    SaisieDeclaration saisie = new SaisieDeclaration(null, s.beneficiaire(), s.dateAccident(), s.lieu(), s.natureAccident(),
        s.circonstances(), SaisieDeclaration.oui(s.tiersConnu()), s.tiersIdentite(), s.assureurNom(), s.assureurContrat(),
        SaisieDeclaration.oui(s.pvOuPlainte()), s.pvReference(), piece, s.temoins(), s.urgences(), s.hospitalisation(),
        s.arretTravail(), s.referenceArret(), s.soinsEnCours(), s.complementaire());
    DossierAccidentTiers dossier = AccidentsTiersService.unSeulDossier(() -> service.declarer(saisie, true));
    return new Declaree(dossier.getReference(), dossier.isEnRetard(), information(dossier.isEnRetard()));
  }

  /** What the victim is told after declaring: her benefits are unchanged, and why the deadline mattered when she missed it. */
  static String information(boolean tardive) {
    return DossiersAccidentTiers.REMBOURSEMENTS_INCHANGES + (tardive ? " " + DossiersAccidentTiers.POURQUOI_LE_DELAI : "");
  }

  /** The kinds of accident, code to label, in the form's order. */
  public Map<String, String> natures() {
    return service.natures();
  }

  /** The persons of the account who may be the victim, NIR (15 characters) to name, the account holder first. */
  @Transactional(readOnly = true)
  public Map<String, String> personnes() {
    Map<String, String> personnes = new LinkedHashMap<>();
    for (Beneficiaire b : comptes.compteConnecte().beneficiaires()) {
      personnes.put(b.nir().valeur(), b.prenom() + " " + b.nom());
    }
    return personnes;
  }

  /** The legal deadline to declare, in days (15). */
  public int delaiDeclarationJours() {
    return delais.getDeclarationJours();
  }

  /** Why the deadline matters, as the page explains it before she declares. */
  public String pourquoiLeDelai() {
    return "Votre CPAM réclame au responsable de l'accident ou à son assureur les frais qu'elle paie pour vous : déclarer"
        + " dans les " + delais.getDeclarationJours() + " jours lui permet de le faire à temps, avant que l'indemnisation ne"
        + " soit réglée sans elle. Une déclaration plus tardive est acceptée et traitée, mais elle est signalée comme tardive.";
  }

  /** That the recovery never touches her benefits, said before and after she declares. */
  public String remboursementsInchanges() {
    return DossiersAccidentTiers.REMBOURSEMENTS_INCHANGES;
  }
}
