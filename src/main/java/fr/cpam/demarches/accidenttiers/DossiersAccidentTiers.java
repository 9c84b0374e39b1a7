package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiers;
import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiersRepository;
import fr.cpam.demarches.accidenttiers.interne.EtapeAccident;
import fr.cpam.demarches.accidenttiers.interne.PieceAccident;
import fr.cpam.demarches.accidenttiers.interne.PieceAccidentRepository;
import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.notification.NotificationService;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossier of an accident caused by a third party, step by step: opened from the victim's
 * declaration, qualified, completed, oriented to a payer, answered, closed. Each step that
 * matters to the victim leaves a status she reads and a notification; agents' notes stay
 * internal. Called by the process's delegates and listeners, inside the engine's transaction.
 */
@Service
class DossiersAccidentTiers {

  /** Said to the victim at the declaration and at the end: the recovery never touches her rights. */
  static final String REMBOURSEMENTS_INCHANGES =
      "Vos remboursements et vos indemnités journalières ne changent pas, quelle que soit l'issue du recours : votre CPAM"
          + " continue de les payer normalement et se fait rembourser par le responsable ou son assureur ; ce recours ne"
          + " porte jamais sur l'indemnisation de vos préjudices personnels.";

  static final String POURQUOI_LE_DELAI =
      "La loi demande de déclarer un accident causé par un tiers dans les 15 jours : ce délai permet à votre CPAM de"
          + " réclamer à temps au responsable ou à son assureur les frais qu'elle paie pour vous, avant que le dossier"
          + " d'indemnisation ne soit réglé sans elle. Votre déclaration est faite plus tard : elle est bien enregistrée et"
          + " traitée. Pensez aussi à signaler l'accident à chaque professionnel de santé qui vous soigne.";

  private final DossierAccidentTiersRepository dossiers;
  private final PieceAccidentRepository pieces;
  private final CompteService comptes;
  private final NotificationService notifications;
  private final Clock horloge;

  DossiersAccidentTiers(
      DossierAccidentTiersRepository dossiers,
      PieceAccidentRepository pieces,
      CompteService comptes,
      NotificationService notifications, Clock horloge) {
    this.dossiers = dossiers;
    this.pieces = pieces;
    this.comptes = comptes;
    this.notifications = notifications;
    this.horloge = horloge;
  }

  @Transactional(readOnly = true)
  Assure compteDe(String identifiant) {
    return comptes.compteDe(Nir.depuisIdentifiant(identifiant));
  }

  @Transactional(readOnly = true)
  DossierAccidentTiers dossier(String reference) {
    return dossiers.findByReference(reference)
        .orElseThrow(() -> new IntrouvableException("Aucun dossier d'accident causé par un tiers " + reference + "."));
  }

  /** The reference of the dossier already open for the same accident of the same person, if any. */
  @Transactional(readOnly = true)
  Optional<String> memeAccident(DeclarationValidee d) {
    return dossiers.referenceDuMemeAccident(d.beneficiaire().nir(), d.dateAccident(), d.nature());
  }

  static String messageMemeAccident(DeclarationValidee d, String reference) {
    return "Cet accident est déjà déclaré pour " + d.beneficiaire().nomComplet() + " (" + d.nature().libelle().toLowerCase()
        + " du " + ValidationDeclaration.JJ_MM_AAAA.format(d.dateAccident()) + ") : suivez le dossier " + reference
        + ". Pour ajouter une information, répondez à votre CPAM dans ce dossier.";
  }

  /** Opens the dossier from a checked declaration, keeps its attachment, tells the victim. */
  @Transactional
  DossierAccidentTiers ouvrir(String reference, String proprietaire, DeclarationValidee d) {
    DossierAccidentTiers dossier = dossiers.saveAndFlush(new DossierAccidentTiers(reference, proprietaire, d, horloge));
    if (d.piece() != null) {
      pieces.save(new PieceAccident(dossier, d.piece().nomPropre(), d.formatPiece().typeMime(), d.piece().contenu(), horloge));
    }
    notifier(dossier, "Déclaration d'accident enregistrée" + (d.enRetard() ? " (déclaration tardive)" : ""),
        "Votre déclaration de l'accident du " + ValidationDeclaration.JJ_MM_AAAA.format(d.dateAccident()) + " ("
            + d.nature().libelle().toLowerCase() + ") de " + d.beneficiaire().nomComplet() + " est enregistrée sous la référence "
            + reference + ". Le service de recours contre tiers de votre CPAM l'étudie et vous tient informé(e) à chaque étape. "
            + REMBOURSEMENTS_INCHANGES + (d.enRetard() ? " " + POURQUOI_LE_DELAI : ""));
    return dossier;
  }

  /** The inputs of the path table, from the dossier as it is now (completed, corrected). */
  @Transactional(readOnly = true)
  Map<String, Object> entreesParcours(String reference) {
    DossierAccidentTiers d = dossier(reference);
    Map<String, Object> entrees = new HashMap<>();
    entrees.put(AccidentTiersProcess.NATURE, d.getNature().code());
    entrees.put(AccidentTiersProcess.TIERS_CONNU, d.isTiersConnu());
    entrees.put(AccidentTiersProcess.ASSUREUR_CONNU, d.assureurConnu());
    entrees.put(AccidentTiersProcess.PV_OU_PLAINTE, d.isPvOuPlainte());
    entrees.put(AccidentTiersProcess.ARRET_TRAVAIL, d.isArretTravail());
    return entrees;
  }

  @Transactional
  void orienter(String reference, Parcours parcours, Payeur payeur) {
    DossierAccidentTiers d = dossier(reference);
    d.orienter(parcours, payeur);
    if (parcours == Parcours.ASSUREUR || parcours == Parcours.FONDS_GARANTIE) {
      d.passerA(StatutAccident.EN_INSTRUCTION, "Le recours sera exercé auprès de : " + d.getPayeurNom() + ".", null, horloge);
    }
  }

  @Transactional
  void noter(String reference, String note, String auteur) {
    dossier(reference).noter(note, auteur, horloge);
  }

  @Transactional
  void corrigerReferenceArret(String reference, String referenceArret, String auteur) {
    DossierAccidentTiers d = dossier(reference);
    if (referenceArret != null && !referenceArret.equals(d.getReferenceArret())) {
      d.corrigerReferenceArret(referenceArret);
      d.noter("Arrêt de travail lié à l'accident : " + referenceArret, auteur, horloge);
    }
  }

  /** The agent (or the path table) asks the victim for more. */
  @Transactional
  void demanderComplement(String reference, String question) {
    DossierAccidentTiers d = dossier(reference);
    d.passerA(StatutAccident.COMPLEMENT_DEMANDE, question, null, horloge);
    notifier(d, "Votre CPAM a besoin d'informations sur votre accident",
        "Pour le dossier " + reference + ", votre CPAM vous demande : " + question
            + " Répondez dans Tasklist (« Mes tâches », « Compléter la déclaration ») dans les 30 jours.");
  }

  @Transactional
  void complementRecu(String reference, String reponse, String tiersIdentite, String assureurNom, String assureurContrat,
      String pvReference) {
    DossierAccidentTiers d = dossier(reference);
    d.completer(tiersIdentite, assureurNom, assureurContrat, pvReference);
    d.passerA(StatutAccident.DECLAREE, "Informations complétées par la victime : " + reponse, d.getProprietaire(), horloge);
  }

  @Transactional
  void complementSansReponse(String reference) {
    DossierAccidentTiers d = dossier(reference);
    d.passerA(StatutAccident.DECLAREE, "Sans réponse de la victime dans le délai : le dossier revient à l'agent.", null, horloge);
  }

  @Transactional
  void ecrireAuTiers(String reference) {
    DossierAccidentTiers d = dossier(reference);
    d.passerA(StatutAccident.RECHERCHE_ASSUREUR,
        "Courrier envoyé au responsable (" + d.getTiersIdentite() + ") pour connaître son assureur ; il a 15 jours pour répondre.",
        null, horloge);
    notifier(d, "Votre CPAM a écrit au responsable de l'accident",
        "Pour le dossier " + reference + ", votre CPAM a demandé au responsable de l'accident le nom de son assureur. "
            + "Vous n'avez rien à faire.");
  }

  @Transactional
  void relancerTiers(String reference) {
    dossier(reference).noter("Relance envoyée au responsable, sans réponse au premier courrier.", null, horloge);
  }

  /** The third party's insurer was found. */
  @Transactional
  void assureurIdentifie(String reference, String nom, String contrat, String auteur) {
    DossierAccidentTiers d = dossier(reference);
    d.confierALAssureur(nom, contrat);
    d.passerA(StatutAccident.EN_INSTRUCTION, "Assureur du responsable identifié : " + nom + ".", auteur, horloge);
  }

  /** Uninsured or not found: a guarantee fund will be asked. */
  @Transactional
  void confierAuFonds(String reference, String auteur) {
    DossierAccidentTiers d = dossier(reference);
    d.confierAuFonds();
    d.passerA(StatutAccident.EN_INSTRUCTION, "Le responsable n'est pas assuré ou reste introuvable : le recours est exercé"
        + " auprès du " + d.getPayeurNom() + ".", auteur, horloge);
  }

  @Transactional
  void classer(String reference, String motif, String auteur) {
    DossierAccidentTiers d = dossier(reference);
    if (d.estClos()) {
      return;
    }
    d.clore(StatutAccident.CLASSEE, motif, motif, auteur, horloge);
    notifier(d, "Dossier d'accident clos",
        "Votre CPAM a clos le dossier " + reference + " sans recours contre un tiers. Motif : " + motif + " "
            + REMBOURSEMENTS_INCHANGES);
  }

  @Transactional
  void chiffrer(String reference) {
    DossierAccidentTiers d = dossier(reference);
    if (d.getStatut() != StatutAccident.EN_CHIFFRAGE) {
      d.passerA(StatutAccident.EN_CHIFFRAGE, "Votre CPAM fait le compte des frais qu'elle a payés à la suite de l'accident.", null, horloge);
    }
  }

  @Transactional
  void paiementRecu(String reference, long centimes) {
    DossierAccidentTiers d = dossier(reference);
    d.enregistrerRecouvrement(centimes);
    d.noter("Paiement reçu de " + d.getPayeurNom() + " : " + Montants.enClair(centimes) + ".", null, horloge);
  }

  @Transactional
  void contestationRecue(String reference, String motif) {
    DossierAccidentTiers d = dossier(reference);
    d.noter("Contestation de " + d.getPayeurNom() + (motif == null ? "." : " : " + motif), null, horloge);
  }

  /** The payment received closes the dossier: recovered in full when it covers the whole claim. */
  @Transactional
  void clorePaiement(String reference, long creanceComplete) {
    DossierAccidentTiers d = dossier(reference);
    long recu = d.getMontantRecouvre() == null ? 0 : d.getMontantRecouvre();
    boolean total = recu >= creanceComplete;
    d.clore(total ? StatutAccident.RECOUVREE : StatutAccident.RECOUVREE_PARTIELLEMENT, null,
        total ? "Le responsable ou son assureur a remboursé à votre CPAM les frais liés à l'accident."
            : "Le responsable ou son assureur a remboursé à votre CPAM une partie des frais liés à l'accident.",
        null, horloge);
    notifier(d, "Dossier d'accident clos",
        "Le dossier " + reference + " est clos : " + (total ? "les frais que votre CPAM a payés à la suite de l'accident lui ont"
            + " été remboursés par le responsable ou son assureur." : "une partie des frais que votre CPAM a payés à la suite"
            + " de l'accident lui a été remboursée par le responsable ou son assureur.") + " " + REMBOURSEMENTS_INCHANGES);
  }

  @Transactional
  void desaccord(String reference, boolean sansReponse) {
    DossierAccidentTiers d = dossier(reference);
    if (d.getStatut() != StatutAccident.EN_DESACCORD) {
      d.passerA(StatutAccident.EN_DESACCORD, sansReponse
          ? "Le payeur n'a pas répondu dans les 3 mois : votre CPAM poursuit le recours."
          : "Le payeur conteste la créance : votre CPAM poursuit le recours.", null, horloge);
    }
  }

  /** The agent agreed an amount with the payer: the next claim sent is that amount. */
  @Transactional
  void convenir(String reference, long centimes, String auteur) {
    DossierAccidentTiers d = dossier(reference);
    d.convenir(centimes);
    d.noter("Désaccord : montant convenu avec le payeur, " + Montants.enClair(centimes) + ".", auteur, horloge);
  }

  @Transactional
  void engagerContentieux(String reference, String auteur) {
    DossierAccidentTiers d = dossier(reference);
    d.clore(StatutAccident.CONTENTIEUX, null, "Le recours est porté devant le tribunal par le service contentieux.", auteur, horloge);
    notifier(d, "Recours transmis au service contentieux",
        "Pour le dossier " + reference + ", votre CPAM porte son recours devant le tribunal. Vous pourriez être contacté(e)"
            + " comme témoin des faits. " + REMBOURSEMENTS_INCHANGES);
  }

  @Transactional
  void abandonner(String reference, String motif, String auteur) {
    DossierAccidentTiers d = dossier(reference);
    d.clore(StatutAccident.ABANDONNEE, motif, "Recours abandonné : " + motif, auteur, horloge);
    notifier(d, "Dossier d'accident clos",
        "Votre CPAM a mis fin au recours du dossier " + reference + ". Motif : " + motif + " " + REMBOURSEMENTS_INCHANGES);
  }

  void notifier(DossierAccidentTiers dossier, String titre, String texte) {
    notifications.notifier(dossier.getProprietaire(), dossier.getReference(), titre, texte);
  }

  /** What the agents' forms show of the declaration, in a few lines of Markdown. */
  @Transactional(readOnly = true)
  String resume(String reference) {
    DossierAccidentTiers d = dossier(reference);
    StringBuilder s = new StringBuilder();
    s.append("**Dossier ").append(reference).append("** — ").append(d.getNature().libelle()).append(" du ")
        .append(ValidationDeclaration.JJ_MM_AAAA.format(d.getDateAccident())).append(", ").append(echapper(d.getLieu())).append("  \n");
    s.append("Victime : ").append(echapper(d.getNomBeneficiaire())).append("  \n");
    s.append(d.isEnRetard() ? "**Déclaration tardive** : faite le " : "Déclarée le ")
        .append(ValidationDeclaration.JJ_MM_AAAA.format(d.getDeclareLe().atZone(fr.cpam.demarches.commun.Fuseau.PARIS).toLocalDate()))
        .append(d.isEnRetard() ? ", plus de 15 jours après l'accident" : "").append("  \n");
    s.append("Circonstances : ").append(echapper(d.getCirconstances())).append("  \n");
    s.append("Responsable : ").append(d.isTiersConnu() ? echapper(d.getTiersIdentite()) : "inconnu").append("  \n");
    s.append("Assureur du responsable : ")
        .append(d.assureurConnu() ? echapper(d.getAssureurNom()) + (d.getAssureurContrat() == null ? "" : ", contrat " + echapper(d.getAssureurContrat())) : "inconnu")
        .append("  \n");
    s.append("Procès-verbal ou plainte : ").append(d.isPvOuPlainte() ? "oui" + (d.getPvReference() == null ? "" : ", " + echapper(d.getPvReference())) : "non")
        .append(pieces.nombreDe(d) == 0 ? "" : " (pièce jointe reçue)").append("  \n");
    s.append("Témoins : ").append(d.getTemoins() == null ? "aucun indiqué" : echapper(d.getTemoins())).append("  \n");
    s.append("Conséquences : ").append(consequences(d)).append("  \n");
    s.append("Complémentaire santé : ").append(d.getComplementaire() == null ? "non indiquée" : echapper(d.getComplementaire()));
    if (d.getPayeurNom() != null) {
      s.append("  \nPayeur : ").append(echapper(d.getPayeurNom())).append(d.getPayeurContrat() == null ? "" : ", contrat " + echapper(d.getPayeurContrat()));
    }
    // The steps after the declaration, the agents' notes with them.
    for (EtapeAccident e : d.getEtapes().subList(1, d.getEtapes().size())) {
      if (e.getDetail() != null) {
        s.append("  \n— ").append(ValidationDeclaration.JJ_MM_AAAA.format(e.getLe().atZone(fr.cpam.demarches.commun.Fuseau.PARIS).toLocalDate()))
            .append(" : ").append(echapper(e.getDetail()));
      }
    }
    return s.toString();
  }

  private static String consequences(DossierAccidentTiers d) {
    java.util.List<String> c = new java.util.ArrayList<>();
    if (d.isUrgences()) {
      c.add("urgences");
    }
    if (d.isHospitalisation()) {
      c.add("hospitalisation");
    }
    if (d.isArretTravail()) {
      c.add("arrêt de travail" + (d.getReferenceArret() == null ? "" : " " + d.getReferenceArret()));
    }
    if (d.isSoinsEnCours()) {
      c.add("soins en cours");
    }
    return c.isEmpty() ? "aucune indiquée" : String.join(", ", c);
  }

  /** Markdown characters of a person's text shown as they are. */
  static String echapper(String texte) {
    return texte == null ? "" : texte.replaceAll("([\\\\`*_{}\\[\\]()#+!|<>~-])", "\\\\$1").replace("\n", " ");
  }
}
