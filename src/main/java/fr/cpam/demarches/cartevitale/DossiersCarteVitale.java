package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.cartevitale.interne.CarteVitale;
import fr.cpam.demarches.cartevitale.interne.CarteVitaleRepository;
import fr.cpam.demarches.cartevitale.interne.DossierCarteVitale;
import fr.cpam.demarches.cartevitale.interne.DossierCarteVitaleRepository;
import fr.cpam.demarches.cartevitale.interne.OppositionCarteVitale;
import fr.cpam.demarches.cartevitale.interne.OppositionCarteVitaleRepository;
import fr.cpam.demarches.cartevitale.interne.PieceJustificative;
import fr.cpam.demarches.cartevitale.interne.PieceJustificativeRepository;
import fr.cpam.demarches.commun.ConflitException;
import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.commun.VoiesDeRecours;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.notification.NotificationService;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record of the carte Vitale dossiers: opening one (declaration or first order), putting the
 * old card in opposition, each change of status with its history, and the citizen's
 * notifications at each milestone. Called by the processes' delegates and listeners, inside the
 * engine's transaction: a step that fails leaves nothing behind.
 */
@Service
class DossiersCarteVitale {

  private static final Logger LOG = LoggerFactory.getLogger(DossiersCarteVitale.class);

  private final DossierCarteVitaleRepository dossiers;
  private final OppositionCarteVitaleRepository oppositions;
  private final CarteVitaleRepository cartes;
  private final PieceJustificativeRepository pieces;
  private final CompteService comptes;
  private final NotificationService notifications;
  private final Clock horloge;

  DossiersCarteVitale(
      DossierCarteVitaleRepository dossiers,
      OppositionCarteVitaleRepository oppositions,
      CarteVitaleRepository cartes,
      PieceJustificativeRepository pieces,
      CompteService comptes,
      NotificationService notifications, Clock horloge) {
    this.dossiers = dossiers;
    this.oppositions = oppositions;
    this.cartes = cartes;
    this.pieces = pieces;
    this.comptes = comptes;
    this.notifications = notifications;
    this.horloge = horloge;
  }

  /** The account of the citizen whose engine user id (13 NIR characters) is given. */
  Assure compteDe(String identifiantAssure) {
    return comptes.compteDe(Nir.depuisIdentifiant(identifiantAssure));
  }

  @Transactional(readOnly = true)
  DossierCarteVitale dossier(String reference) {
    return dossiers
        .findByReference(reference)
        .orElseThrow(() -> new IntrouvableException("Aucun dossier carte Vitale " + reference + "."));
  }

  @Transactional(readOnly = true)
  Optional<DossierCarteVitale> dossierOuvert(Nir beneficiaire) {
    return dossiers.findByOuvertPour(beneficiaire.valeur());
  }

  @Transactional(readOnly = true)
  List<DossierCarteVitale> dossiersDe(Nir proprietaire) {
    return dossiers.findByProprietaireOrderByCreeLeDesc(proprietaire);
  }

  /** The valid cards of a person (those a declaration puts in opposition). */
  List<CarteVitale> cartesActives(Nir titulaire) {
    return cartes.findByTitulaireOrderByDateStatutDesc(titulaire).stream().filter(CarteVitale::estValide).toList();
  }

  /**
   * The check of a declaration: the request's fields, and a valid card to declare. A card
   * already declared by a dossier under way is left to {@link #conflit} (the same declaration
   * again, or "déjà en cours").
   */
  ValidationDemande.Resultat validerDeclaration(Assure compte, SaisieDemande saisie) {
    return ValidationDemande.declaration(
        compte, saisie, nir -> !cartesActives(nir).isEmpty() || dossierOuvert(nir).isPresent(), LocalDate.now(horloge));
  }

  /**
   * The card to declare was checked when the form was completed ({@link DemandeSaisieListener}, or
   * {@link DemandesCarteVitale} for our API), in the same transaction as the steps that follow (and
   * by the same rule): not read again.
   */
  static Predicate<Nir> carteVerifieeParLeFormulaire() {
    return nir -> true;
  }

  /** True when a valid photo and a valid identity document are on file for the person. */
  @Transactional(readOnly = true)
  boolean piecesAJour(Nir titulaire) {
    var aujourdhui = LocalDate.now(horloge);
    return pieces.existsByTitulaireAndNatureAndValableJusquAuGreaterThanEqual(titulaire, PieceJustificative.Nature.PHOTO, aujourdhui)
        && pieces.existsByTitulaireAndNatureAndValableJusquAuGreaterThanEqual(
            titulaire, PieceJustificative.Nature.PIECE_IDENTITE, aujourdhui);
  }

  /**
   * Why this request cannot be taken in the current state, if it cannot: a dossier is already
   * under way for the person (no second dossier, no second opposition), or, for a first card,
   * the person already has a valid one.
   */
  @Transactional(readOnly = true)
  Optional<ErreurChamp> conflit(DemandeValidee demande, NatureDossier nature) {
    Nir beneficiaire = demande.beneficiaire().nir();
    Optional<DossierCarteVitale> enCours = dossierOuvert(beneficiaire);
    if (nature == NatureDossier.COMMANDE) {
      Optional<CarteVitale> active = enCours.isPresent() ? Optional.empty() : cartesActives(beneficiaire).stream().findFirst();
      return PremiereCarte.refus(demande.beneficiaire(), LocalDate.now(horloge), active, enCours)
          .map(refus -> new ErreurChamp("beneficiaire", refus.message()));
    }
    return enCours.map(d -> new ErreurChamp("beneficiaire", messageDossierEnCours(d)));
  }

  /** Message of a request for a beneficiary who already has a dossier under way. */
  static String messageDossierEnCours(DossierCarteVitale enCours) {
    return "Une démarche de carte Vitale est déjà en cours pour " + enCours.nomCompletBeneficiaire()
        + " (dossier " + enCours.getReference() + ", « " + enCours.getStatut().libelle()
        + " ») : suivez-la dans « Ma carte Vitale »."; 
  }

  /**
   * Opens the dossier of a declaration and puts the beneficiary's valid cards in opposition at
   * once (status and opposition record). Returns the inputs of the review decision.
   */
  @Transactional
  Enregistrement enregistrerDeclaration(String reference, String identifiantAssure, SaisieDemande saisie) {
    DemandeValidee demande = valider(ValidationDemande.declaration(compteDe(identifiantAssure), saisie, carteVerifieeParLeFormulaire(), LocalDate.now(horloge)));
    Nir nirBeneficiaire = demande.beneficiaire().nir();
    List<CarteVitale> actives = cartesActives(nirBeneficiaire);
    DossierCarteVitale dossier =
        dossiers.saveAndFlush(
            new DossierCarteVitale(
                reference, NatureDossier.DECLARATION, demande.compte().nir(), demande.beneficiaire(), demande.motif(),
                true, demande.adresse(), demande.adresseModifiee(), horloge));
    for (CarteVitale carte : actives) {
      carte.changerStatut(StatutCarteVitale.EN_OPPOSITION, horloge);
      oppositions.saveAndFlush(new OppositionCarteVitale(carte.getNumeroSerie(), nirBeneficiaire, demande.motif(), reference, horloge));
      dossier.noterAncienneCarte(carte.getNumeroSerie());
      LOG.info("Carte {} mise en opposition (dossier {}, {})", carte.getNumeroSerie(), reference, demande.motif());
    }
    notifier(dossier, "Déclaration de " + demande.motif().libelle().toLowerCase() + " enregistrée",
        "Votre déclaration pour la carte Vitale de " + dossier.nomCompletBeneficiaire() + " est enregistrée sous la"
            + " référence " + reference + "."
            + (actives.isEmpty() ? "" : " L'ancienne carte est mise en opposition : elle ne peut plus être utilisée,"
                + " même si vous la retrouvez.")
            + " En attendant la nouvelle carte, présentez l'attestation de droits téléchargeable dans votre espace."
            + " La nouvelle carte sera envoyée au " + demande.adresse().enUneLigne() + ".");
    long declarations =
        dossiers.countByBeneficiaireAndNatureAndCreeLeAfter(
            nirBeneficiaire, NatureDossier.DECLARATION, ilYADouzeMois());
    return new Enregistrement(piecesAJour(dossier.getBeneficiaire()), demande.adresseModifiee(),
        new Revue(declarations, demande.beneficiaire().age(LocalDate.now(horloge)), !actives.isEmpty(), demande.motif()));
  }

  /**
   * A dossier just opened, as the steps that follow need it: whether the photo and identity
   * document are on file, whether the card goes to another address than the account's, and for
   * a declaration the inputs of the review decision.
   */
  record Enregistrement(boolean piecesAJour, boolean adresseModifiee, Revue revue) {}

  /** The inputs of the review of a declaration (Decision_RevueDeclaration). */
  record Revue(long declarationsDouzeMois, int ageBeneficiaire, boolean possedeCarte, MotifDeclaration motif) {}

  /** Opens the dossier of a first card. Returns what the following steps need. */
  @Transactional
  Enregistrement enregistrerCommande(String reference, String identifiantAssure, SaisieDemande saisie) {
    DemandeValidee demande = valider(ValidationDemande.commande(compteDe(identifiantAssure), saisie, LocalDate.now(horloge)));
    DossierCarteVitale dossier =
        dossiers.saveAndFlush(
            new DossierCarteVitale(
                reference, NatureDossier.COMMANDE, demande.compte().nir(), demande.beneficiaire(), null, false,
                demande.adresse(), demande.adresseModifiee(), horloge));
    notifier(dossier, "Demande de carte Vitale enregistrée",
        "La demande de première carte Vitale pour " + dossier.nomCompletBeneficiaire() + " est enregistrée sous la"
            + " référence " + reference + ". La carte sera envoyée au " + demande.adresse().enUneLigne() + ".");
    return new Enregistrement(piecesAJour(dossier.getBeneficiaire()), demande.adresseModifiee(), null);
  }

  /** What an agent's form shows about the dossier, in a few lines. */
  static String resume(DossierCarteVitale d) {
    return (d.getNature() == NatureDossier.DECLARATION
            ? "Déclaration (" + d.getMotif().libelle().toLowerCase() + ")"
            : "Première carte")
        + " pour " + d.nomCompletBeneficiaire() + " (date de naissance : "
        + d.getBeneficiaireNaissance().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))
        + "). Envoi au " + d.getAdresse().enUneLigne()
        + (d.isAdresseModifiee() ? " (adresse différente de celle du compte)" : "")
        + (d.getAncienneCarte() == null ? "." : ". Carte en opposition : " + d.getAncienneCarte() + ".");
  }

  /**
   * The server's check of the citizen's Tasklist form, the same as our API's: every field to
   * correct at once, then the person's state (a dossier under way; for a first card,
   * {@link PremiereCarte}).
   *
   * @throws DemandeInvalideException the fields to correct
   * @throws ConflitException a dossier under way, or an active card for a first one
   */
  void verifierSaisie(String identifiantAssure, NatureDossier nature, SaisieDemande saisie) {
    Assure compte = compteDe(identifiantAssure);
    DemandeValidee demande = valider(nature == NatureDossier.COMMANDE
        ? ValidationDemande.commande(compte, saisie, LocalDate.now(horloge))
        : validerDeclaration(compte, saisie));
    conflit(demande, nature).ifPresent(e -> {
      throw new ConflitException(e.champ(), e.message());
    });
  }

  private static DemandeValidee valider(ValidationDemande.Resultat resultat) {
    if (!resultat.estValide()) {
      throw new DemandeInvalideException(resultat.erreurs());
    }
    return resultat.demande();
  }

  @Transactional
  void changerStatut(String reference, StatutDossier statut, String commentaire) {
    DossierCarteVitale dossier = dossier(reference);
    if (dossier.getStatut() != statut) {
      dossier.passerA(statut, commentaire, horloge);
    }
  }

  /**
   * A task of the dossier now waits for someone ({@link StatutDossierListener}): the dossier
   * shows it, with the reason for the review when the decision asked for one. Returns what that
   * task's form shows about the dossier (the beneficiary, a summary): written for the tasks whose
   * forms show them, not for every dossier, most of which no one has to look at
   * (docs/decisions/0031-variables-des-demarches-transitoires-ou-posees-a-la-demande.md).
   */
  @Transactional
  Affichage tacheEnAttente(String reference, StatutDossier statut, String motifRevue) {
    DossierCarteVitale dossier = dossier(reference);
    if (motifRevue != null) {
      dossier.noterRevue(motifRevue);
    }
    if (dossier.getStatut() != statut) {
      dossier.passerA(statut, motifRevue, horloge);
    }
    return new Affichage(dossier.nomCompletBeneficiaire(), resume(dossier));
  }

  /** What the form of a task on the dossier shows about it: the beneficiary's full name and a summary. */
  record Affichage(String beneficiaire, String resume) {}

  /** An agent refused: the dossier ends with the reason sent to the citizen. The opposition stays. */
  @Transactional
  void refuser(String reference, String motif) {
    DossierCarteVitale dossier = dossier(reference);
    dossier.refuser(motif, horloge);
    notifier(dossier, "Demande de carte Vitale refusée",
        "Votre CPAM a refusé la demande " + reference + " pour " + dossier.nomCompletBeneficiaire() + ". Motif : "
            + motif + (dossier.getAncienneCarte() == null ? "" : " L'ancienne carte reste en opposition.")
            + " " + VoiesDeRecours.CONTESTER);
  }

  @Transactional
  void relancerPourPieces(String reference) {
    DossierCarteVitale dossier = dossier(reference);
    notifier(dossier, "Rappel : photo et pièce d'identité attendues",
        "Pour fabriquer la carte Vitale de " + dossier.nomCompletBeneficiaire() + " (dossier " + reference
            + "), transmettez une photo d'identité et une pièce d'identité depuis vos tâches. Sans réponse, le dossier"
            + " sera clos.");
  }

  @Transactional
  void cloreSansReponse(String reference) {
    DossierCarteVitale dossier = dossier(reference);
    dossier.passerA(StatutDossier.CLOSE_SANS_REPONSE, "Photo et pièce d'identité non reçues dans le délai", horloge);
    notifier(dossier, "Dossier carte Vitale clos",
        "Le dossier " + reference + " est clos : la photo et la pièce d'identité de " + dossier.nomCompletBeneficiaire()
            + " n'ont pas été reçues dans le délai. Pour obtenir une carte, faites une nouvelle demande.");
  }

  void notifier(DossierCarteVitale dossier, String titre, String texte) {
    notifications.notifier(dossier.getProprietaire().identifiant(), dossier.getReference(), titre, texte);
  }

  /** The oppositions recorded by a dossier. */
  @Transactional(readOnly = true)
  List<OppositionCarteVitale> oppositionsDe(String reference) {
    return oppositions.findByReferenceDossier(reference);
  }

  private Instant ilYADouzeMois() {
    return ZonedDateTime.ofInstant(horloge.instant(), Fuseau.PARIS).minusMonths(12).toInstant();
  }
}
