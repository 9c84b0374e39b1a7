package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.commun.VoiesDeRecours;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.indemnites.interne.ArretTravail;
import fr.cpam.demarches.indemnites.interne.ArretTravailRepository;
import fr.cpam.demarches.indemnites.interne.AttestationSalaire;
import fr.cpam.demarches.indemnites.interne.AttestationSalaireRepository;
import fr.cpam.demarches.indemnites.interne.StatutArret;
import fr.cpam.demarches.indemnites.interne.VersementIj;
import fr.cpam.demarches.indemnites.interne.VersementIjRepository;
import fr.cpam.demarches.notification.NotificationService;
import fr.cpam.demarches.paiements.NaturePaiement;
import fr.cpam.demarches.paiements.PaiementAttendu;
import fr.cpam.demarches.paiements.PaiementEffectue;
import fr.cpam.demarches.paiements.PaiementService;
import fr.cpam.demarches.paiements.PayeA;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work of each step of the procedure, called by its delegates: the amount, the period due,
 * the payments and what the citizen is told. Runs in the engine's transaction, so a failed step
 * leaves nothing behind.
 */
@Service
class IndemnisationService {

  private static final Logger LOG = LoggerFactory.getLogger(IndemnisationService.class);

  /** Payments of a cycle are made early in the morning, for the days elapsed. */
  static final LocalTime HEURE_VERSEMENT = LocalTime.of(6, 0);

  private final ArretTravailRepository arrets;
  private final AttestationSalaireRepository attestations;
  private final VersementIjRepository versements;
  private final CalculIndemnites calcul;
  private final BaremesIndemnites baremes;
  private final CompteService comptes;
  private final NotificationService notifications;
  private final PaiementService paiements;
  private final BanqueAdapter banque;
  private final EmployeurAdapter employeur;
  private final Clock horloge;

  IndemnisationService(
      ArretTravailRepository arrets,
      AttestationSalaireRepository attestations,
      VersementIjRepository versements,
      CalculIndemnites calcul,
      BaremesIndemnites baremes,
      CompteService comptes,
      NotificationService notifications,
      PaiementService paiements,
      BanqueAdapter banque,
      EmployeurAdapter employeur, Clock horloge) {
    this.arrets = arrets;
    this.attestations = attestations;
    this.versements = versements;
    this.calcul = calcul;
    this.baremes = baremes;
    this.comptes = comptes;
    this.notifications = notifications;
    this.paiements = paiements;
    this.banque = banque;
    this.employeur = employeur;
    this.horloge = horloge;
  }

  ArretTravail arret(String reference) {
    return arrets
        .findByReference(reference)
        .orElseThrow(() -> new IntrouvableException("Aucun arrêt de travail " + reference + "."));
  }

  // --- The attestation -------------------------------------------------------------------

  @Transactional
  void envoyerRappel(String reference) {
    ArretTravail arret = arret(reference);
    employeur.rappelerAttestation(arret.getSiretEmployeur(), reference, arret.getDateDebut());
    arret.rappelEmployeurEnvoye();
  }

  @Transactional
  void demanderNouvelleAttestation(String reference) {
    ArretTravail arret = arret(reference);
    AttestationSalaire derniere = attestations.findFirstByArretOrderByIdDesc(arret).orElseThrow();
    employeur.demanderNouvelleAttestation(arret.getSiretEmployeur(), reference, derniere.getMotifVerification());
    arret.changerStatut(StatutArret.ATTENTE_ATTESTATION);
  }

  /** The agent's decision on an attestation that contradicts the notice. */
  @Transactional
  void deciderAttestation(String reference, boolean confirmee) {
    ArretTravail arret = arret(reference);
    AttestationSalaire derniere = attestations.findFirstByArretOrderByIdDesc(arret).orElseThrow();
    if (confirmee) {
      derniere.confirmer();
    } else {
      derniere.rejeter();
    }
  }

  @Transactional
  void attestationEnVerification(String reference, String motif) {
    ArretTravail arret = arret(reference);
    attestations.findFirstByArretOrderByIdDesc(arret).orElseThrow().aVerifier(motif);
    arret.changerStatut(StatutArret.VERIFICATION_ATTESTATION);
  }

  @Transactional
  void classerSansAttestation(String reference) {
    ArretTravail arret = arret(reference);
    arret.clore(StatutArret.CLASSE_SANS_ATTESTATION, "Attestation de salaire non reçue de l'employeur.");
    retirerAttente(arret);
    notifier(
        arret,
        "Arrêt de travail : dossier classé",
        "Votre employeur ne nous a pas transmis l'attestation de salaire de votre arrêt de travail du "
            + Textes.date(arret.getDateDebut()) + ", malgré nos relances. Sans elle, nous ne pouvons pas calculer vos"
            + " indemnités journalières : demandez à votre employeur de l'envoyer, ou envoyez-nous vos 3 derniers"
            + " bulletins de salaire. Votre dossier sera alors rouvert.");
  }

  // --- The amount ------------------------------------------------------------------------

  /**
   * Computes the carence and the daily allowance from the last attestation, and returns the
   * inputs of the eligibility decision.
   */
  @Transactional
  Calcul calculer(String reference) {
    ArretTravail arret = arret(reference);
    AttestationSalaire attestation = attestations.findFirstByArretOrderByIdDesc(arret).orElseThrow();
    if (attestation.getStatut() == AttestationSalaire.Statut.RECUE) {
      attestation.confirmer();
    }
    CalculIndemnites.Carence carence = calcul.carence(arret.getDateDebut(), arret.isAld(), anterieurs(arret));
    CalculIndemnites.MontantJournalier montant = calcul.montantJournalier(arret.getDateDebut(), attestation.salaires());
    arret.fixerMontant(carence, montant, attestation.isSubrogation());
    BigDecimal smicHoraire = baremes.smicPourArret(arret.getDateDebut()).horaire();
    LOG.info("Dossier {} : indemnité journalière {} (carence {} jours)", reference, montant.montantJournalierBrut(), carence.jours());
    return new Calcul(attestation.getHeuresTravaillees().doubleValue(), chiffresDeLAttestation(attestation, smicHoraire),
        montant.montantJournalierBrut());
  }

  /** The daily allowance computed, with the attestation's figures the eligibility decision reads. */
  record Calcul(double heuresTroisMois, Chiffres chiffres, BigDecimal montantJournalier) {}

  /**
   * The attestation's totals the eligibility decision reads, the salaries in hourly SMIC; null
   * when the employer did not give the figure (the decision then names it as missing).
   */
  record Chiffres(Double salairesSixMoisSmic, Double heuresDouzeMois, Double salairesDouzeMoisSmic) {}

  /**
   * The attestation's totals the eligibility decision reads, in hourly SMIC for the salaries;
   * a figure the employer did not give stays empty (the decision then names it as missing).
   */
  private static Chiffres chiffresDeLAttestation(AttestationSalaire attestation, BigDecimal smicHoraire) {
    return new Chiffres(
        attestation.getSalairesSixMois() == null ? null : enSmicHoraire(attestation.getSalairesSixMois(), smicHoraire),
        attestation.getHeuresDouzeMois() == null ? null : attestation.getHeuresDouzeMois().doubleValue(),
        attestation.getSalairesDouzeMois() == null ? null : enSmicHoraire(attestation.getSalairesDouzeMois(), smicHoraire));
  }

  /** The employer is asked for the figure the eligibility decision named as missing. */
  @Transactional
  void demanderChiffreManquant(String reference, String chiffre) {
    ArretTravail arret = arret(reference);
    employeur.demanderChiffreManquant(arret.getSiretEmployeur(), reference, chiffre);
  }

  /**
   * The figures the agent obtained from the employer, checked like the attestation's own (an
   * error names the field), recorded on the last attestation; returns the decision's inputs.
   */
  @Transactional
  Chiffres completerAttestation(String reference, BigDecimal sixMois, BigDecimal heuresDouze, BigDecimal salairesDouze) {
    ArretTravail arret = arret(reference);
    AttestationSalaire attestation = attestations.findFirstByArretOrderByIdDesc(arret).orElseThrow();
    BigDecimal six = sixMois != null ? sixMois : attestation.getSalairesSixMois();
    if (sixMois != null && sixMois.compareTo(attestation.totalTroisMois()) < 0) {
      throw new DemandeInvalideException(IndemnitesJournalieresProcess.SALAIRES_SIX_MOIS,
          "Le total des salaires de 6 mois ne peut pas être inférieur à celui des 3 derniers mois ("
              + Textes.euros(attestation.totalTroisMois()) + ").");
    }
    BigDecimal minimumDouze = six != null ? six : attestation.totalTroisMois();
    if (salairesDouze != null && salairesDouze.compareTo(minimumDouze) < 0) {
      throw new DemandeInvalideException(IndemnitesJournalieresProcess.SALAIRES_DOUZE_MOIS,
          "Le total des salaires de 12 mois ne peut pas être inférieur à celui d'une période plus courte ("
              + Textes.euros(minimumDouze) + ").");
    }
    if (heuresDouze != null && heuresDouze.compareTo(attestation.getHeuresTravaillees()) < 0) {
      throw new DemandeInvalideException(IndemnitesJournalieresProcess.HEURES_DOUZE_MOIS_SAISIES,
          "Les heures de 12 mois ne peuvent pas être moins nombreuses que celles des 3 derniers mois ("
              + attestation.getHeuresTravaillees().toPlainString() + ").");
    }
    attestation.completer(sixMois, heuresDouze, salairesDouze);
    LOG.info("Dossier {} : chiffre manquant de l'attestation saisi par un agent", reference);
    return chiffresDeLAttestation(attestation, baremes.smicPourArret(arret.getDateDebut()).horaire());
  }

  private List<CalculIndemnites.ArretAnterieur> anterieurs(ArretTravail arret) {
    return arrets.findByNirOrderByDateDebutDesc(arret.getNir()).stream()
        .filter(a -> !a.getId().equals(arret.getId()) && a.getDateDebut().isBefore(arret.getDateDebut()))
        .map(a -> new CalculIndemnites.ArretAnterieur(
            a.getDateDebut(), a.dernierJourIndemnisable(), a.isAld(), a.getCarenceJours() == null ? 0 : a.getCarenceJours()))
        .toList();
  }

  private static double enSmicHoraire(BigDecimal salaires, BigDecimal smicHoraire) {
    return salaires.divide(smicHoraire, 2, RoundingMode.DOWN).doubleValue();
  }

  /**
   * Whole months from the insured person's affiliation (the day they became an insured person,
   * in practice their first job; never their birth) to the first day of the arrêt; null when the
   * account does not know it (docs/regles-metier.md, « Ouverture des droits »).
   */
  Integer moisAffiliation(ArretTravail arret) {
    Assure assure = comptes.compteDe(Nir.de(arret.getNir()));
    return assure.affiliation()
        .map(depuis -> (int) Math.max(0, ChronoUnit.MONTHS.between(depuis, arret.getDateDebut())))
        .orElse(null);
  }

  // --- The payment cycle -----------------------------------------------------------------

  /** The period a cycle deals with, and the inputs of the decisions that depend on it. */
  record Periode(LocalDate fin, boolean plusDeSixMois, int dureeArretJours) {}

  /** A cycle's period and the months of affiliation its eligibility decision reads (null within the first 6 months). */
  record PeriodeEtAffiliation(Periode periode, Integer moisAffiliation) {}

  /**
   * The days elapsed since the last cycle (up to yesterday), no further than the last day that
   * may be due, and cut at the end of the 6th month, after which other conditions apply. The
   * dossier's own process runs this cycle: the payment run leaves the dossier alone until the
   * cycle plans the next payment.
   */
  @Transactional
  PeriodeEtAffiliation determinerPeriode(String reference) {
    ArretTravail arret = arret(reference);
    arret.cycle(LocalDate.now(horloge), true);
    Periode periode = periode(arret);
    // Read only when the decision needs it (beyond the 6th month): a cycle reads no account before.
    Integer mois = periode.plusDeSixMois() ? moisAffiliation(arret) : null;
    if (periode.plusDeSixMois() && mois == null) {
      // No other date stands in for it: the cycle's job fails and becomes an incident (Cockpit)
      // until an agent records the date; its retry then decides.
      throw new IllegalStateException(
          "Dossier " + reference + " : la date d'affiliation de l'assuré est inconnue, et l'ouverture des droits au-delà de"
              + " 6 mois d'arrêt en dépend. Enregistrez-la (PUT /api/assures/{nir}/affiliation), puis relancez ce job.");
    }
    return new PeriodeEtAffiliation(periode, mois);
  }

  private Periode periode(ArretTravail arret) {
    LocalDate hier = LocalDate.now(horloge).minusDays(1);
    LocalDate debut = premierJourNonTraite(arret);
    LocalDate fin = hier.isBefore(arret.dernierJourIndemnisable()) ? hier : arret.dernierJourIndemnisable();
    LocalDate sixMois = arret.getDateDebut().plusMonths(6);
    if (debut.isBefore(sixMois) && !fin.isBefore(sixMois)) {
      fin = sixMois.minusDays(1);
    }
    boolean plusDeSixMois = !fin.isBefore(sixMois);
    return new Periode(fin, plusDeSixMois, (int) CalculIndemnites.duree(arret.getDateDebut(), arret.getDateFin()));
  }

  private static LocalDate premierJourNonTraite(ArretTravail arret) {
    LocalDate premier = arret.getPremierJourIndemnise();
    if (arret.getDernierJourTraite() != null && !arret.getDernierJourTraite().isBefore(premier)) {
      premier = arret.getDernierJourTraite().plusDays(1);
    }
    return premier;
  }

  /** What a cycle found: something to pay, and whether every day due has been dealt with. */
  record Versements(boolean aVerser, boolean termine) {}

  /**
   * Records the payments of the period, one per run of consecutive days that may be paid (at
   * most 360 allowances over 3 years outside ALD). The idempotency key of each is unique.
   */
  @Transactional
  Versements calculerVersements(String reference, Periode periode) {
    ArretTravail arret = arret(reference);
    arret.decisionsPrises(periode.plusDeSixMois(), periode.dureeArretJours());
    return calculerVersements(arret, periode.fin());
  }

  private Versements calculerVersements(ArretTravail arret, LocalDate finPeriode) {
    String reference = arret.getReference();
    LocalDate debut = premierJourNonTraite(arret);
    if (!finPeriode.isBefore(debut)) {
      List<LocalDate> jours =
          calcul.joursIndemnisables(debut, finPeriode, arret.isAld(), joursDejaIndemnisesHorsAld(arret, debut));
      for (List<LocalDate> suite : suitesDeJours(jours)) {
        LocalDate premier = suite.get(0);
        if (versements.existsByCleIdempotence(VersementIj.cle(reference, premier))) {
          continue;
        }
        CalculIndemnites.MontantPeriode montant =
            calcul.montantPeriode(arret.getMontantJournalier(), suite.size(), premier);
        versements.save(new VersementIj(arret, premier, suite.get(suite.size() - 1), arret.getMontantJournalier(), montant, horloge));
      }
      long nonIndemnisables = CalculIndemnites.duree(debut, finPeriode) - jours.size();
      if (nonIndemnisables > 0) {
        notifier(
            arret,
            "Indemnités journalières : plafond atteint",
            nonIndemnisables + " jour(s) d'arrêt entre le " + Textes.date(debut) + " et le " + Textes.date(finPeriode)
                + " ne sont pas indemnisés : hors affection de longue durée, au plus " + baremes.maximumIndemnites()
                + " indemnités journalières sont versées sur une période de " + baremes.periodeMaximumAnnees() + " ans.");
      }
      arret.traiteJusquau(finPeriode);
    }
    boolean aVerser = !versements.findByArretAndStatutOrderByPeriodeDebutAsc(arret, VersementIj.Statut.A_VERSER).isEmpty();
    return new Versements(aVerser, arret.indemnisationTerminee());
  }

  private List<LocalDate> joursDejaIndemnisesHorsAld(ArretTravail arret, LocalDate debut) {
    List<LocalDate> jours = new ArrayList<>();
    LocalDate depuis = debut.minusYears(baremes.periodeMaximumAnnees());
    for (VersementIj v : versements.horsAldDepuis(arret.getNir(), depuis)) {
      for (LocalDate j = v.getPeriodeDebut(); !j.isAfter(v.getPeriodeFin()); j = j.plusDays(1)) {
        jours.add(j);
      }
    }
    return jours;
  }

  private static List<List<LocalDate>> suitesDeJours(List<LocalDate> jours) {
    List<List<LocalDate>> suites = new ArrayList<>();
    List<LocalDate> courante = new ArrayList<>();
    for (LocalDate jour : jours) {
      if (!courante.isEmpty() && !courante.get(courante.size() - 1).plusDays(1).equals(jour)) {
        suites.add(courante);
        courante = new ArrayList<>();
      }
      courante.add(jour);
    }
    if (!courante.isEmpty()) {
      suites.add(courante);
    }
    return suites;
  }

  /**
   * Pays every payment of the dossier not yet paid, each with its idempotency key: a retry
   * after a failure (ours or the bank's) never pays a period twice.
   */
  @Transactional
  void effectuerVirements(String reference) {
    effectuerVirements(arret(reference));
  }

  private void effectuerVirements(ArretTravail arret) {
    String reference = arret.getReference();
    Assure assure = comptes.compteDe(Nir.de(arret.getNir()));
    for (VersementIj versement : versements.findByArretAndStatutOrderByPeriodeDebutAsc(arret, VersementIj.Statut.A_VERSER)) {
      boolean employeurPaye = versement.getPayeA() == PayeA.EMPLOYEUR;
      String beneficiaire =
          employeurPaye ? "Employeur SIRET " + versement.getSiretEmployeur() : assure.nomComplet();
      String libelle =
          "IJ " + reference + " du " + Textes.date(versement.getPeriodeDebut()) + " au " + Textes.date(versement.getPeriodeFin());
      String referenceVirement;
      try {
        referenceVirement = banque.virer(versement.getCleIdempotence(), versement.getMontantNet(), beneficiaire, libelle);
      } catch (BanqueAdapter.VirementImpossibleException e) {
        // Expected: one line, no stack trace; the engine retries the job, then makes it an incident.
        LOG.warn("Dossier {} : la banque n'a pas exécuté le virement {}, nouvel essai prévu", reference, versement.getCleIdempotence());
        throw e;
      }
      versement.verse(referenceVirement, horloge);
      String payeA = employeurPaye ? "Votre employeur (SIRET " + Textes.siret(versement.getSiretEmployeur()) + ")" : "Vous";
      paiements.enregistrer(
          new PaiementEffectue(
              "IJ/" + versement.getCleIdempotence(),
              assure.nir().valeur(),
              assure.nir().valeur(),
              assure.nomComplet(),
              NaturePaiement.INDEMNITES_JOURNALIERES,
              "Arrêt de travail " + reference + " : " + versement.getJours() + " jour(s) à " + Textes.euros(versement.getMontantJournalier()),
              LocalDate.now(horloge),
              versement.getPeriodeDebut(),
              versement.getPeriodeFin(),
              versement.getMontantBrut(),
              versement.getCsg(),
              versement.getCrds(),
              versement.getPayeA(),
              payeA,
              reference));
      notifier(
          arret,
          "Paiement de vos indemnités journalières",
          "Indemnités du " + Textes.date(versement.getPeriodeDebut()) + " au " + Textes.date(versement.getPeriodeFin()) + " ("
              + versement.getJours() + " jour(s) à " + Textes.euros(versement.getMontantJournalier()) + ") : brut "
              + Textes.euros(versement.getMontantBrut()) + ", CSG " + Textes.euros(versement.getCsg()) + ", CRDS "
              + Textes.euros(versement.getCrds()) + ", net " + Textes.euros(versement.getMontantNet()) + ". "
              + (employeurPaye
                  ? "Votre employeur maintient votre salaire : le paiement lui est versé (subrogation)."
                  : "Le paiement est viré sur votre compte bancaire."));
      LOG.info("Dossier {} : versement {} payé", reference, versement.getCleIdempotence());
    }
  }

  /**
   * Sets the next payment, kept on the arrêt for the payment run: 14 days after the last cycle,
   * or the day after the last day due. Returns whether that day has come already (a cycle to run
   * at once).
   */
  @Transactional
  boolean planifierEcheance(String reference) {
    return planifierEcheance(arret(reference));
  }

  private boolean planifierEcheance(ArretTravail arret) {
    // A dossier started before the payment run knew its last cycle: the day after its last day processed.
    LocalDate dernierCycle = arret.getDernierCycle() != null ? arret.getDernierCycle()
        : arret.getDernierJourTraite() != null ? arret.getDernierJourTraite().plusDays(1) : LocalDate.now(horloge);
    LocalDate parRythme = dernierCycle.plusDays(baremes.rythmeVersementJours());
    LocalDate finArret = arret.dernierJourIndemnisable().plusDays(1);
    LocalDate jour = parRythme.isBefore(finArret) ? parRythme : finArret;
    arret.planifier(jour);
    signalerEtape(arret, "Prochain versement prévu le " + Textes.date(jour));
    return !jour.atTime(HEURE_VERSEMENT).atZone(Fuseau.PARIS).toInstant().isAfter(horloge.instant());
  }

  /** What the payment run did with a dossier. */
  enum IssueEcheance {
    /** Paid, and the next payment planned. */
    VERSEE,
    /** Not paid: the cycle needs the dossier's process (its first payment, the 6th month, a new length of the arrêt, the last days). */
    A_DECIDER,
    /** Nothing due any more (paid, closed or decided since the run selected it). */
    PAS_DUE
  }

  record EcheanceTraitee(IssueEcheance issue, String reference) {}

  /**
   * One dossier of the payment run, in a transaction of its own: an ordinary payment (the
   * decisions in force still hold for the period) is computed, paid and the next one planned,
   * exactly as the dossier's process would; any other cycle is left due, for the dossier's
   * process (its cycle takes the dossier out of the run). The payments' keys and the arrêt's
   * version make a second run or a concurrent cycle pay nothing twice.
   */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  EcheanceTraitee verserEcheance(long id, LocalDate jour) {
    ArretTravail arret = arrets.findById(id).orElse(null);
    if (arret == null || arret.getProchaineEcheance() == null || arret.getProchaineEcheance().isAfter(jour)) {
      return new EcheanceTraitee(IssueEcheance.PAS_DUE, arret == null ? null : arret.getReference());
    }
    Periode periode = periode(arret);
    boolean premierVersement = arret.getDernierJourTraite() == null || arret.getDernierJourTraite().isBefore(arret.getPremierJourIndemnise());
    boolean derniersJours = !periode.fin().isBefore(arret.dernierJourIndemnisable());
    if (premierVersement || derniersJours || !arret.decisionsTiennent(periode.plusDeSixMois(), periode.dureeArretJours())) {
      return new EcheanceTraitee(IssueEcheance.A_DECIDER, arret.getReference());
    }
    arret.cycle(jour, false);
    calculerVersements(arret, periode.fin());
    effectuerVirements(arret);
    planifierEcheance(arret);
    return new EcheanceTraitee(IssueEcheance.VERSEE, arret.getReference());
  }

  // --- The ends of a dossier -------------------------------------------------------------

  @Transactional
  void notifierDroitsNonOuverts(String reference, String motif) {
    ArretTravail arret = arret(reference);
    boolean dejaIndemnise = !versements.findByArretOrderByPeriodeDebutAsc(arret).isEmpty();
    arret.clore(StatutArret.DROITS_NON_OUVERTS, motif);
    retirerAttente(arret);
    String texte =
        dejaIndemnise
            ? "Vos indemnités journalières cessent à partir du " + Textes.date(premierJourNonTraite(arret)) + " : " + motif
            : "Vos droits aux indemnités journalières ne sont pas ouverts pour votre arrêt de travail du "
                + Textes.date(arret.getDateDebut()) + " : " + motif;
    notifier(arret, "Arrêt de travail : droits aux indemnités journalières", texte + " " + VoiesDeRecours.CONTESTER);
  }

  /** The service médical's opinion, checked like the form the agent filled in. */
  @Transactional
  void enregistrerAvisMedical(String reference, boolean favorable, LocalDate dateEffet) {
    ArretTravail arret = arret(reference);
    if (favorable) {
      return;
    }
    if (dateEffet == null) {
      throw new DemandeInvalideException("dateEffetAvis", "Indiquez la date à partir de laquelle les indemnités ne sont plus dues.");
    }
    if (!dateEffet.isAfter(arret.getDateDebut())) {
      throw new DemandeInvalideException(
          "dateEffetAvis", "La date doit être postérieure au premier jour de l'arrêt (" + Textes.date(arret.getDateDebut()) + ").");
    }
    if (arret.getDernierJourTraite() != null && !dateEffet.isAfter(arret.getDernierJourTraite())) {
      throw new DemandeInvalideException(
          "dateEffetAvis",
          "Les indemnités sont déjà versées jusqu'au " + Textes.date(arret.getDernierJourTraite())
              + " : choisissez une date à partir du " + Textes.date(arret.getDernierJourTraite().plusDays(1)) + ".");
    }
    arret.appliquerAvisDefavorable(dateEffet);
  }

  @Transactional
  void notifierAvisDefavorable(String reference) {
    ArretTravail arret = arret(reference);
    notifier(
        arret,
        "Arrêt de travail : avis du service médical",
        "Après examen de votre dossier, le médecin-conseil estime que votre arrêt de travail n'est plus médicalement"
            + " justifié à partir du " + Textes.date(arret.getDateEffetAvisMedical()) + " : vos indemnités journalières ne"
            + " sont plus dues à partir de cette date. Vous pouvez demander une expertise médicale dans un délai d'un mois.");
  }

  @Transactional
  void terminer(String reference) {
    ArretTravail arret = arret(reference);
    List<VersementIj> verses = versements.findByArretOrderByPeriodeDebutAsc(arret);
    BigDecimal net = verses.stream().map(VersementIj::getMontantNet).reduce(BigDecimal.ZERO, BigDecimal::add);
    int jours = verses.stream().mapToInt(VersementIj::getJours).sum();
    arret.clore(StatutArret.TERMINE, null);
    retirerAttente(arret);
    String texte =
        jours == 0
            ? "Votre arrêt de travail du " + Textes.date(arret.getDateDebut()) + " au " + Textes.date(arret.dernierJourIndemnisable())
                + " ne donne lieu à aucune indemnité journalière : " + arret.getMotifCarence()
            : "Votre arrêt de travail du " + Textes.date(arret.getDateDebut()) + " au " + Textes.date(arret.dernierJourIndemnisable())
                + " est entièrement indemnisé : " + jours + " jour(s), " + Textes.euros(net) + " net au total."
                + " Le détail est dans Mes paiements.";
    notifier(arret, "Fin de l'indemnisation de votre arrêt de travail", texte);
  }

  // --- "Mes paiements" and the citizen's notifications -----------------------------------

  static String cleAttente(String reference) {
    return "IJ/" + reference + "/attente";
  }

  /** Shows the awaited allowance in "Mes paiements" with the step it waits on. */
  @Transactional
  void signalerEtape(String reference, String etape) {
    signalerEtape(arret(reference), etape);
  }

  void signalerEtape(ArretTravail arret, String etape) {
    Assure assure = comptes.compteDe(Nir.de(arret.getNir()));
    boolean employeurPaye = arret.paieLEmployeur();
    paiements.signalerEnAttente(
        new PaiementAttendu(
            cleAttente(arret.getReference()),
            assure.nir().valeur(),
            assure.nir().valeur(),
            assure.nomComplet(),
            NaturePaiement.INDEMNITES_JOURNALIERES,
            "Arrêt de travail " + arret.getReference(),
            arret.getPremierJourIndemnise() != null ? arret.getPremierJourIndemnise() : arret.getDateDebut(),
            arret.dernierJourIndemnisable(),
            employeurPaye ? PayeA.EMPLOYEUR : PayeA.ASSURE,
            employeurPaye ? "Votre employeur (SIRET " + Textes.siret(arret.getSiretEmployeur()) + ")" : "Vous",
            etape,
            arret.getReference(),
            arret.getProchaineEcheance()));
  }

  private void retirerAttente(ArretTravail arret) {
    paiements.retirerAttente(cleAttente(arret.getReference()));
  }

  void notifier(ArretTravail arret, String titre, String texte) {
    notifications.notifier(arret.getNir().substring(0, 13), arret.getReference(), titre, texte);
  }
}
