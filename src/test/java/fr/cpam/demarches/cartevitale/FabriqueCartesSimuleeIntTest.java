package fr.cpam.demarches.cartevitale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.cartevitale.interne.ReponseFabriqueSimulee;
import fr.cpam.demarches.cartevitale.interne.ReponseFabriqueSimuleeRepository;
import fr.cpam.demarches.commun.Adresse;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The simulated factory keeps its word like a real one: an order key is taken once, and what it
 * took stays taken even if our side rolls back afterwards (a node dying before its commit).
 */
@TestIntegration
class FabriqueCartesSimuleeIntTest {

  private static final AtomicInteger NUMERO = new AtomicInteger(900_000);

  @Autowired FabriqueCartesSimulee fabrique;
  @Autowired ReponseFabriqueSimuleeRepository reponses;
  @Autowired TransactionTemplate transaction;

  private static FabriqueCartes.CommandeCarte commande(String reference, int numero) {
    return new FabriqueCartes.CommandeCarte(reference + "/" + numero, reference, "9" + reference.substring(6).replace("-", ""),
        "185066900100134", "MARTIN", "Anne", Adresse.de("adresse", "3 place de la Mairie", null, "44000", "Nantes"));
  }

  private static String reference() {
    return "CV-2099-" + NUMERO.incrementAndGet();
  }

  @Test
  void la_meme_commande_envoyee_deux_fois_ne_fabrique_qu_une_carte() {
    String reference = reference();
    fabrique.commander(commande(reference, 1));
    fabrique.commander(commande(reference, 1));

    assertThat(fabrique.nombreDeCommandes(reference)).isEqualTo(1);
    assertThat(reponses.findByReferenceDossierOrderByIdAsc(reference)).extracting(ReponseFabriqueSimulee::getMessage)
        .containsExactly(ProductionCarteVitaleProcess.MESSAGE_CARTE_FABRIQUEE, ProductionCarteVitaleProcess.MESSAGE_CARTE_EXPEDIEE);
  }

  @Test
  void une_commande_prise_reste_prise_quand_notre_transaction_est_annulee_apres_l_envoi() {
    String reference = reference();
    assertThatThrownBy(() -> transaction.executeWithoutResult(s -> {
      fabrique.commander(commande(reference, 1));
      throw new IllegalStateException("le nœud meurt avant de valider");
    })).hasMessageContaining("meurt");
    assertThat(fabrique.nombreDeCommandes(reference)).isEqualTo(1);

    // The retry sends the same key: nothing more is made.
    fabrique.commander(commande(reference, 1));
    assertThat(fabrique.nombreDeCommandes(reference)).isEqualTo(1);
    assertThat(reponses.findByReferenceDossierAndTransmiseLeIsNull(reference)).hasSize(2);
  }

  @Test
  void une_nouvelle_commande_du_meme_dossier_remplace_les_reponses_attendues() {
    String reference = reference();
    fabrique.commander(commande(reference, 1));
    fabrique.commander(commande(reference, 2));

    assertThat(fabrique.nombreDeCommandes(reference)).isEqualTo(2);
    assertThat(reponses.findByReferenceDossierAndTransmiseLeIsNull(reference)).hasSize(2);
  }
}
