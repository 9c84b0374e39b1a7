package fr.cpam.demarches.engine;

/**
 * Implemented by a module that listens to processes it does not own, without any model having to
 * name it: called for each process of each model the engine parses (at deployment, and when a
 * node reads a model again). The module adds its listeners to the processes it wants.
 */
public interface AjoutAuxProcessus {

  void auDeploiement(ProcessusDeploye processus);
}
