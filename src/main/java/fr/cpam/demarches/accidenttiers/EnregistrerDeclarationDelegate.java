package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;

import fr.cpam.demarches.commun.BeanDeProcessus;
import fr.cpam.demarches.commun.ReferenceDossierGenerator;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import fr.cpam.demarches.engine.UtilisateurMoteur;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.util.unit.DataSize;

/**
 * "Enregistrer la déclaration", in the transaction of the start: the declaration (Tasklist's
 * start form, our API, or the engine's REST API) is checked on the server, the dossier opened
 * with a reference of our own as business key (whatever key the start asked for), the victim
 * told. A refusal rolls the start back: nothing is recorded, Tasklist shows the French message,
 * the engine's REST API answers 400. Every other variable of the start is then removed: the
 * dossier is in our tables, the forms read it from there, and nothing a start carried decides.
 */
@BeanDeProcessus
class EnregistrerDeclarationDelegate implements JavaDelegate {

  /** The variables the start keeps: the dossier's reference and its initiator, set by the server. */
  static final java.util.Set<String> GARDEES = java.util.Set.of(REFERENCE, INITIATOR);

  private final DossiersAccidentTiers dossiers;
  private final ReferenceDossierGenerator references;
  private final DelaisAccidentTiers delais;
  private final long tailleMaxPiece;
  private final Clock horloge;

  EnregistrerDeclarationDelegate(
      DossiersAccidentTiers dossiers,
      ReferenceDossierGenerator references,
      DelaisAccidentTiers delais,
      @Value("${accidents-tiers.pieces.taille-max:5MB}") DataSize tailleMaxPiece, Clock horloge) {
    this.dossiers = dossiers;
    this.references = references;
    this.delais = delais;
    this.tailleMaxPiece = tailleMaxPiece.toBytes();
    this.horloge = horloge;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String victime = declarant(execution);
    Assure compte = dossiers.compteDe(victime);
    FileValue piece = execution.getVariableTyped(PIECE_PV) instanceof FileValue f ? f : null;
    SaisieDeclaration saisie = SaisieDeclaration.depuisVariables(execution.getVariables(), piece);
    var resultat = ValidationDeclaration.verifier(compte, saisie, LocalDate.now(horloge), delais.getDeclarationJours(), tailleMaxPiece);
    if (!resultat.estValide()) {
      throw new FormulaireInvalideException(resultat.erreurs());
    }
    DeclarationValidee declaration = resultat.declaration();
    dossiers.memeAccident(declaration).ifPresent(existant -> {
      throw new FormulaireInvalideException(DATE_ACCIDENT, DossiersAccidentTiers.messageMemeAccident(declaration, existant));
    });
    String reference = references.nouvelle(PREFIXE_REFERENCE);
    execution.setProcessBusinessKey(reference);
    execution.setVariable(REFERENCE, reference);
    dossiers.ouvrir(reference, victime, declaration);
    // Only what the server sets stays: a start through the engine's REST API may carry any
    // variable (a decision, an amount), none of which the process may trust.
    execution.getVariableNames().stream().filter(nom -> !GARDEES.contains(nom)).toList().forEach(execution::removeVariable);
    execution.setVariable(NOM_BENEFICIAIRE, declaration.beneficiaire().nomComplet());
  }

  /**
   * The citizen who starts the dossier, and only a citizen: the starter is the initiator (the
   * engine sets it from the login, see {@code AutorisationDemandeurPlugin}).
   */
  private static String declarant(DelegateExecution execution) {
    Object initiateur = execution.getVariable(INITIATOR);
    String connecte = UtilisateurMoteur.de(execution.getProcessEngineServices()).orElse(null);
    if (!(initiateur instanceof String victime) || victime.length() != 13 || connecte != null && !connecte.equals(victime)) {
      throw new FormulaireInvalideException(BENEFICIAIRE, "Seul un assuré peut déclarer un accident, depuis son propre compte.");
    }
    return victime;
  }
}
