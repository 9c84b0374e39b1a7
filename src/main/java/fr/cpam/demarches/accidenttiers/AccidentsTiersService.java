package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;

import fr.cpam.demarches.accidenttiers.interne.ApercuPiece;
import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiers;
import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiersRepository;
import fr.cpam.demarches.accidenttiers.interne.PieceAccident;
import fr.cpam.demarches.accidenttiers.interne.PieceAccidentRepository;
import fr.cpam.demarches.commun.ConflitException;
import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.commun.ReferenceDossierGenerator;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.MoteurAuthentifie;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * What our API does for a victim (declare, follow her dossiers, send the report or the
 * complaint) and for the agents of the recovery service (read a dossier with its claim). A
 * dossier of someone else answers 404, as if it did not exist.
 */
@Service
class AccidentsTiersService {

  private final DossiersAccidentTiers dossiers;
  private final DossierAccidentTiersRepository depot;
  private final PieceAccidentRepository pieces;
  private final CreancesAccidentTiers creances;
  private final CompteService comptes;
  private final MoteurAuthentifie moteur;
  private final RuntimeService runtimeService;
  private final DelaisAccidentTiers delais;
  private final ReferenceDossierGenerator references;
  private final long tailleMaxPiece;
  private final Clock horloge;

  AccidentsTiersService(
      DossiersAccidentTiers dossiers,
      DossierAccidentTiersRepository depot,
      PieceAccidentRepository pieces,
      CreancesAccidentTiers creances,
      CompteService comptes,
      MoteurAuthentifie moteur,
      RuntimeService runtimeService,
      DelaisAccidentTiers delais,
      ReferenceDossierGenerator references,
      @Value("${accidents-tiers.pieces.taille-max:5MB}") DataSize tailleMaxPiece, Clock horloge) {
    this.dossiers = dossiers;
    this.depot = depot;
    this.pieces = pieces;
    this.creances = creances;
    this.comptes = comptes;
    this.moteur = moteur;
    this.runtimeService = runtimeService;
    this.delais = delais;
    this.references = references;
    this.tailleMaxPiece = tailleMaxPiece.toBytes();
    this.horloge = horloge;
  }

  long tailleMaxPiece() {
    return tailleMaxPiece;
  }

  /**
   * Declares an accident: checked here first (422 naming the field, 409 with the dossier of the
   * same accident), then the process starts as the victim and records it in the same transaction.
   */
  @Transactional
  DossierAccidentTiers declarer(SaisieDeclaration saisie) {
    return declarer(saisie, false);
  }

  /** @param toutesLesErreurs every field error at once (Mon espace's page), or the first one only (the API, as documented) */
  @Transactional
  DossierAccidentTiers declarer(SaisieDeclaration saisie, boolean toutesLesErreurs) {
    verifier(comptes.compteConnecte(), saisie, toutesLesErreurs);
    // Transient: the dossier keeps the declaration, the engine need not write it only to remove it.
    VariableMap variables = Variables.createVariables();
    saisie.enVariables().forEach((nom, valeur) -> variables.putValueTyped(nom, Variables.untypedValue(valeur, true)));
    if (saisie.piecePv() != null) {
      variables.putValueTyped(PIECE_PV, Variables.fileValue(saisie.piecePv().nomPropre(), true)
          .file(saisie.piecePv().contenu()).mimeType(saisie.piecePv().typeDeclare()).create());
    }
    // The start records it (enregistrer, below) with the same checks, passed here already.
    ProcessInstance instance = moteur.executer(() -> runtimeService.startProcessInstanceByKey(CLE, variables));
    return dossiers.dossier(instance.getBusinessKey());
  }

  /** A declaration recorded by the start of its process: the dossier's reference and the beneficiary's name. */
  record Enregistrement(String reference, String nomBeneficiaire) {}

  /**
   * "Enregistrer la déclaration", whichever way the start came (our API and Mon espace, checked
   * by {@link #declarer} first; Tasklist's start form; the engine's REST API): only a citizen
   * declares, from her own account; every field is checked at once; the same accident is refused;
   * the dossier is opened under a new reference and the victim told.
   *
   * @param initiateur the process's initiator (the engine sets it from the login)
   * @param connecte the person the engine's command acts for, if any
   * @throws DemandeInvalideException the fields to correct
   * @throws ConflitException the same accident of the same person already has its dossier
   */
  @Transactional
  Enregistrement enregistrer(Object initiateur, String connecte, SaisieDeclaration saisie) {
    if (!(initiateur instanceof String victime) || victime.length() != 13 || connecte != null && !connecte.equals(victime)) {
      throw new DemandeInvalideException(BENEFICIAIRE, "Seul un assuré peut déclarer un accident, depuis son propre compte.");
    }
    DeclarationValidee declaration = verifier(dossiers.compteDe(victime), saisie, true);
    String reference = references.nouvelle(PREFIXE_REFERENCE);
    dossiers.ouvrir(reference, victime, declaration);
    return new Enregistrement(reference, declaration.beneficiaire().nomComplet());
  }

  /** The declaration checked: every field at once or the first only (the API, as documented), then the same accident (409). */
  private DeclarationValidee verifier(Assure compte, SaisieDeclaration saisie, boolean toutesLesErreurs) {
    var resultat = ValidationDeclaration.verifier(compte, saisie, LocalDate.now(horloge), delais.getDeclarationJours(), tailleMaxPiece);
    if (!resultat.estValide() && toutesLesErreurs) {
      throw new DemandeInvalideException(resultat.erreurs());
    }
    if (!resultat.estValide()) {
      ErreurChamp premiere = resultat.erreurs().get(0);
      throw new DemandeInvalideException(premiere.champ(), premiere.message());
    }
    DeclarationValidee declaration = resultat.declaration();
    dossiers.memeAccident(declaration).ifPresent(existant -> {
      throw new ConflitException(DATE_ACCIDENT, DossiersAccidentTiers.messageMemeAccident(declaration, existant));
    });
    return declaration;
  }

  /**
   * A declaration as the API and the page record it: two declarations of the same accident at the
   * same moment, the database kept the first one, the second is told so (409).
   */
  static DossierAccidentTiers unSeulDossier(java.util.function.Supplier<DossierAccidentTiers> declaration) {
    try {
      return declaration.get();
    } catch (org.springframework.dao.DataIntegrityViolationException memeInstant) {
      throw new ConflitException(DATE_ACCIDENT, "Cet accident vient d'être déclaré pour cette personne : suivez-le dans vos dossiers.");
    }
  }

  /** The dossiers of the logged-in citizen, newest first. */
  @Transactional(readOnly = true)
  List<DossierAccidentTiers> mesDossiers() {
    return depot.deProprietaire(comptes.compteConnecte().nir().identifiant());
  }

  /** A dossier its victim's account, a recovery agent or a supervisor may read; anyone else gets 404. */
  @Transactional(readOnly = true)
  DossierAccidentTiers consulter(String reference) {
    DossierAccidentTiers dossier = depot.findByReference(reference).orElseThrow(() -> introuvable(reference));
    boolean agent = UtilisateurConnecte.estDans(Groupes.RCT) || UtilisateurConnecte.estDans(Groupes.SUPERVISEURS);
    if (!agent && !dossier.getProprietaire().equals(UtilisateurConnecte.idObligatoire())) {
      throw introuvable(reference);
    }
    dossier.getEtapes().size();
    return dossier;
  }

  private static IntrouvableException introuvable(String reference) {
    return new IntrouvableException("Aucun dossier d'accident causé par un tiers " + reference + " dans votre espace.");
  }

  /** The claim of a dossier, for agents only. */
  @Transactional(readOnly = true)
  CreancesAccidentTiers.Etat creance(String reference) {
    return creances.etat(consulter(reference).getReference());
  }

  @Transactional(readOnly = true)
  List<ApercuPiece> pieces(String reference) {
    return pieces.apercusDe(consulter(reference));
  }

  @Transactional(readOnly = true)
  PieceAccident piece(String reference, Long id) {
    PieceAccident piece = pieces.deDossier(consulter(reference), id)
        .orElseThrow(() -> new IntrouvableException("Aucune pièce " + id + " dans le dossier " + reference + "."));
    piece.getContenu();
    return piece;
  }

  /**
   * The police report or the complaint, sent after the declaration by the victim: checked (422),
   * kept with the dossier; the dossier then counts as having one.
   */
  @Transactional
  PieceAccident transmettrePiece(String reference, Fichier fichier, String referencePv) {
    DossierAccidentTiers dossier = consulter(reference);
    if (!dossier.getProprietaire().equals(UtilisateurConnecte.idObligatoire())) {
      throw introuvable(reference);
    }
    if (dossier.estClos()) {
      throw new ConflitException(PIECE_PV, "Le dossier " + reference + " est clos : il n'attend plus de pièce.");
    }
    if (fichier == null) {
      throw new DemandeInvalideException(PIECE_PV, "Joignez le procès-verbal ou la plainte : un PDF, un JPEG ou un PNG.");
    }
    List<ErreurChamp> erreurs = new java.util.ArrayList<>();
    var format = ValidationDeclaration.piece(fichier, tailleMaxPiece, erreurs);
    String pv = ValidationDeclaration.facultatif(PV_REFERENCE, referencePv, ValidationDeclaration.PV_REFERENCE_MAX, erreurs);
    if (!erreurs.isEmpty()) {
      throw new DemandeInvalideException(erreurs.get(0).champ(), erreurs.get(0).message());
    }
    dossier.plainteRecue(pv);
    dossier.noter("Procès-verbal ou plainte transmis par la victime : " + fichier.nomPropre(), dossier.getProprietaire(), horloge);
    return pieces.save(new PieceAccident(dossier, fichier.nomPropre(), format.typeMime(), fichier.contenu(), horloge));
  }

  Map<String, String> natures() {
    Map<String, String> natures = new java.util.LinkedHashMap<>();
    for (NatureAccident n : NatureAccident.values()) {
      natures.put(n.code(), n.libelle());
    }
    return natures;
  }
}
