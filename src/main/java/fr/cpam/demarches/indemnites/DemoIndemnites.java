package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.ReferenceDossierGenerator;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.indemnites.interne.ArretTravail;
import fr.cpam.demarches.indemnites.interne.ArretTravailRepository;
import fr.cpam.demarches.indemnites.interne.AttestationSalaire;
import fr.cpam.demarches.indemnites.interne.AttestationSalaireRepository;
import fr.cpam.demarches.indemnites.interne.AvisArret;
import fr.cpam.demarches.indemnites.interne.AvisArretRepository;
import fr.cpam.demarches.indemnites.interne.StatutArret;
import fr.cpam.demarches.indemnites.interne.VersementIj;
import fr.cpam.demarches.indemnites.interne.VersementIjRepository;
import fr.cpam.demarches.paiements.NaturePaiement;
import fr.cpam.demarches.paiements.PaiementEffectue;
import fr.cpam.demarches.paiements.PaiementService;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile {@code demo}: the ties of the two sender accounts ({@code medecin}: a doctor's RPPS,
 * {@code employeur}: two SIRET), and Marc's past sick leave, eight months ago, closed and paid
 * every 14 days like a real one (same calculation, same records), so that "Mes paiements" shows
 * daily allowances next to his reimbursements of care. Created once.
 *
 * <p>A demo database of before the senders' ties (docs/decisions/0047) holds notices with no
 * prescriber: they were all sent by the demo's only doctor account, so they become that doctor's,
 * and {@code medecin} can prolong them or end them early as the README shows.
 */
@Component
@Profile("demo")
@Order(45)
class DemoIndemnites implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoIndemnites.class);

  static final Nir MARC = Nir.de("1 78 01 69 123 456 29");
  static final String SIRET_EMPLOYEUR_MARC = "73282932000074";
  /** The demo doctor's RPPS number (the {@code medecin} account). */
  static final String RPPS_MEDECIN = "10003456789";
  /** The demo employer's account sends for Marc's employer and for a second company. */
  static final List<String> SIRETS_EMPLOYEUR = List.of(SIRET_EMPLOYEUR_MARC, "12345678900015");
  static final BigDecimal SALAIRE_MARC = new BigDecimal("2850.00");

  private final CompteService comptes;
  private final ArretTravailRepository arrets;
  private final AvisArretRepository avis;
  private final AttestationSalaireRepository attestations;
  private final VersementIjRepository versements;
  private final CalculIndemnites calcul;
  private final ReferenceDossierGenerator references;
  private final PaiementService paiements;
  private final Emetteurs emetteurs;
  private final Clock horloge;

  DemoIndemnites(
      CompteService comptes,
      ArretTravailRepository arrets,
      AvisArretRepository avis,
      AttestationSalaireRepository attestations,
      VersementIjRepository versements,
      CalculIndemnites calcul,
      ReferenceDossierGenerator references,
      PaiementService paiements,
      Emetteurs emetteurs, Clock horloge) {
    this.comptes = comptes;
    this.arrets = arrets;
    this.avis = avis;
    this.attestations = attestations;
    this.versements = versements;
    this.calcul = calcul;
    this.references = references;
    this.paiements = paiements;
    this.emetteurs = emetteurs;
    this.horloge = horloge;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    emetteurs.rattacher("medecin", List.of(Groupes.MEDECINS), RPPS_MEDECIN, List.of());
    emetteurs.rattacher("employeur", List.of(Groupes.EMPLOYEURS), null, SIRETS_EMPLOYEUR);
    int anciens = avis.attribuerSansPrescripteur(RPPS_MEDECIN);
    if (anciens > 0) {
      LOG.info("Démonstration : {} avis d'arrêt reçus avant l'enregistrement du prescripteur attribués au médecin {}", anciens,
          RPPS_MEDECIN);
    }
    Assure marc = comptes.trouver(MARC).orElse(null);
    if (marc == null || !arrets.findByNirOrderByDateDebutDesc(MARC.valeur()).isEmpty()) {
      return;
    }
    LocalDate debut = LocalDate.now(horloge).minusMonths(8).withDayOfMonth(3);
    LocalDate fin = debut.plusDays(31);
    ArretTravail arret =
        arrets.save(new ArretTravail(references.nouvelle(IndemnitesJournalieresProcess.PREFIXE_REFERENCE), MARC.valeur(),
            marc.cpam().code(), SIRET_EMPLOYEUR_MARC, debut, fin, false, horloge));
    avis.save(new AvisArret(arret, AvisArret.empreinte("demo", arret.getReference()), false, debut, fin, debut, false, RPPS_MEDECIN, horloge));
    List<BigDecimal> salaires = List.of(SALAIRE_MARC, SALAIRE_MARC, SALAIRE_MARC);
    attestations.save(new AttestationSalaire(arret, salaires, new BigDecimal("455"), false, SIRET_EMPLOYEUR_MARC, null, null, null, null, horloge));
    arret.fixerMontant(calcul.carence(debut, false, List.of()), calcul.montantJournalier(debut, salaires), false);
    LocalDate premier = arret.getPremierJourIndemnise();
    for (LocalDate du = premier; !du.isAfter(fin); du = du.plusDays(14)) {
      LocalDate au = du.plusDays(13).isAfter(fin) ? fin : du.plusDays(13);
      CalculIndemnites.MontantPeriode montant =
          calcul.montantPeriode(arret.getMontantJournalier(), (int) CalculIndemnites.duree(du, au), du);
      VersementIj versement = versements.save(new VersementIj(arret, du, au, arret.getMontantJournalier(), montant, horloge));
      versement.verse("VIR-DEMO-" + du, horloge);
      paiements.enregistrer(
          new PaiementEffectue(
              "IJ/" + versement.getCleIdempotence(), MARC.valeur(), MARC.valeur(), marc.nomComplet(),
              NaturePaiement.INDEMNITES_JOURNALIERES,
              "Arrêt de travail " + arret.getReference() + " : " + montant.jours() + " jour(s) à "
                  + Textes.euros(arret.getMontantJournalier()),
              au.plusDays(2), du, au, montant.brut(), montant.csg(), montant.crds(),
              fr.cpam.demarches.paiements.PayeA.ASSURE, "Vous", arret.getReference()));
      arret.traiteJusquau(au);
    }
    arret.clore(StatutArret.TERMINE, null);
  }
}
