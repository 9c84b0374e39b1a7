package fr.cpam.demarches.formation;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One training scenario, as a trainer wrote it in {@code processes/formation/<nom>.yml}
 * (format: docs/formation.md). Every field is checked against the real models when the file is
 * read ({@link Scenarios}).
 *
 * @param fichier the file's name, e.g. {@code vol-apres-demenagement.yml}
 * @param procedure the key of the BPMN model the learner works on
 * @param depot what the citizen submits to start the procedure (fields of its start form or API)
 * @param taches the agent tasks the learner completes, in order, each with the expected decision
 */
record Scenario(
    String fichier,
    String titre,
    String objectif,
    String procedure,
    Assure assure,
    Map<String, Object> depot,
    List<Evenement> evenements,
    List<DecisionAttendue> taches,
    String debrief) {

  /** The fictitious citizen; her NIR is generated for each learner from these facts. */
  record Assure(
      String prenom,
      String nom,
      String sexe,
      LocalDate naissance,
      String cpam,
      String carte,
      List<Beneficiaire> beneficiaires,
      Employeur employeur) {}

  record Beneficiaire(String prenom, LocalDate naissance) {}

  record Employeur(String siret, String raisonSociale) {}

  /**
   * Something the outside world does to the dossier while the learner works on it.
   *
   * @param type one of {@link Scenarios#TYPES_EVENEMENTS}
   * @param apres the task after which it happens ({@code null}: right after the citizen's deposit)
   * @param donnees what it carries (a SIRET, a salary attestation, an attachment's name…)
   * @param ligne its line in the file, for the messages
   */
  record Evenement(String type, String apres, Map<String, Object> donnees, int ligne) {}

  /**
   * An agent task of the scenario and what the learner is expected to decide there.
   *
   * @param tache the id of the user task in the model ({@code Task_ExaminerDeclaration})
   * @param attendu the expected values of the decision fields of its form
   * @param raison why, shown in the debrief
   * @param indices what the trainer may tell a learner who hesitates
   * @param ligne its line in the file, for the messages
   */
  record DecisionAttendue(String tache, Map<String, Object> attendu, String raison, List<String> indices, int ligne) {}
}
