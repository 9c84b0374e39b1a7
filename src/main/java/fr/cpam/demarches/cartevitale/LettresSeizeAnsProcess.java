package fr.cpam.demarches.cartevitale;

/** Ids of {@code processes/LettresSeizeAns.bpmn}, shared by BPMN, Java and tests. */
public final class LettresSeizeAnsProcess {

  public static final String CLE = "LettresSeizeAns";
  public static final String START = "StartEvent_ChaqueJour";
  public static final String TACHE_ECRIRE = "Task_EcrireAuxJeunes";
  public static final String FIN = "EndEvent_LettresEcrites";

  private LettresSeizeAnsProcess() {}
}
