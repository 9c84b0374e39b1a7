package fr.cpam.demarches.engine;

import java.util.List;

/**
 * The groups of the engine's identity service. A person's rights follow from the groups they
 * belong to; BPMN candidate groups use the same ids.
 */
public final class Groupes {

  /** Citizens: the insured persons who own an ameli account. */
  public static final String ASSURES = "assures";
  /** Front desk: first-level answers to citizens. */
  public static final String ACCUEIL = "accueil";
  /** Beneficiaries and rights: cartes Vitale, affiliation. */
  public static final String GESTION_DROITS = "gestion-droits";
  /** Cash benefits: daily allowances. */
  public static final String PRESTATIONS_ESPECES = "prestations-especes";
  /** Medical advisers: opinions on long sick leaves. */
  public static final String SERVICE_MEDICAL = "service-medical";
  /** Recovery from liable third parties. */
  public static final String RCT = "rct";
  /** Managers: late work, reassignment. */
  public static final String SUPERVISEURS = "superviseurs";
  /** Process analysts: read models and history, complete nothing. */
  public static final String ANALYSTES = "analystes";
  /** Platform administrators (Camunda Admin). */
  public static final String ADMINISTRATEURS = "camunda-admin";
  /** Technical senders of sick-leave notices (doctors' software). */
  public static final String MEDECINS = "medecins";
  /** Technical senders of salary attestations (employers' software). */
  public static final String EMPLOYEURS = "employeurs";
  /** Monitoring scrapers (Prometheus): read the metrics, nothing else. */
  public static final String SUPERVISION = "supervision";
  /** Trainers of a training server (profile {@code formation}): sessions, clock, results. */
  public static final String FORMATEURS = "formateurs";

  /** The back-office services whose agents work on dossiers. */
  public static final List<String> SERVICES =
      List.of(ACCUEIL, GESTION_DROITS, PRESTATIONS_ESPECES, SERVICE_MEDICAL, RCT);

  /** The candidate groups of the services' tasks, the supervisors' escalations included. */
  public static final List<String> TACHES_DES_SERVICES =
      List.of(ACCUEIL, GESTION_DROITS, PRESTATIONS_ESPECES, SERVICE_MEDICAL, RCT, SUPERVISEURS);

  /** Every group with its French name, in the order Admin lists them. */
  public static final List<String[]> TOUS =
      List.of(
          new String[] {ASSURES, "Assurés", "CITOYEN"},
          new String[] {ACCUEIL, "Accueil", "SERVICE"},
          new String[] {GESTION_DROITS, "Gestion des droits et des bénéficiaires", "SERVICE"},
          new String[] {PRESTATIONS_ESPECES, "Prestations en espèces", "SERVICE"},
          new String[] {SERVICE_MEDICAL, "Service médical", "SERVICE"},
          new String[] {RCT, "Recours contre tiers", "SERVICE"},
          new String[] {SUPERVISEURS, "Superviseurs", "ENCADREMENT"},
          new String[] {ANALYSTES, "Analystes des processus", "ANALYSE"},
          new String[] {ADMINISTRATEURS, "Administrateurs Camunda", "SYSTEM"},
          new String[] {MEDECINS, "Médecins (télétransmission des arrêts)", "EMETTEUR"},
          new String[] {EMPLOYEURS, "Employeurs (attestations de salaire)", "EMETTEUR"},
          new String[] {SUPERVISION, "Supervision technique (collecte des métriques)", "TECHNIQUE"},
          new String[] {FORMATEURS, "Formateurs (serveur de formation)", "FORMATION"});

  /** The French name of a group ("Gestion des droits et des bénéficiaires"); the id itself when unknown. */
  public static String libelle(String groupe) {
    return TOUS.stream().filter(g -> g[0].equals(groupe)).map(g -> g[1]).findFirst().orElse(groupe);
  }

  /** Spring Security role of a group: {@code ROLE_} followed by the group id. */
  public static String role(String groupe) {
    return "ROLE_" + groupe;
  }

  private Groupes() {}
}
