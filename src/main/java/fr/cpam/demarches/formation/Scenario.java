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
 * @param fin the element of the model where the dossier ends, or waits once the learner's work is
 *     done (the card factory, the next payment)
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
    String fin,
    String debrief) {

  /**
   * The fictitious citizen; her NIR is generated for each learner from these facts.
   *
   * @param adresse the account's address ({@code null}: a default one in the CPAM's town)
   * @param carte her card: {@code active}, {@code aucune} or {@code opposition}
   * @param affiliation the day she became an insured person ({@code null}: at 20)
   * @param declarationsAnterieures loss declarations of her card in the last 12 months, each
   *     closed and followed by a new card (what makes a new one "repeated")
   */
  record Assure(
      String prenom,
      String nom,
      String sexe,
      LocalDate naissance,
      String cpam,
      Adresse adresse,
      String carte,
      LocalDate affiliation,
      int declarationsAnterieures,
      List<Beneficiaire> beneficiaires,
      Employeur employeur) {}

  record Adresse(String ligne1, String codePostal, String commune) {}

  /**
   * A person attached to the account: a child, born on {@code naissance} or {@code age} years
   * ago (the scenario stays true whatever the day it is played).
   *
   * @param carte {@code active} or {@code aucune}
   */
  record Beneficiaire(String prenom, String sexe, LocalDate naissance, Integer age, String carte) {}

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
   * @param saisie what a model answer also writes in the form (a reply, a comment), used when the
   *     scenario is played without a learner
   * @param raison why, shown in the debrief
   * @param indices what the trainer may tell a learner who hesitates
   * @param ligne its line in the file, for the messages
   */
  record DecisionAttendue(
      String tache, Map<String, Object> attendu, Map<String, Object> saisie, String raison, List<String> indices, int ligne) {}
}
