package fr.cpam.demarches.compte;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.CompteurSql;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.interne.AssureEntite;
import fr.cpam.demarches.compte.interne.AssureRepository;
import fr.cpam.demarches.compte.interne.BeneficiaireEntite;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An account found by its NIR (commun/ParIdentifiantNaturel): one statement with the
 * beneficiaries and the CPAM it is always shown with, none when the transaction holds it
 * already (docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
 */
@TestIntegration
class AssureParNirIntTest {

  /** Claire, of the demo accounts: two children attached to her account. */
  static final Nir CLAIRE = Nir.depuisIdentifiant("2850475112345");

  @Autowired AssureRepository assures;
  @Autowired Citoyens citoyens;
  @Autowired CompteurSql compteur;
  @Autowired TransactionTemplate transaction;
  @Autowired CompteService comptes;

  @Test
  void un_compte_est_lu_avec_ses_beneficiaires_et_sa_cpam_en_une_instruction_puis_sans_sql() {
    transaction.executeWithoutResult(statut -> {
      int premiere = instructions(() -> {
        AssureEntite claire = assures.findByNir(CLAIRE).orElseThrow();
        return claire.getBeneficiaires().size() + claire.getCpam().getLibelle().length();
      });
      AssureEntite claire = assures.findByNir(CLAIRE).orElseThrow();
      int seconde = instructions(() -> assures.findByNir(CLAIRE).orElseThrow());

      assertThat(premiere).as("compte, bénéficiaires et CPAM").isEqualTo(1);
      assertThat(seconde).as("déjà dans la transaction").isZero();
      assertThat(assures.findByNir(CLAIRE)).containsSame(claire);
      assertThat(claire.getBeneficiaires()).extracting(BeneficiaireEntite::getPrenom).contains("Léa", "Hugo");
    });
  }

  /**
   * The record other modules read is made from the same statement, inside the service's
   * transaction: nothing left to load lazily once it is returned (docs/decisions/0096).
   */
  @Test
  void le_compte_que_lisent_les_autres_modules_coute_la_meme_instruction() {
    Assure[] lu = new Assure[1];
    int instructions = instructions(() -> lu[0] = comptes.compteDe(CLAIRE));

    assertThat(instructions).as("compte, bénéficiaires et CPAM").isEqualTo(1);
    assertThat(lu[0].beneficiaires()).extracting(Beneficiaire::prenom).contains("Claire", "Léa", "Hugo");
    assertThat(lu[0].beneficiaires()).extracting(Beneficiaire::titulaire).containsOnly(CLAIRE);
    assertThat(lu[0].cpam()).isEqualTo(new Cpam("751", lu[0].cpam().libelle()));
    assertThat(lu[0].cpam().libelle()).isNotBlank();
  }

  @Test
  void un_nir_sans_compte_ne_trouve_rien_et_un_compte_ouvert_dans_la_transaction_se_retrouve_sans_sql() {
    Nir nouveau = citoyens.nirLibre('1', LocalDate.of(1999, 12, 1), "75");
    assertThat(assures.findByNir(nouveau)).isEmpty();
    transaction.executeWithoutResult(statut -> {
      assertThat(instructions(() -> assures.findByNir(nouveau))).as("lu en base").isEqualTo(1);
      Assure ouvert = comptes.ouvrirCompte(nouveau, "ESSAI", "Inès", LocalDate.of(1999, 12, 1), null,
          Adresse.de("adresse", "1 rue de Rivoli", null, "75001", "Paris"), "751", "5792");
      assertThat(instructions(() -> assures.findByNir(nouveau).orElseThrow())).as("ouvert dans la transaction").isZero();
      assertThat(assures.findByNir(nouveau)).get().extracting(AssureEntite::getNir).isEqualTo(ouvert.nir());
      statut.setRollbackOnly();
    });
    assertThat(assures.findByNir(nouveau)).as("transaction annulée").isEmpty();
  }

  private int instructions(Supplier<?> lecture) {
    CompteurSql.Releve avant = compteur.releve();
    lecture.get();
    return (int) compteur.releve().moins(avant).instructionsAutres();
  }
}
