package fr.cpam.demarches.engine;

import org.camunda.bpm.engine.delegate.ExecutionListener;

/** A process being parsed, seen by {@link AjoutAuxProcessus}. */
public interface ProcessusDeploye {

  /** The process key ({@code CarteVitalePerteVol}). */
  String cle();

  /** Adds a listener called when an instance of the process ends. */
  void aLaFin(ExecutionListener ecouteur);

  /**
   * Adds a listener called when an execution leaves the activity {@code activite} of the process.
   *
   * @throws IllegalStateException when the process has no such activity
   */
  void aLaFinDe(String activite, ExecutionListener ecouteur);

  /**
   * Adds a listener called when an execution enters the activity {@code activite} of the process.
   *
   * @throws IllegalStateException when the process has no such activity
   */
  void auDebutDe(String activite, ExecutionListener ecouteur);
}
