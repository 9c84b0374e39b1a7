package fr.cpam.demarches.accidenttiers;

import org.springframework.stereotype.Component;

/** The simulated payer, steered by tests of other packages (browser journeys, two nodes). */
@Component
public class PayeurDeTest {

  private final AssureurSimule assureur;

  PayeurDeTest(AssureurSimule assureur) {
    this.assureur = assureur;
  }

  /** The next new claim is paid in full after the payer's delay. */
  public void paieraEnTotalite() {
    assureur.imposer(AssureurSimule.Conduite.PAIEMENT_TOTAL);
  }

  /** Sends the answers whose time has come; returns how many. */
  public int repondre() {
    return assureur.transmettreReponsesEchues();
  }

  /** The idempotency keys of the claims the payer took for a dossier, in order. */
  public java.util.List<String> creancesRecues(String reference) {
    return assureur.creancesRecues(reference);
  }

  public void reinitialiser() {
    assureur.reinitialiser();
  }
}
