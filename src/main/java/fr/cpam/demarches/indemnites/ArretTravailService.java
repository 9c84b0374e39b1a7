package fr.cpam.demarches.indemnites;

import static fr.cpam.demarches.indemnites.IndemnitesJournalieresProcess.*;

import fr.cpam.demarches.commun.ConflitException;
import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.commun.ReferenceDossierGenerator;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.indemnites.interne.ArretTravail;
import fr.cpam.demarches.indemnites.interne.ArretTravailRepository;
import fr.cpam.demarches.indemnites.interne.AttestationSalaire;
import fr.cpam.demarches.indemnites.interne.AttestationSalaireRepository;
import fr.cpam.demarches.indemnites.interne.AvisArret;
import fr.cpam.demarches.indemnites.interne.AvisArretRepository;
import fr.cpam.demarches.indemnites.interne.StatutArret;
import fr.cpam.demarches.indemnites.interne.VersementIj;
import fr.cpam.demarches.indemnites.interne.VersementIjRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the senders' documents do to a dossier: a doctor's notice opens one (or prolongs one),
 * an employer's attestation is correlated to it, an early return to work shortens it. Each
 * request is one transaction: a refused request leaves nothing recorded and no process started.
 */
@Service
class ArretTravailService {

  private static final Logger LOG = LoggerFactory.getLogger(ArretTravailService.class);
  private static final String NON_INDIQUE = "Non indiqué";

  /**
   * The answer to a reference that does not exist, and to one of an arrêt the sender may not act
   * on: the same words, so that no sender learns which references exist.
   */
  static final String INCONNU = "Aucun arrêt de travail ne porte cette référence parmi ceux que vous pouvez traiter.";

  /** Longest arrêt a single notice may prescribe. */
  static final int DUREE_MAX_AVIS_JOURS = 366;

  private final ArretTravailRepository arrets;
  private final AvisArretRepository avis;
  private final AttestationSalaireRepository attestations;
  private final VersementIjRepository versements;
  private final CompteService comptes;
  private final BaremesIndemnites baremes;
  private final ReferenceDossierGenerator references;
  private final RuntimeService runtimeService;
  private final IndemnisationService indemnisation;
  private final Clock horloge;

  ArretTravailService(
      ArretTravailRepository arrets,
      AvisArretRepository avis,
      AttestationSalaireRepository attestations,
      VersementIjRepository versements,
      CompteService comptes,
      BaremesIndemnites baremes,
      ReferenceDossierGenerator references,
      RuntimeService runtimeService,
      IndemnisationService indemnisation, Clock horloge) {
    this.arrets = arrets;
    this.avis = avis;
    this.attestations = attestations;
    this.versements = versements;
    this.comptes = comptes;
    this.baremes = baremes;
    this.references = references;
    this.runtimeService = runtimeService;
    this.indemnisation = indemnisation;
    this.horloge = horloge;
  }

  /** A notice as the doctor's software sends it. */
  record AvisRecu(
      String nir,
      LocalDate dateDebut,
      LocalDate dateFin,
      LocalDate datePrescription,
      boolean prolongation,
      String referenceArretInitial,
      String siretEmployeur,
      boolean ald) {}

  /** The dossier the notice went to. */
  record AvisEnregistre(String reference, boolean prolongation, LocalDate dateFin, boolean transmisEnRetard) {}

  @Transactional
  AvisEnregistre recevoirAvis(AvisRecu recu) {
    return recevoirAvis(recu, Emetteurs.Emetteur.CPAM);
  }

  /**
   * A notice from a doctor's account: recorded as prescribed by that doctor (its RPPS); a
   * prolongation only of an arrêt that doctor prescribed.
   */
  @Transactional
  AvisEnregistre recevoirAvis(AvisRecu recu, Emetteurs.Emetteur emetteur) {
    if (!emetteur.tous() && emetteur.rpps().isEmpty()) {
      throw new AccessDeniedException("Compte de médecin sans RPPS");
    }
    Nir nir = Nir.de("nir", recu.nir());
    Assure assure =
        comptes.trouver(nir)
            .orElseThrow(
                () -> new DemandeInvalideException("nir", "Aucun assuré n'est enregistré avec ce numéro de sécurité sociale."));
    String siret = Siret.verifier("siretEmployeur", recu.siretEmployeur());
    verifierDates(recu);
    String empreinte =
        AvisArret.empreinte(
            nir.valeur(), recu.dateDebut().toString(), recu.dateFin().toString(), recu.datePrescription().toString(), siret,
            String.valueOf(recu.prolongation()), String.valueOf(recu.referenceArretInitial()), String.valueOf(recu.ald()));
    avis.findByEmpreinte(empreinte)
        .ifPresent(
            doublon -> {
              throw doublon(doublon.getArret().getReference());
            });
    boolean enRetard = LocalDate.now(horloge).isAfter(recu.datePrescription().plusDays(2));
    AvisEnregistre enregistre =
        recu.prolongation()
            ? prolonger(recu, nir, siret, empreinte, enRetard, emetteur)
            : ouvrir(recu, nir, assure, siret, empreinte, enRetard, emetteur);
    LOG.info("Avis d'arrêt de travail reçu pour {} : dossier {}{}", nir.masque(), enregistre.reference(), enRetard ? " (transmis en retard)" : "");
    return enregistre;
  }

  private void verifierDates(AvisRecu recu) {
    if (recu.dateFin().isBefore(recu.dateDebut())) {
      throw new DemandeInvalideException("dateFin", "La date de fin de l'arrêt doit être postérieure ou égale à sa date de début.");
    }
    if (recu.datePrescription().isAfter(LocalDate.now(horloge))) {
      throw new DemandeInvalideException("datePrescription", "La date de prescription ne peut pas être dans le futur.");
    }
    if (recu.dateDebut().isBefore(recu.datePrescription())) {
      throw new DemandeInvalideException(
          "dateDebut", "Un arrêt de travail ne peut pas commencer avant la date de sa prescription (pas d'arrêt rétroactif).");
    }
    if (CalculIndemnites.duree(recu.dateDebut(), recu.dateFin()) > DUREE_MAX_AVIS_JOURS) {
      throw new DemandeInvalideException(
          "dateFin", "Un avis d'arrêt de travail couvre au plus " + DUREE_MAX_AVIS_JOURS + " jours : envoyez une prolongation ensuite.");
    }
    baremes.verifierCalculable("dateDebut", recu.dateDebut());
  }

  private AvisEnregistre ouvrir(
      AvisRecu recu, Nir nir, Assure assure, String siret, String empreinte, boolean enRetard, Emetteurs.Emetteur emetteur) {
    if (recu.referenceArretInitial() != null && !recu.referenceArretInitial().isBlank()) {
      throw new DemandeInvalideException(
          "referenceArretInitial", "La référence de l'arrêt initial ne s'indique que pour une prolongation (« prolongation »: true).");
    }
    for (ArretTravail autre : arrets.findByNirOrderByDateDebutDesc(nir.valeur())) {
      if (!autre.getDateDebut().isAfter(recu.dateFin()) && !autre.dernierJourIndemnisable().isBefore(recu.dateDebut())) {
        throw new ConflitException(
            "dateDebut",
            "Un arrêt de travail couvre déjà la période du " + Textes.date(autre.getDateDebut()) + " au "
                + Textes.date(autre.dernierJourIndemnisable())
                // Its reference only to a sender who may act on it.
                + (appartient(autre, emetteur) ? " (dossier " + autre.getReference() + ")" : "")
                + " : pour le prolonger, envoyez une prolongation.");
      }
    }
    ArretTravail arret =
        new ArretTravail(
            references.nouvelle(PREFIXE_REFERENCE), nir.valeur(), assure.cpam().code(), siret, recu.dateDebut(),
            recu.dateFin(), recu.ald(), horloge);
    enregistrer(arret, new AvisArret(arret, empreinte, false, recu.dateDebut(), recu.dateFin(), recu.datePrescription(), enRetard,
        emetteur.rpps().orElse(null), horloge));
    Map<String, Object> variables = new HashMap<>();
    variables.put(REFERENCE, arret.getReference());
    variables.put(ASSURE, nir.identifiant());
    variables.put(NOM_ASSURE, assure.nomComplet());
    variables.put(CPAM, assure.cpam().code());
    variables.putAll(affichage(arret));
    variables.put(AVIS_MEDICAL_DEMANDE, false);
    runtimeService.startProcessInstanceByKey(CLE, arret.getReference(), variables);
    indemnisation.notifier(
        arret,
        "Avis d'arrêt de travail reçu",
        "Nous avons reçu votre avis d'arrêt de travail du " + Textes.date(recu.dateDebut()) + " au " + Textes.date(recu.dateFin())
            + " (dossier " + arret.getReference() + "). Votre employeur doit nous transmettre une attestation de salaire ;"
            + " vos indemnités seront calculées à sa réception. Suivez-les dans Mes paiements."
            + (enRetard
                ? " Attention : cet avis nous est parvenu plus de 48 heures après sa prescription. En cas de nouvel envoi"
                    + " tardif dans les 24 mois, vos indemnités pourraient être réduites."
                : ""));
    return new AvisEnregistre(arret.getReference(), false, arret.getDateFin(), enRetard);
  }

  private AvisEnregistre prolonger(
      AvisRecu recu, Nir nir, String siret, String empreinte, boolean enRetard, Emetteurs.Emetteur emetteur) {
    if (recu.referenceArretInitial() == null || recu.referenceArretInitial().isBlank()) {
      throw new DemandeInvalideException("referenceArretInitial", "Indiquez la référence du dossier de l'arrêt que cet avis prolonge.");
    }
    ArretTravail arret =
        arrets.findByReference(recu.referenceArretInitial().strip())
            .filter(a -> appartient(a, emetteur))
            .orElseThrow(
                () -> new DemandeInvalideException(
                    "referenceArretInitial", INCONNU));
    if (!arret.getNir().equals(nir.valeur())) {
      throw new DemandeInvalideException("nir", "Ce numéro de sécurité sociale n'est pas celui de l'arrêt " + arret.getReference() + ".");
    }
    if (!arret.getSiretEmployeur().equals(siret)) {
      throw new DemandeInvalideException(
          "siretEmployeur", "L'employeur indiqué n'est pas celui de l'arrêt initial : pour un autre employeur, envoyez un avis initial.");
    }
    if (arret.getStatut().estClos() || arret.getDateReprise() != null || arret.getDateEffetAvisMedical() != null) {
      throw new ConflitException(
          "referenceArretInitial",
          "Le dossier " + arret.getReference() + " n'est plus en cours (" + arret.getStatut().libelle().toLowerCase()
              + (arret.getDateReprise() != null ? ", reprise du travail le " + Textes.date(arret.getDateReprise()) : "")
              + ") : envoyez un avis d'arrêt initial.");
    }
    if (recu.dateDebut().isAfter(arret.getDateFin().plusDays(1)) || !recu.dateDebut().isAfter(arret.getDateDebut())) {
      throw new DemandeInvalideException(
          "dateDebut",
          "Une prolongation commence au plus tard le lendemain de la fin de l'arrêt en cours, le "
              + Textes.date(arret.getDateFin().plusDays(1)) + ".");
    }
    if (!recu.dateFin().isAfter(arret.getDateFin())) {
      throw new DemandeInvalideException(
          "dateFin", "Une prolongation reporte la fin de l'arrêt après le " + Textes.date(arret.getDateFin()) + ".");
    }
    arret.prolonger(recu.dateFin());
    enregistrer(arret, new AvisArret(arret, empreinte, true, recu.dateDebut(), recu.dateFin(), recu.datePrescription(), enRetard,
        emetteur.rpps().orElse(null), horloge));
    modifierProcessus(arret.getReference(), affichage(arret));
    indemnisation.notifier(
        arret,
        "Prolongation de votre arrêt de travail",
        "La prolongation de votre arrêt de travail jusqu'au " + Textes.date(recu.dateFin()) + " est enregistrée (dossier "
            + arret.getReference() + "). Elle ne comporte pas de nouveau délai de carence : vos indemnités continuent.");
    return new AvisEnregistre(arret.getReference(), true, arret.getDateFin(), enRetard);
  }

  /**
   * Whether a sender acts for this arrêt: its employer (one of the account's SIRET), or a doctor
   * who prescribed one of its notices.
   */
  private boolean appartient(ArretTravail arret, Emetteurs.Emetteur emetteur) {
    return emetteur.tous()
        || emetteur.sirets().contains(arret.getSiretEmployeur())
        || emetteur.rpps().map(rpps -> avis.existsByArretAndRppsPrescripteur(arret, rpps)).orElse(false);
  }

  /** What the agents' forms show of the arrêt (its SIRET and dates), as a French reader writes them. */
  static Map<String, Object> affichage(ArretTravail arret) {
    return Map.of(
        SIRET, arret.getSiretEmployeur() == null ? NON_INDIQUE : Textes.siret(arret.getSiretEmployeur()),
        DATE_DEBUT, Textes.date(arret.getDateDebut()),
        DATE_FIN, Textes.date(arret.getDateFin()));
  }

  private void enregistrer(ArretTravail arret, AvisArret nouvelAvis) {
    try {
      arrets.saveAndFlush(arret);
      avis.saveAndFlush(nouvelAvis);
    } catch (DataIntegrityViolationException e) {
      // The same notice sent twice at the same moment: the unique fingerprint stops the second.
      throw doublon(arret.getReference());
    }
  }

  private static ConflitException doublon(String reference) {
    return new ConflitException(
        null, "Cet avis d'arrêt de travail a déjà été reçu (dossier " + reference + ") : il n'est pas enregistré une seconde fois.");
  }

  /**
   * Tells the running dossier its arrêt changed: the next payment date is computed again. The
   * dossier and its payment cycle (same business key) both show the new dates in their forms.
   */
  private void modifierProcessus(String reference, Map<String, Object> variables) {
    runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).processDefinitionKeyIn(CLE, VersementsIndemnitesJournalieresProcess.CLE)
        .active().list()
        .forEach(pi -> runtimeService.setVariables(pi.getId(), variables));
    runtimeService.createMessageCorrelation(VersementsIndemnitesJournalieresProcess.MESSAGE_ARRET_MODIFIE).processInstanceBusinessKey(reference).correlateAll();
  }

  // --- The employer's attestation --------------------------------------------------------

  /** An attestation as the payroll software sends it; the optional totals serve the longer rules. */
  record AttestationRecue(
      String referenceArret,
      List<BigDecimal> salairesBruts,
      BigDecimal heuresTravaillees,
      boolean subrogation,
      String siretEmployeur,
      LocalDate dernierJourTravaille,
      BigDecimal salairesBrutsSixMois,
      BigDecimal heuresTravailleesDouzeMois,
      BigDecimal salairesBrutsDouzeMois) {}

  static final BigDecimal SALAIRE_MAX = new BigDecimal("1000000");
  /** 13 weeks at the 60 hours a week the Code du travail allows at most. */
  static final BigDecimal HEURES_MAX_TROIS_MOIS = new BigDecimal("780");
  static final BigDecimal HEURES_MAX_DOUZE_MOIS = new BigDecimal("3120");

  @Transactional
  String recevoirAttestation(AttestationRecue recue) {
    return recevoirAttestation(recue, Emetteurs.Emetteur.CPAM);
  }

  /** An attestation from an employer's account: only for an arrêt of one of its SIRET. */
  @Transactional
  String recevoirAttestation(AttestationRecue recue, Emetteurs.Emetteur emetteur) {
    verifierAttestation(recue);
    ArretTravail arret =
        arrets.findByReference(recue.referenceArret().strip())
            .filter(a -> appartient(a, emetteur))
            .orElseThrow(
                () -> new DemandeInvalideException(
                    "referenceArret", INCONNU));
    boolean rouvrir = arret.getStatut() == StatutArret.CLASSE_SANS_ATTESTATION;
    boolean attendue =
        runtimeService.createExecutionQuery()
                .processInstanceBusinessKey(arret.getReference())
                .messageEventSubscriptionName(MESSAGE_ATTESTATION)
                .count()
            > 0;
    if (!attendue && !rouvrir) {
      throw new ConflitException(
          "referenceArret",
          "Aucune attestation de salaire n'est attendue pour l'arrêt " + arret.getReference()
              + " : elle a déjà été reçue, ou le dossier est clos.");
    }
    String siret = recue.siretEmployeur() == null || recue.siretEmployeur().isBlank() ? null : Siret.verifier("siretEmployeur", recue.siretEmployeur());
    AttestationSalaire attestation =
        attestations.save(
            new AttestationSalaire(
                arret, recue.salairesBruts(), recue.heuresTravaillees(), recue.subrogation(), siret, recue.dernierJourTravaille(),
                recue.salairesBrutsSixMois(), recue.heuresTravailleesDouzeMois(), recue.salairesBrutsDouzeMois(), horloge));
    Map<String, Object> faits = new HashMap<>();
    faits.put(SIRET_CONCORDANT, siret == null || siret.equals(arret.getSiretEmployeur()));
    faits.put(
        TRAVAIL_PENDANT_ARRET,
        recue.dernierJourTravaille() != null && !recue.dernierJourTravaille().isBefore(arret.getDateDebut()));
    faits.put(HEURES, recue.heuresTravaillees().doubleValue());
    faits.put(TOTAL_SALAIRES, attestation.totalTroisMois().doubleValue());
    faits.put(SALAIRES, recue.salairesBruts().stream().map(Textes::euros).collect(Collectors.joining(" ; ")));
    faits.put(SIRET_ATTESTATION, siret == null ? NON_INDIQUE : Textes.siret(siret));
    faits.put(DERNIER_JOUR_TRAVAILLE, recue.dernierJourTravaille() == null ? NON_INDIQUE : Textes.date(recue.dernierJourTravaille()));
    if (rouvrir) {
      rouvrirDossier(arret, faits);
    } else {
      runtimeService.createMessageCorrelation(MESSAGE_ATTESTATION)
          .processInstanceBusinessKey(arret.getReference())
          .setVariables(faits)
          .correlateWithResult();
    }
    indemnisation.signalerEtape(arret, "Attestation de salaire reçue : calcul de vos indemnités en cours");
    LOG.info("Attestation de salaire reçue pour le dossier {}", arret.getReference());
    return arret.getReference();
  }

  /** A dossier closed for want of an attestation starts again where the attestation arrives. */
  private void rouvrirDossier(ArretTravail arret, Map<String, Object> faits) {
    Assure assure = comptes.compteDe(Nir.de(arret.getNir()));
    arret.clore(StatutArret.ATTENTE_ATTESTATION, null);
    Map<String, Object> variables = new HashMap<>(faits);
    variables.put(REFERENCE, arret.getReference());
    variables.put(ASSURE, arret.getNir().substring(0, 13));
    variables.put(NOM_ASSURE, assure.nomComplet());
    variables.put(CPAM, arret.getCpamCode());
    variables.putAll(affichage(arret));
    variables.put(AVIS_MEDICAL_DEMANDE, false);
    runtimeService.createProcessInstanceByKey(CLE)
        .businessKey(arret.getReference())
        .setVariables(variables)
        .startBeforeActivity("Gateway_AttestationRecue")
        .execute();
  }

  private void verifierAttestation(AttestationRecue recue) {
    for (int i = 0; i < recue.salairesBruts().size(); i++) {
      montant("salairesBruts[" + i + "]", recue.salairesBruts().get(i), "Un salaire brut");
    }
    BigDecimal total = recue.salairesBruts().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    heures("heuresTravaillees", recue.heuresTravaillees(), HEURES_MAX_TROIS_MOIS, "sur 3 mois");
    if (recue.salairesBrutsSixMois() != null) {
      montant("salairesBrutsSixMois", recue.salairesBrutsSixMois(), "Le total des salaires de 6 mois");
      if (recue.salairesBrutsSixMois().compareTo(total) < 0) {
        throw new DemandeInvalideException(
            "salairesBrutsSixMois", "Le total des salaires de 6 mois ne peut pas être inférieur à celui des 3 derniers mois.");
      }
    }
    if (recue.salairesBrutsDouzeMois() != null) {
      montant("salairesBrutsDouzeMois", recue.salairesBrutsDouzeMois(), "Le total des salaires de 12 mois");
      BigDecimal minimum = recue.salairesBrutsSixMois() != null ? recue.salairesBrutsSixMois() : total;
      if (recue.salairesBrutsDouzeMois().compareTo(minimum) < 0) {
        throw new DemandeInvalideException(
            "salairesBrutsDouzeMois", "Le total des salaires de 12 mois ne peut pas être inférieur à celui d'une période plus courte.");
      }
    }
    if (recue.heuresTravailleesDouzeMois() != null) {
      heures("heuresTravailleesDouzeMois", recue.heuresTravailleesDouzeMois(), HEURES_MAX_DOUZE_MOIS, "sur 12 mois");
      if (recue.heuresTravailleesDouzeMois().compareTo(recue.heuresTravaillees()) < 0) {
        throw new DemandeInvalideException(
            "heuresTravailleesDouzeMois", "Les heures de 12 mois ne peuvent pas être moins nombreuses que celles des 3 derniers mois.");
      }
    }
    if (recue.dernierJourTravaille() != null && recue.dernierJourTravaille().isAfter(LocalDate.now(horloge))) {
      throw new DemandeInvalideException("dernierJourTravaille", "Le dernier jour travaillé ne peut pas être dans le futur.");
    }
  }

  private static void montant(String champ, BigDecimal montant, String quoi) {
    if (montant.signum() < 0) {
      throw new DemandeInvalideException(champ, quoi + " ne peut pas être négatif.");
    }
    if (montant.compareTo(SALAIRE_MAX) > 0) {
      throw new DemandeInvalideException(champ, quoi + " dépasse 1 000 000 € : vérifiez le montant.");
    }
    if (montant.stripTrailingZeros().scale() > 2) {
      throw new DemandeInvalideException(champ, quoi + " s'exprime en euros et centimes (2 décimales au plus).");
    }
  }

  private static void heures(String champ, BigDecimal heures, BigDecimal maximum, String periode) {
    if (heures.signum() < 0) {
      throw new DemandeInvalideException(champ, "Le nombre d'heures travaillées ne peut pas être négatif.");
    }
    if (heures.compareTo(maximum) > 0) {
      throw new DemandeInvalideException(
          champ, "Plus de " + maximum.toPlainString() + " heures " + periode + " dépasse la durée maximale du travail : vérifiez le nombre.");
    }
  }

  // --- Early return to work --------------------------------------------------------------

  record RepriseEnregistree(String reference, LocalDate dateReprise, LocalDate dernierJourIndemnisable) {}

  @Transactional
  RepriseEnregistree enregistrerReprise(String reference, LocalDate dateReprise) {
    return enregistrerReprise(reference, dateReprise, Emetteurs.Emetteur.CPAM);
  }

  /**
   * An early return to work, from the doctor who prescribed the arrêt or its employer; any other
   * sender gets the answer of an unknown reference.
   */
  @Transactional
  RepriseEnregistree enregistrerReprise(String reference, LocalDate dateReprise, Emetteurs.Emetteur emetteur) {
    ArretTravail arret =
        arrets.findByReference(reference).filter(a -> appartient(a, emetteur)).orElseThrow(() -> new IntrouvableException(INCONNU));
    if (arret.getDateReprise() != null) {
      if (arret.getDateReprise().equals(dateReprise)) {
        return new RepriseEnregistree(reference, dateReprise, arret.dernierJourIndemnisable());
      }
      throw new ConflitException(
          "dateReprise", "Une reprise du travail est déjà enregistrée pour cet arrêt, le " + Textes.date(arret.getDateReprise()) + ".");
    }
    if (arret.getStatut().estClos()) {
      throw new ConflitException("dateReprise", "Le dossier " + reference + " est clos (" + arret.getStatut().libelle().toLowerCase() + ").");
    }
    if (!dateReprise.isAfter(arret.getDateDebut())) {
      throw new DemandeInvalideException(
          "dateReprise", "La reprise du travail doit suivre le premier jour de l'arrêt (" + Textes.date(arret.getDateDebut()) + ").");
    }
    if (dateReprise.isAfter(arret.getDateFin())) {
      throw new DemandeInvalideException(
          "dateReprise",
          "Une reprise anticipée a lieu au plus tard le dernier jour prévu de l'arrêt (" + Textes.date(arret.getDateFin())
              + ") ; au-delà, l'arrêt se termine normalement.");
    }
    LocalDate dejaVerse =
        versements.findByArretOrderByPeriodeDebutAsc(arret).stream().map(VersementIj::getPeriodeFin).max(LocalDate::compareTo).orElse(null);
    if (dejaVerse != null && !dateReprise.isAfter(dejaVerse)) {
      throw new DemandeInvalideException(
          "dateReprise",
          "Des indemnités ont déjà été versées jusqu'au " + Textes.date(dejaVerse)
              + " : une reprise à cette date crée un trop-perçu, à signaler au service des prestations de la CPAM.");
    }
    arret.reprendre(dateReprise);
    modifierProcessus(reference, Map.of());
    indemnisation.notifier(
        arret,
        "Reprise du travail enregistrée",
        "Votre reprise du travail le " + Textes.date(dateReprise) + " est enregistrée : vos indemnités journalières sont dues"
            + " jusqu'au " + Textes.date(dateReprise.minusDays(1)) + ". Un dernier versement sera fait pour les jours restants.");
    return new RepriseEnregistree(reference, dateReprise, arret.dernierJourIndemnisable());
  }

  // --- Reading a dossier -----------------------------------------------------------------

  @Transactional(readOnly = true)
  ArretTravail consulter(String reference) {
    return arrets.findByReference(reference).orElseThrow(() -> new IntrouvableException("Aucun arrêt de travail " + reference + "."));
  }

  @Transactional(readOnly = true)
  List<AvisArret> avisDe(ArretTravail arret) {
    return avis.findByArretOrderByIdAsc(arret);
  }

  @Transactional(readOnly = true)
  List<VersementIj> versementsDe(ArretTravail arret) {
    return versements.findByArretOrderByPeriodeDebutAsc(arret);
  }
}
