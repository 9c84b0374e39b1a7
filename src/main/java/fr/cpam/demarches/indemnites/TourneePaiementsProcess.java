package fr.cpam.demarches.indemnites;

/** The names shared by {@code processes/TourneePaiementsIj.bpmn}, the Java code and the tests. */
final class TourneePaiementsProcess {

  static final String CLE = "TourneePaiementsIj";

  // Elements
  static final String START = "StartEvent_ChaqueMatin";
  static final String TACHE_RELEVER = "Task_ReleverEcheances";
  static final String TACHE_VERSER_LOT = "Task_VerserLot";
  static final String FIN_FAITE = "EndEvent_TourneeFaite";
  static final String FIN_AUCUNE = "EndEvent_AucuneEcheance";

  // Variables
  /** The day of the run (ISO date): what is due on that day is paid up to the day before. */
  static final String JOUR = "jourTournee";
  static final String NOMBRE = "nombreEcheances";
  /** The lots, transient: each becomes the element variable of one instance of Task_VerserLot. */
  static final String LOTS = "lots";
  static final String LOT = "lot";

  private TourneePaiementsProcess() {}
}
