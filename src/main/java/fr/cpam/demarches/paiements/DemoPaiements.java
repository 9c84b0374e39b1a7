package fr.cpam.demarches.paiements;

import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.Beneficiaire;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Profile {@code demo}: reimbursements of care over the last months for the demo accounts
 * (Claire and her children, Marc, Inès), dated from today so that they stay in the 27 months
 * "Mes paiements" shows. Reimbursed amounts follow the usual rates (70 % of a 30 € consultation
 * less the 2 € participation forfaitaire for an adult, none under 18). Created once.
 */
@Component
@Profile("demo")
@Order(40)
class DemoPaiements implements ApplicationRunner {

  static final String PREFIXE = "DEMO-SOINS-";

  /** Months and days before today, the beneficiary's first name, what was paid for, the amount. */
  record Soin(int moisAvant, int joursAvant, String prenom, String libelle, String montant) {}

  static final List<Soin> CLAIRE =
      List.of(
          new Soin(0, 9, "Hugo", "Consultation pédiatre", "21.00"),
          new Soin(0, 9, "Hugo", "Pharmacie", "14.37"),
          new Soin(1, 3, "Claire", "Consultation médecin généraliste", "19.00"),
          new Soin(1, 3, "Claire", "Pharmacie", "8.62"),
          new Soin(2, 15, "Léa", "Orthodontie (semestre de traitement)", "193.50"),
          new Soin(3, 22, "Léa", "Consultation médecin généraliste", "21.00"),
          new Soin(5, 2, "Claire", "Analyses de biologie médicale", "23.76"),
          new Soin(6, 18, "Hugo", "Vaccination", "9.80"),
          new Soin(8, 6, "Claire", "Consultation gynécologue", "19.00"),
          new Soin(10, 12, "Léa", "Soins dentaires", "36.15"),
          new Soin(13, 4, "Hugo", "Consultation médecin généraliste", "21.00"),
          new Soin(16, 20, "Claire", "Séances de kinésithérapie (10)", "116.20"),
          new Soin(21, 8, "Léa", "Orthodontie (semestre de traitement)", "193.50"),
          new Soin(25, 14, "Claire", "Consultation ophtalmologiste", "19.00"));

  static final List<Soin> MARC =
      List.of(
          new Soin(0, 20, "Marc", "Consultation médecin généraliste", "19.00"),
          new Soin(0, 20, "Marc", "Pharmacie", "11.54"),
          new Soin(4, 11, "Marc", "Radiographie", "17.79"),
          new Soin(11, 5, "Marc", "Consultation médecin généraliste", "19.00"),
          new Soin(19, 26, "Marc", "Consultation dermatologue", "19.00"));

  static final List<Soin> INES =
      List.of(
          new Soin(2, 1, "Inès", "Consultation médecin généraliste", "19.00"),
          new Soin(9, 17, "Inès", "Pharmacie", "6.94"));

  static final Nir CLAIRE_NIR = Nir.de("2 85 04 75 112 345 60");
  static final Nir MARC_NIR = Nir.de("1 78 01 69 123 456 29");
  static final Nir INES_NIR = Nir.de("2 92 02 13 055 123 90");

  private final PaiementService paiements;
  private final CompteService comptes;
  private final Clock horloge;

  DemoPaiements(PaiementService paiements, CompteService comptes, Clock horloge) {
    this.paiements = paiements;
    this.comptes = comptes;
    this.horloge = horloge;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    creer(CLAIRE_NIR, CLAIRE);
    creer(MARC_NIR, MARC);
    creer(INES_NIR, INES);
  }

  private void creer(Nir titulaire, List<Soin> soins) {
    Assure compte = comptes.trouver(titulaire).orElse(null);
    if (compte == null || paiements.existe(PREFIXE + titulaire.valeur() + "-0")) {
      return;
    }
    LocalDate aujourdhui = LocalDate.now(horloge);
    for (int i = 0; i < soins.size(); i++) {
      Soin soin = soins.get(i);
      Beneficiaire beneficiaire =
          compte.beneficiaires().stream().filter(b -> b.prenom().equals(soin.prenom())).findFirst().orElseThrow();
      LocalDate dateSoin = aujourdhui.minusMonths(soin.moisAvant()).minusDays(soin.joursAvant());
      // A reimbursement arrives about 5 days after a feuille de soins électronique.
      LocalDate datePaiement = dateSoin.plusDays(5).isAfter(aujourdhui) ? aujourdhui : dateSoin.plusDays(5);
      paiements.enregistrer(
          new PaiementEffectue(
              PREFIXE + titulaire.valeur() + "-" + i,
              titulaire.valeur(),
              beneficiaire.nir().valeur(),
              beneficiaire.nomComplet(),
              NaturePaiement.REMBOURSEMENT_SOINS,
              soin.libelle(),
              datePaiement,
              dateSoin,
              dateSoin,
              new BigDecimal(soin.montant()),
              BigDecimal.ZERO.setScale(2),
              BigDecimal.ZERO.setScale(2),
              PayeA.ASSURE,
              "Vous",
              null));
    }
  }
}
