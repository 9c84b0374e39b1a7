package fr.cpam.demarches.cartevitale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.commun.DonneesDuServeur;
import fr.cpam.demarches.commun.ReferenceDossierGenerator;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.Beneficiaire;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * At the start of a citizen procedure: gives the dossier its reference (business key and
 * variable {@code reference}, shown by the Tasklist filters) and prefills the citizen's first
 * form from the account: the beneficiaries to choose from, the postal address.
 */
@BeanDeProcessus("initialiserDossierListener")
class InitialiserDossierListener implements ExecutionListener {

  static final String PREFIXE = "CV";
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ReferenceDossierGenerator references;
  private final DossiersCarteVitale dossiers;
  private final ObjectMapper json;
  private final Clock horloge;

  InitialiserDossierListener(ReferenceDossierGenerator references, DossiersCarteVitale dossiers, ObjectMapper json, Clock horloge) {
    this.references = references;
    this.dossiers = dossiers;
    this.json = json;
    this.horloge = horloge;
  }

  @Override
  public void notify(DelegateExecution execution) throws JsonProcessingException {
    String reference = execution.getProcessBusinessKey();
    if (reference == null) {
      reference = references.nouvelle(PREFIXE);
      execution.setProcessBusinessKey(reference);
    }
    execution.setVariable(DemandesCarteVitaleProcess.REFERENCE, reference);
    Object initiateur = execution.getVariable(DemandesCarteVitaleProcess.INITIATOR);
    if (!(initiateur instanceof String assure) || assure.length() != 13) {
      return;
    }
    if (DonneesDuServeur.lire(DemandesCarteVitaleProcess.SAISIE_PAR_API).isPresent()) {
      // Our API fills the form itself, right away, with answers it has already checked
      // (ValidationDemande, the engagement included): nothing to pre-fill.
      return;
    }
    Assure compte = dossiers.compteDe(assure);
    boolean commande = execution.getProcessDefinitionId().startsWith(CarteVitaleCommandeProcess.CLE + ":");
    List<Beneficiaire> choix = compte.beneficiaires();
    if (commande) {
      List<Beneficiaire> eligibles = new java.util.ArrayList<>();
      StringBuilder exclues = new StringBuilder();
      LocalDate aujourdhui = LocalDate.now(horloge);
      for (Beneficiaire b : choix) {
        // A dossier under way is said when the form is completed (DemandeSaisieListener).
        var refus = PremiereCarte.refus(b, aujourdhui, dossiers.cartesActives(b.nir()).stream().findFirst(), Optional.empty());
        if (refus.isEmpty()) {
          eligibles.add(b);
        } else {
          exclues.append("\n- ").append(b.nomComplet()).append(b.nir().equals(compte.nir()) ? " (vous)" : "").append(" : ")
              .append(refus.get().enBref());
        }
      }
      // Said in the form: nobody of the account disappears from the list without a word.
      execution.setVariable(DemandesCarteVitaleProcess.PERSONNES_EXCLUES, exclues.isEmpty() ? ""
          : (eligibles.isEmpty() ? "**Aucune personne de votre compte ne peut recevoir une première carte :**"
              : "**Pas de première carte pour :**") + exclues);
      choix = eligibles.isEmpty() ? choix : eligibles;
      // The letter at 16 opens the order for one young person: pre-selected in the form.
      DonneesDuServeur.lire(DemandesCarteVitaleProcess.BENEFICIAIRE).ifPresent(jeune -> execution.setVariable(DemandesCarteVitaleProcess.BENEFICIAIRE, jeune));
    } else {
      // Only a person who has a card of their own can declare it lost, stolen or broken.
      List<Beneficiaire> avecCarte = choix.stream().filter(b -> !dossiers.cartesActives(b.nir()).isEmpty()).toList();
      choix = avecCarte.isEmpty() ? choix : avecCarte;
      boolean titulaire = choix.stream().anyMatch(b -> b.nir().equals(compte.nir()));
      execution.setVariable(DemandesCarteVitaleProcess.BENEFICIAIRE, (titulaire ? compte.nir() : choix.get(0).nir()).valeur());
      execution.setVariable(DemandesCarteVitaleProcess.ENGAGEMENT_RESTITUTION, false);
    }
    List<Map<String, String>> options =
        choix.stream().map(b -> Map.of("label", libelle(compte, b), "value", b.nir().valeur())).toList();
    execution.setVariable(DemandesCarteVitaleProcess.BENEFICIAIRES, SpinValues.jsonValue(json.writeValueAsString(options)).create());
    if (compte.adresse() != null) {
      execution.setVariable(DemandesCarteVitaleProcess.ADRESSE_LIGNE1, compte.adresse().getLigne1());
      execution.setVariable(DemandesCarteVitaleProcess.ADRESSE_LIGNE2, compte.adresse().getLigne2());
      execution.setVariable(DemandesCarteVitaleProcess.ADRESSE_CODE_POSTAL, compte.adresse().getCodePostal());
      execution.setVariable(DemandesCarteVitaleProcess.ADRESSE_COMMUNE, compte.adresse().getCommune());
    }
  }

  private static String libelle(Assure compte, Beneficiaire b) {
    return b.nomComplet() + (b.nir().equals(compte.nir()) ? " (vous)" : "") + ", né"
        + (b.nir().estFemme() ? "e" : "") + " le " + b.dateNaissance().format(DATE);
  }
}
