package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.cartevitale.interne.CarteVitale;
import fr.cpam.demarches.cartevitale.interne.DossierCarteVitale;
import fr.cpam.demarches.cartevitale.interne.OppositionCarteVitale;
import fr.cpam.demarches.cartevitale.interne.PieceJustificative;
import fr.cpam.demarches.cartevitale.interne.PieceJustificativeRepository;
import fr.cpam.demarches.commun.ConflitException;
import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.DonneesDuServeur;
import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.engine.MoteurAuthentifie;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What our API does for a citizen: start a procedure and complete its first form in one
 * transaction (the same checks as Tasklist run on the way), send the photo and identity
 * document, and read one's own dossiers. A dossier of someone else answers 404.
 */
@Service
class DemandesCarteVitale {

  /** What the API answers to a new or replayed request. */
  record Depot(DossierCarteVitale dossier, boolean nouveau) {}

  private final DossiersCarteVitale dossiers;
  private final CompteService comptes;
  private final CartesVitale cartes;
  private final MoteurAuthentifie moteur;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final ReceptionPieces reception;
  private final PieceJustificativeRepository pieces;
  private final Clock horloge;

  DemandesCarteVitale(
      DossiersCarteVitale dossiers,
      CompteService comptes,
      CartesVitale cartes,
      MoteurAuthentifie moteur,
      RuntimeService runtimeService,
      TaskService taskService,
      ReceptionPieces reception,
      PieceJustificativeRepository pieces, Clock horloge) {
    this.dossiers = dossiers;
    this.comptes = comptes;
    this.cartes = cartes;
    this.moteur = moteur;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.reception = reception;
    this.pieces = pieces;
    this.horloge = horloge;
  }

  /**
   * Declares a loss, theft or broken card. Sending the same declaration again while the first is
   * under way gives back the same dossier: no second dossier, no second opposition.
   */
  @Transactional
  Depot declarer(SaisieDemande saisie) {
    return declarer(saisie, false);
  }

  /** @param toutesLesErreurs every field error at once (the pages), or the first one only (the API, as documented) */
  @Transactional
  Depot declarer(SaisieDemande saisie, boolean toutesLesErreurs) {
    Assure compte = comptes.compteConnecte();
    DemandeValidee demande = valide(dossiers.validerDeclaration(compte, saisie), toutesLesErreurs);
    var enCours = dossiers.dossierOuvert(demande.beneficiaire().nir());
    if (enCours.isPresent()
        && enCours.get().getNature() == NatureDossier.DECLARATION
        && enCours.get().getMotif() == demande.motif()
        && enCours.get().getAdresse().equals(demande.adresse())) {
      return new Depot(enCours.get(), false);
    }
    conflit(demande, NatureDossier.DECLARATION);
    return new Depot(demarrer(CarteVitalePerteVolProcess.CLE, CarteVitalePerteVolProcess.TACHE_DECLARER, saisie), true);
  }

  /** Orders a first card; a person who has a valid card or a dossier under way is refused (409). */
  @Transactional
  Depot commander(SaisieDemande saisie) {
    return commander(saisie, false);
  }

  @Transactional
  Depot commander(SaisieDemande saisie, boolean toutesLesErreurs) {
    Assure compte = comptes.compteConnecte();
    DemandeValidee demande = valide(ValidationDemande.commande(compte, saisie, LocalDate.now(horloge)), toutesLesErreurs);
    conflit(demande, NatureDossier.COMMANDE);
    return new Depot(demarrer(CarteVitaleCommandeProcess.CLE, CarteVitaleCommandeProcess.TACHE_COMMANDER, saisie), true);
  }

  /**
   * A declaration or an order as the API and the pages record it: two identical requests at the
   * same moment, the database kept the first one only, the second is told so (409).
   */
  static Depot unSeulDepot(java.util.function.Supplier<Depot> action) {
    try {
      return action.get();
    } catch (org.springframework.dao.DataIntegrityViolationException memeInstant) {
      throw new ConflitException("beneficiaire",
          "Une démarche de carte Vitale vient d'être enregistrée pour cette personne : suivez-la dans « Ma carte Vitale ».");
    }
  }

  private void conflit(DemandeValidee demande, NatureDossier nature) {
    dossiers.conflit(demande, nature).ifPresent(e -> {
      throw new ConflitException(e.champ(), e.message());
    });
  }

  /**
   * Starts the procedure and fills its first form with answers this service has checked (the
   * rules {@link DemandeSaisieListener} runs for Tasklist, in the same transaction): the
   * listeners know it ({@link DemandesCarteVitaleProcess#SAISIE_PAR_API}) and do not check again.
   */
  private DossierCarteVitale demarrer(String processus, String premiereTache, SaisieDemande saisie) {
    return DonneesDuServeur.avec(Map.of(DemandesCarteVitaleProcess.SAISIE_PAR_API, true), () -> {
      ProcessInstance instance = moteur.executer(() -> runtimeService.startProcessInstanceByKey(processus));
      Task tache =
          taskService.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(premiereTache).singleResult();
      moteur.executer(() -> taskService.complete(tache.getId(), saisie.enVariables()));
      return dossiers.dossier(instance.getBusinessKey());
    });
  }

  private static org.camunda.bpm.engine.variable.value.FileValue fichier(ReceptionPieces.Fichier f) {
    return Variables.fileValue(f.nom()).file(f.contenu()).mimeType(f.typeDeclare()).create();
  }

  private static DemandeValidee valide(ValidationDemande.Resultat resultat, boolean toutesLesErreurs) {
    if (!resultat.estValide() && toutesLesErreurs) {
      throw new DemandeInvalideException(resultat.erreurs());
    }
    if (!resultat.estValide()) {
      ErreurChamp premiere = resultat.erreurs().get(0);
      throw new DemandeInvalideException(premiere.champ(), premiere.message());
    }
    return resultat.demande();
  }

  /** A dossier its owner or an agent may read; anyone else gets 404, as if it did not exist. */
  @Transactional(readOnly = true)
  DossierCarteVitale consulter(String reference) {
    DossierCarteVitale dossier;
    try {
      dossier = dossiers.dossier(reference);
    } catch (IntrouvableException inconnu) {
      throw introuvable(reference);
    }
    if (!UtilisateurConnecte.estAgent()
        && !dossier.getProprietaire().identifiant().equals(UtilisateurConnecte.idObligatoire())) {
      throw introuvable(reference);
    }
    dossier.getHistorique().size();
    return dossier;
  }

  private static IntrouvableException introuvable(String reference) {
    return new IntrouvableException("Aucun dossier carte Vitale " + reference + " dans votre espace.");
  }

  @Transactional(readOnly = true)
  List<OppositionCarteVitale> oppositions(String reference) {
    return dossiers.oppositionsDe(consulter(reference).getReference());
  }

  /** The account of the logged-in citizen and its open dossiers, for "Ma carte Vitale". */
  @Transactional(readOnly = true)
  Map.Entry<Assure, List<DossierCarteVitale>> maCarteVitale() {
    Assure compte = comptes.compteConnecte();
    return Map.entry(compte, dossiers.dossiersDe(compte.nir()));
  }

  /** The photo and identity document received for a dossier. */
  @Transactional(readOnly = true)
  List<PieceJustificative> pieces(String reference) {
    return pieces.findByReferenceDossierOrderByIdAsc(consulter(reference).getReference());
  }

  /** A file received for the dossier, for the agent who checks the identity (and its owner). */
  record ContenuPiece(String nomFichier, String typeContenu, byte[] contenu) {}

  @Transactional(readOnly = true)
  ContenuPiece contenuPiece(String reference, Long id) {
    PieceJustificative piece =
        pieces(reference).stream()
            .filter(p -> p.getId().equals(id))
            .findFirst()
            .orElseThrow(() -> new IntrouvableException("Aucune pièce " + id + " dans le dossier " + reference + "."));
    try (var flux = taskService.getAttachmentContent(piece.getPieceJointeId())) {
      return new ContenuPiece(piece.getNomFichier(), piece.getTypeContenu(), flux.readAllBytes());
    } catch (java.io.IOException | NullPointerException illisible) {
      throw new IntrouvableException("Le fichier de la pièce " + id + " n'est plus disponible.");
    }
  }

  /** The name of the CPAM of the dossier's account, for the attestation. */
  @Transactional(readOnly = true)
  String cpamDe(DossierCarteVitale dossier) {
    var cpam = comptes.compteDe(dossier.getProprietaire()).cpam();
    return cpam.libelle() + " (" + cpam.code() + ")";
  }

  List<CarteVitale> cartesDe(Nir titulaire) {
    return cartes.cartesDe(titulaire);
  }

  /**
   * The photo and identity document for a dossier waiting for them: checked (422 otherwise),
   * then the citizen's task is completed with them, as Tasklist would.
   */
  @Transactional
  DossierCarteVitale transmettrePieces(String reference, ReceptionPieces.Fichier photo, ReceptionPieces.Fichier pieceIdentite) {
    DossierCarteVitale dossier = consulter(reference);
    if (!dossier.getProprietaire().identifiant().equals(UtilisateurConnecte.idObligatoire())) {
      throw introuvable(reference);
    }
    List<ErreurChamp> erreurs = reception.verifier(photo, pieceIdentite);
    if (!erreurs.isEmpty()) {
      throw new DemandeInvalideException(erreurs);
    }
    Task tache =
        taskService.createTaskQuery()
            .processInstanceBusinessKey(reference)
            .taskDefinitionKey(DemandesCarteVitaleProcess.TACHE_PIECES)
            .singleResult();
    if (tache == null) {
      throw new ConflitException(null,
          "Le dossier " + reference + " n'attend pas de photo ni de pièce d'identité (« " + dossier.getStatut().libelle() + " »).");
    }
    var variables =
        Variables.createVariables()
            .putValueTyped(DemandesCarteVitaleProcess.PHOTO, fichier(photo))
            .putValueTyped(DemandesCarteVitaleProcess.PIECE_IDENTITE, fichier(pieceIdentite));
    // The listener receives the files with the same checks (ReceptionPieces.recevoir), passed here already.
    moteur.executer(() -> taskService.complete(tache.getId(), variables));
    return dossiers.dossier(reference);
  }
}
