package fr.cpam.demarches.engine;

/**
 * Implemented by a module that watches the engine's work on this node (metrics): told of each
 * job executed and each incident created, once their transaction has committed (a job whose
 * transaction lost a conflict and rolled back is not reported as a success).
 */
public interface ObservateurMoteur {

  /**
   * A job ran on this node.
   *
   * @param processus the key of its process, or {@code null}
   * @param type the kind of job ({@code async-continuation}, {@code timer-intermediate-transition}…), or {@code null}
   * @param succes whether it succeeded (a failure is retried or becomes an incident)
   */
  void jobExecute(String processus, String type, boolean succes);

  /** An incident was created on this node (a job's tries exhausted), to be handled in Cockpit. */
  void incidentCree(String processus, String type);
}
