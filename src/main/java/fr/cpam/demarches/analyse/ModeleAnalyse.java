package fr.cpam.demarches.analyse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;

/**
 * What the history needs from a model to count its sequence flows, for any model: the pairs
 * "activity A, then activity B" that a token can make, each with the sequence flows it passes.
 *
 * <p>The history has a row per activity instance, not per flow taken. A flow is therefore
 * derived from the order of the activity instances: B's predecessor is the latest activity
 * instance of the same scope that ended before B started and that leads to B in the model. Exclusive
 * gateways may have no row at all (this application does not write them,
 * {@code engine/interne/HistoriqueAllegePlugin}): a pair may pass through them, and its flows are the
 * gateway's incoming and chosen outgoing flows. When a history has gateway rows, the pairs that
 * end or start at a gateway are there too. A multi-instance activity is seen from its scope as
 * its body ({@code id#multiInstanceBody}).
 */
final class ModeleAnalyse {

  static final String CORPS_MULTI_INSTANCE = "#multiInstanceBody";

  /** A pair of activity ids as the history writes them, and the flows from one to the other. */
  record Paire(String de, String vers, List<String> flux) {}

  /** A node of the model that the table lists even when no dossier passed it. */
  record Noeud(String id, String nom, String type) {}

  /** A sequence flow: its id and the ids of its ends. */
  record Flux(String id, String de, String vers) {}

  private final List<Paire> paires;
  private final List<Noeud> noeuds;
  private final List<Flux> flux;

  private ModeleAnalyse(List<Paire> paires, List<Noeud> noeuds, List<Flux> flux) {
    this.paires = paires;
    this.noeuds = noeuds;
    this.flux = flux;
  }

  static ModeleAnalyse de(BpmnModelInstance modele) {
    Collection<FlowNode> tous = modele.getModelElementsByType(FlowNode.class);
    List<Paire> paires = new ArrayList<>();
    List<Noeud> noeuds = new ArrayList<>();
    for (FlowNode noeud : tous) {
      if (!(noeud instanceof ExclusiveGateway)) {
        noeuds.add(new Noeud(noeud.getId(), noeud.getName(), noeud.getElementType().getTypeName()));
      }
      paires.addAll(depuis(noeud));
    }
    List<Flux> flux =
        modele.getModelElementsByType(SequenceFlow.class).stream()
            .map(f -> new Flux(f.getId(), f.getSource().getId(), f.getTarget().getId()))
            .toList();
    return new ModeleAnalyse(List.copyOf(paires), List.copyOf(noeuds), flux);
  }

  /** The pairs that start at {@code source}: the nearest nodes, through exclusive gateways, by the shortest path. */
  private static List<Paire> depuis(FlowNode source) {
    List<Paire> paires = new ArrayList<>();
    Set<String> atteints = new HashSet<>();
    Deque<Object[]> aParcourir = new ArrayDeque<>();
    aParcourir.add(new Object[] {source, List.<String>of()});
    while (!aParcourir.isEmpty()) {
      Object[] courant = aParcourir.poll();
      FlowNode noeud = (FlowNode) courant[0];
      @SuppressWarnings("unchecked")
      List<String> chemin = (List<String>) courant[1];
      for (SequenceFlow sortant : noeud.getOutgoing()) {
        FlowNode cible = sortant.getTarget();
        if (!atteints.add(cible.getId())) {
          continue;
        }
        List<String> suite = new ArrayList<>(chemin);
        suite.add(sortant.getId());
        paires.add(new Paire(idHistorique(source), idHistorique(cible), List.copyOf(suite)));
        if (cible instanceof ExclusiveGateway) {
          aParcourir.add(new Object[] {cible, suite});
        }
      }
    }
    return paires;
  }

  /** The activity id of the rows of this node in its scope. */
  static String idHistorique(FlowNode noeud) {
    return noeud instanceof Activity activite && activite.getLoopCharacteristics() instanceof MultiInstanceLoopCharacteristics
        ? noeud.getId() + CORPS_MULTI_INSTANCE
        : noeud.getId();
  }

  List<Paire> paires() {
    return paires;
  }

  List<Noeud> noeuds() {
    return noeuds;
  }

  List<Flux> flux() {
    return flux;
  }

  /**
   * How many dossiers took each sequence flow, from the number of times each pair was seen
   * (key {@code de + "\n" + vers}).
   */
  Map<String, Long> passagesParFlux(Map<String, Long> passagesParPaire) {
    Map<String, Long> parFlux = new LinkedHashMap<>();
    flux.forEach(f -> parFlux.put(f.id(), 0L));
    for (Paire paire : paires) {
      Long n = passagesParPaire.get(paire.de() + "\n" + paire.vers());
      if (n != null) {
        paire.flux().forEach(f -> parFlux.merge(f, n, Long::sum));
      }
    }
    return parFlux;
  }
}
