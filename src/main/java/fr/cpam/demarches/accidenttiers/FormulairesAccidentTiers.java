package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;

import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.engine.FormulaireInvalideException;
import fr.cpam.demarches.engine.UtilisateurMoteur;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The listeners of the Tasklist forms of {@code AccidentTiers}. When a task is created: the
 * dossier moves to the status the victim reads, the previous answers are cleared, and what the
 * form shows (the declaration, the claim item by item) is written as task variables, which the
 * victim cannot read. When it ends: the answers are checked again on the server (the form only
 * checks in the browser) and recorded in the dossier with who gave them.
 *
 * <p>The checks are an execution listener on the end of the user task, not a task "complete"
 * listener: the engine wraps what those throw (ENGINE-03051) and the French message would reach
 * Tasklist as a system error. A task cancelled by a boundary event is not checked.
 */
@Component("formulairesAccidentTiers")
class FormulairesAccidentTiers implements TaskListener, ExecutionListener {

  static final int TEXTE_MAX = 2000;
  private static final List<String> REPONSES = reponses();

  private final DossiersAccidentTiers dossiers;
  private final CreancesAccidentTiers creances;

  /** Every answer of the forms, cleared when a task is created. */
  private static List<String> reponses() {
    List<String> noms = new ArrayList<>(List.of(DECISION_QUALIFICATION, DECISION_IDENTIFICATION, DECISION_CHIFFRAGE,
        DECISION_NOTIFICATION, DECISION_DESACCORD, MOTIF, MONTANT_TRANSIGE, REPONSE_VICTIME, TIERS_IDENTITE, ASSUREUR_NOM,
        ASSUREUR_CONTRAT, PV_REFERENCE, REFERENCE_ARRET, QUESTION_VICTIME));
    for (int ligne = 1; ligne <= LIGNES_DE_FRAIS; ligne++) {
      noms.addAll(List.of(fraisNature(ligne), fraisDate(ligne), fraisMontant(ligne)));
    }
    return List.copyOf(noms);
  }

  private final Clock horloge;

  FormulairesAccidentTiers(DossiersAccidentTiers dossiers, CreancesAccidentTiers creances, Clock horloge) {
    this.dossiers = dossiers;
    this.creances = creances;
    this.horloge = horloge;
  }

  // When a task is created.

  @Override
  public void notify(DelegateTask tache) {
    DelegateExecution execution = tache.getExecution();
    String reference = (String) execution.getVariable(REFERENCE);
    Object question = execution.getVariable(QUESTION_VICTIME);
    REPONSES.forEach(execution::removeVariable);
    switch (tache.getTaskDefinitionKey()) {
      case TACHE_QUALIFIER, TACHE_IDENTIFIER_ASSUREUR -> tache.setVariableLocal(RESUME, dossiers.resume(reference));
      case TACHE_COMPLETER -> {
        // The question stays for the victim's form; her previous answers are gone.
        execution.setVariable(QUESTION_VICTIME, question);
        dossiers.demanderComplement(reference, (String) question);
      }
      case TACHE_CHIFFRER -> {
        creances.releverIndemnites(reference);
        dossiers.chiffrer(reference);
        tache.setVariableLocal(RESUME, dossiers.resume(reference));
        tache.setVariableLocal(CREANCE, creances.detail(reference));
      }
      case TACHE_NOTIFIER -> {
        creances.releverIndemnites(reference);
        tache.setVariableLocal(RESUME, dossiers.resume(reference));
        tache.setVariableLocal(CREANCE, creances.detail(reference));
      }
      case TACHE_DESACCORD -> {
        dossiers.desaccord(reference, execution.getVariable(REPONSE_PAYEUR) == null);
        tache.setVariableLocal(RESUME, dossiers.resume(reference));
        tache.setVariableLocal(CREANCE, creances.detail(reference));
      }
      default -> throw new IllegalStateException("Tâche inattendue : " + tache.getTaskDefinitionKey());
    }
  }

  // When a task is completed.

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    String reference = (String) execution.getVariable(REFERENCE);
    String auteur = UtilisateurMoteur.de(execution.getProcessEngineServices()).orElse(null);
    switch (execution.getCurrentActivityId()) {
      case TACHE_QUALIFIER -> qualifier(execution, reference, auteur);
      case TACHE_COMPLETER -> completer(execution, reference, auteur);
      case TACHE_IDENTIFIER_ASSUREUR -> identifier(execution, reference, auteur);
      case TACHE_CHIFFRER -> chiffrer(execution, reference, auteur);
      case TACHE_NOTIFIER -> choix(execution, DECISION_NOTIFICATION, Set.of(ENVOYER, CORRIGER),
          "Choisissez d'envoyer la créance au payeur ou de revenir au chiffrage.");
      case TACHE_DESACCORD -> desaccord(execution, reference, auteur);
      case TIMER_COMPLEMENT -> dossiers.complementSansReponse(reference);
      default -> throw new IllegalStateException("Tâche inattendue : " + execution.getCurrentActivityId());
    }
  }

  private void qualifier(DelegateExecution execution, String reference, String auteur) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    String decision = choix(execution, DECISION_QUALIFICATION, Set.of(RECEVABLE, COMPLEMENT, CLASSER),
        "Choisissez la suite : recours à exercer, informations à demander à la victime, ou pas d'accident causé par un tiers.");
    String arret = facultatif(execution, REFERENCE_ARRET, 30, erreurs);
    if (arret != null && !ValidationDeclaration.referenceArretValide(arret.toUpperCase(java.util.Locale.ROOT))) {
      erreurs.add(new ErreurChamp(REFERENCE_ARRET, "La référence de l'arrêt est celle de son dossier d'indemnités journalières, par exemple "
          + ValidationDeclaration.EXEMPLE_REFERENCE_ARRET + "."));
    }
    if (COMPLEMENT.equals(decision)) {
      exige(execution, QUESTION_VICTIME, "Écrivez la question à poser à la victime.", erreurs);
    } else if (CLASSER.equals(decision)) {
      exige(execution, MOTIF, "Indiquez pourquoi ce n'est pas un accident causé par un tiers (la victime le lira).", erreurs);
    }
    refuserSi(erreurs);
    if (arret != null) {
      dossiers.corrigerReferenceArret(reference, arret.toUpperCase(), auteur);
    }
    dossiers.noter(reference, "Qualification : " + libelle(decision), auteur);
  }

  private void completer(DelegateExecution execution, String reference, String auteur) {
    Object victime = execution.getVariable(INITIATOR);
    if (auteur != null && !auteur.equals(victime)) {
      throw new FormulaireInvalideException(REPONSE_VICTIME, "Seule la victime qui a déclaré l'accident peut compléter sa déclaration.");
    }
    List<ErreurChamp> erreurs = new ArrayList<>();
    String reponse = exige(execution, REPONSE_VICTIME, "Écrivez votre réponse à la question de votre CPAM.", erreurs);
    String tiers = facultatif(execution, TIERS_IDENTITE, ValidationDeclaration.TIERS_MAX, erreurs);
    String assureur = facultatif(execution, ASSUREUR_NOM, ValidationDeclaration.ASSUREUR_MAX, erreurs);
    String contrat = facultatif(execution, ASSUREUR_CONTRAT, ValidationDeclaration.CONTRAT_MAX, erreurs);
    String plainte = facultatif(execution, PV_REFERENCE, ValidationDeclaration.PV_REFERENCE_MAX, erreurs);
    refuserSi(erreurs);
    dossiers.complementRecu(reference, reponse, tiers, assureur, contrat, plainte);
    List.of(REPONSE_VICTIME, TIERS_IDENTITE, ASSUREUR_NOM, ASSUREUR_CONTRAT, PV_REFERENCE, QUESTION_VICTIME)
        .forEach(execution::removeVariable);
  }

  private void identifier(DelegateExecution execution, String reference, String auteur) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    String decision = choix(execution, DECISION_IDENTIFICATION, Set.of(ASSUREUR, FONDS, CLASSER),
        "Choisissez la suite : assureur identifié, responsable non assuré ou introuvable, ou dossier à classer.");
    String nom = null;
    String contrat = null;
    if (ASSUREUR.equals(decision)) {
      nom = exige(execution, ASSUREUR_NOM, "Indiquez le nom de l'assureur du responsable.", erreurs);
      contrat = facultatif(execution, ASSUREUR_CONTRAT, ValidationDeclaration.CONTRAT_MAX, erreurs);
    } else if (CLASSER.equals(decision)) {
      exige(execution, MOTIF, "Indiquez pourquoi le dossier est classé (la victime le lira).", erreurs);
    }
    refuserSi(erreurs);
    if (ASSUREUR.equals(decision)) {
      dossiers.assureurIdentifie(reference, nom, contrat, auteur);
    } else if (FONDS.equals(decision)) {
      dossiers.confierAuFonds(reference, auteur);
    }
  }

  private void chiffrer(DelegateExecution execution, String reference, String auteur) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    String decision = choix(execution, DECISION_CHIFFRAGE, Set.of(NOTIFIER, CLASSER),
        "Choisissez de préparer la notification au payeur, ou de classer le dossier faute de frais à réclamer.");
    List<CreancesAccidentTiers.FraisSaisi> frais = frais(execution);
    erreurs.addAll(CreancesAccidentTiers.verifier(frais, dossiers.dossier(reference).getDateAccident(), LocalDate.now(horloge)));
    if (CLASSER.equals(decision)) {
      exige(execution, MOTIF, "Indiquez pourquoi aucun frais n'est réclamé (la victime le lira).", erreurs);
    } else if (NOTIFIER.equals(decision) && frais.isEmpty() && creances.etat(reference).lignes().isEmpty()) {
      erreurs.add(new ErreurChamp(fraisNature(1), "Aucun frais n'est lié à l'accident : saisissez les frais de soins, ou classez le dossier."));
    }
    refuserSi(erreurs);
    creances.ajouterFrais(reference, frais, auteur);
  }

  private void desaccord(DelegateExecution execution, String reference, String auteur) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    String decision = choix(execution, DECISION_DESACCORD, Set.of(NEGOCIER, CONTENTIEUX, ABANDONNER),
        "Choisissez la suite : montant convenu avec le payeur, action en justice, ou abandon du recours.");
    Long convenu = null;
    if (NEGOCIER.equals(decision)) {
      String saisie = exige(execution, MONTANT_TRANSIGE, "Indiquez le montant convenu avec le payeur.", erreurs);
      if (saisie != null) {
        convenu = Montants.lire(saisie).orElse(null);
        long reclame = creances.etat(reference).principal();
        if (convenu == null || convenu <= 0) {
          erreurs.add(new ErreurChamp(MONTANT_TRANSIGE, "Le montant s'écrit en euros avec deux décimales au plus, par exemple 1 250,00."));
        } else if (convenu > reclame) {
          erreurs.add(new ErreurChamp(MONTANT_TRANSIGE,
              "Le montant convenu dépasse les sommes réclamées (" + Montants.enClair(reclame) + ") : vérifiez-le."));
        }
      }
    } else if (ABANDONNER.equals(decision)) {
      exige(execution, MOTIF, "Indiquez pourquoi le recours est abandonné (la victime le lira).", erreurs);
    }
    refuserSi(erreurs);
    if (convenu != null) {
      dossiers.convenir(reference, convenu, auteur);
    } else {
      dossiers.noter(reference, "Désaccord : " + libelle(decision), auteur);
    }
  }

  /** The care costs of the form's lines: a line counts as soon as one of its fields is filled. */
  static List<CreancesAccidentTiers.FraisSaisi> frais(DelegateExecution execution) {
    List<CreancesAccidentTiers.FraisSaisi> frais = new ArrayList<>();
    for (int ligne = 1; ligne <= LIGNES_DE_FRAIS; ligne++) {
      String nature = texte(execution, fraisNature(ligne));
      String date = texte(execution, fraisDate(ligne));
      String montant = texte(execution, fraisMontant(ligne));
      if (nature != null || date != null || montant != null) {
        frais.add(new CreancesAccidentTiers.FraisSaisi(ligne, nature, date, montant));
      }
    }
    return frais;
  }

  private static String texte(DelegateExecution execution, String nom) {
    Object valeur = execution.getVariable(nom);
    return valeur == null || valeur.toString().isBlank() ? null : valeur.toString().strip();
  }

  private static String libelle(String decision) {
    return switch (decision) {
      case RECEVABLE -> "recours à exercer";
      case COMPLEMENT -> "informations demandées à la victime";
      case CLASSER -> "pas d'accident causé par un tiers";
      case NEGOCIER -> "montant convenu avec le payeur";
      case CONTENTIEUX -> "action en justice";
      case ABANDONNER -> "abandon du recours";
      default -> decision;
    };
  }

  private static String choix(DelegateExecution execution, String nom, Set<String> valeurs, String siAbsent) {
    Object valeur = execution.getVariable(nom);
    if (!(valeur instanceof String choix) || !valeurs.contains(choix)) {
      throw new FormulaireInvalideException(nom, siAbsent);
    }
    return choix;
  }

  private static String exige(DelegateExecution execution, String nom, String siVide, List<ErreurChamp> erreurs) {
    Object valeur = execution.getVariable(nom);
    if (valeur == null || valeur.toString().isBlank()) {
      erreurs.add(new ErreurChamp(nom, siVide));
      return null;
    }
    String texte = valeur.toString().strip();
    if (texte.length() > TEXTE_MAX) {
      erreurs.add(new ErreurChamp(nom, "Ce texte dépasse " + TEXTE_MAX + " caractères (" + texte.length() + ") : raccourcissez-le."));
      return null;
    }
    return texte;
  }

  private static String facultatif(DelegateExecution execution, String nom, int max, List<ErreurChamp> erreurs) {
    Object valeur = execution.getVariable(nom);
    return ValidationDeclaration.facultatif(nom, valeur == null ? null : valeur.toString(), max, erreurs);
  }

  private static void refuserSi(List<ErreurChamp> erreurs) {
    if (!erreurs.isEmpty()) {
      throw new FormulaireInvalideException(erreurs);
    }
  }
}
