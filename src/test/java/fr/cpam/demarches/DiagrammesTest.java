package fr.cpam.demarches;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnLabel;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layout of every model of {@code processes/} as Modeler and Cockpit draw it: analysts read
 * these diagrams, so a node without a shape, an edge that floats away from its shapes, two shapes
 * on top of each other, an edge drawn through a task or a label hiding a shape are defects even
 * though the engine would run the model. Reads the files only (no Spring context).
 */
class DiagrammesTest {

  /** Half a pixel of rounding either way, as Modeler writes integer coordinates. */
  private static final double TOLERANCE = 1.5;

  record Rect(double x1, double y1, double x2, double y2) {
    static Rect de(Bounds b) {
      return new Rect(b.getX(), b.getY(), b.getX() + b.getWidth(), b.getY() + b.getHeight());
    }

    boolean chevauche(Rect o) {
      return x1 < o.x2 && o.x1 < x2 && y1 < o.y2 && o.y1 < y2;
    }

    /** Whether the segment p-q enters the inside of this rectangle (its border excluded). */
    boolean traversePar(double px, double py, double qx, double qy) {
      return Math.min(px, qx) < x2 - 1
          && x1 + 1 < Math.max(px, qx)
          && Math.min(py, qy) < y2 - 1
          && y1 + 1 < Math.max(py, qy);
    }

    boolean surLeBord(double x, double y) {
      boolean dedans =
          x >= x1 - TOLERANCE && x <= x2 + TOLERANCE && y >= y1 - TOLERANCE && y <= y2 + TOLERANCE;
      return dedans
          && (Math.abs(x - x1) <= TOLERANCE
              || Math.abs(x - x2) <= TOLERANCE
              || Math.abs(y - y1) <= TOLERANCE
              || Math.abs(y - y2) <= TOLERANCE);
    }
  }

  static Stream<Path> modeles() throws IOException {
    try (Stream<Path> fichiers = Files.walk(Path.of("processes"))) {
      return fichiers.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("modeles")
  void chaque_noeud_a_une_forme_et_chaque_flux_une_arete_qui_part_et_arrive_sur_ses_formes(Path fichier) {
    BpmnModelInstance modele = Bpmn.readModelFromFile(fichier.toFile());
    Map<String, Rect> formes = formes(modele);
    List<String> defauts = new ArrayList<>();
    Map<String, Integer> nombreDeFormes = new HashMap<>();
    modele.getModelElementsByType(BpmnShape.class)
        .forEach(s -> nombreDeFormes.merge(s.getBpmnElement().getId(), 1, Integer::sum));
    for (FlowNode noeud : modele.getModelElementsByType(FlowNode.class)) {
      int n = nombreDeFormes.getOrDefault(noeud.getId(), 0);
      if (n != 1) {
        defauts.add(noeud.getId() + " a " + n + " formes");
      }
    }
    Map<String, List<BpmnEdge>> aretes = new HashMap<>();
    for (BpmnEdge arete : modele.getModelElementsByType(BpmnEdge.class)) {
      aretes.computeIfAbsent(arete.getBpmnElement().getId(), k -> new ArrayList<>()).add(arete);
    }
    for (SequenceFlow flux : modele.getModelElementsByType(SequenceFlow.class)) {
      List<BpmnEdge> siennes = aretes.getOrDefault(flux.getId(), List.of());
      if (siennes.size() != 1) {
        defauts.add(flux.getId() + " a " + siennes.size() + " arêtes");
        continue;
      }
      List<Waypoint> points = List.copyOf(siennes.get(0).getWaypoints());
      if (points.size() < 2) {
        defauts.add(flux.getId() + " a moins de deux points");
        continue;
      }
      Waypoint premier = points.get(0);
      Waypoint dernier = points.get(points.size() - 1);
      Rect source = formes.get(flux.getSource().getId());
      Rect cible = formes.get(flux.getTarget().getId());
      if (source != null && !source.surLeBord(premier.getX(), premier.getY())) {
        defauts.add(flux.getId() + " ne part pas du bord de " + flux.getSource().getId());
      }
      if (cible != null && !cible.surLeBord(dernier.getX(), dernier.getY())) {
        defauts.add(flux.getId() + " n'arrive pas sur le bord de " + flux.getTarget().getId());
      }
    }
    assertThat(defauts).as(fichier.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("modeles")
  void aucune_forme_ne_chevauche_une_autre(Path fichier) {
    BpmnModelInstance modele = Bpmn.readModelFromFile(fichier.toFile());
    List<BpmnShape> formes = List.copyOf(modele.getModelElementsByType(BpmnShape.class));
    List<String> defauts = new ArrayList<>();
    for (int i = 0; i < formes.size(); i++) {
      for (int j = i + 1; j < formes.size(); j++) {
        BaseElement a = formes.get(i).getBpmnElement();
        BaseElement b = formes.get(j).getBpmnElement();
        if (accroche(a, b) || accroche(b, a) || contient(a, b) || contient(b, a)) {
          continue;
        }
        if (Rect.de(formes.get(i).getBounds()).chevauche(Rect.de(formes.get(j).getBounds()))) {
          defauts.add(a.getId() + " chevauche " + b.getId());
        }
      }
    }
    assertThat(defauts).as(fichier.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("modeles")
  void aucune_arete_ne_traverse_une_forme_et_chacune_est_faite_de_segments_droits(Path fichier) {
    BpmnModelInstance modele = Bpmn.readModelFromFile(fichier.toFile());
    List<String> defauts = new ArrayList<>();
    for (SequenceFlow flux : modele.getModelElementsByType(SequenceFlow.class)) {
      BpmnEdge arete = flux.getDiagramElement();
      if (arete == null) {
        continue; // reported by the first test
      }
      List<Waypoint> points = List.copyOf(arete.getWaypoints());
      for (int k = 0; k + 1 < points.size(); k++) {
        Waypoint p = points.get(k);
        Waypoint q = points.get(k + 1);
        if (Math.abs(p.getX() - q.getX()) > 0.5 && Math.abs(p.getY() - q.getY()) > 0.5) {
          defauts.add(flux.getId() + " a un segment en biais");
        }
        for (BpmnShape forme : modele.getModelElementsByType(BpmnShape.class)) {
          BaseElement e = forme.getBpmnElement();
          if (e == flux.getSource()
              || e == flux.getTarget()
              || accroche(flux.getSource(), e)
              || contient(e, flux.getSource())
              || contient(e, flux.getTarget())) {
            continue;
          }
          if (Rect.de(forme.getBounds()).traversePar(p.getX(), p.getY(), q.getX(), q.getY())) {
            defauts.add(flux.getId() + " traverse " + e.getId());
          }
        }
      }
    }
    assertThat(defauts).as(fichier.toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("modeles")
  void aucune_etiquette_ne_cache_une_forme_ni_une_autre_etiquette(Path fichier) {
    BpmnModelInstance modele = Bpmn.readModelFromFile(fichier.toFile());
    Map<String, Rect> etiquettes = new HashMap<>();
    modele.getModelElementsByType(BpmnShape.class)
        .forEach(s -> etiquette(s.getBpmnElement(), s.getBpmnLabel(), etiquettes));
    modele.getModelElementsByType(BpmnEdge.class)
        .forEach(e -> etiquette(e.getBpmnElement(), e.getBpmnLabel(), etiquettes));
    List<String> defauts = new ArrayList<>();
    List<String> ids = List.copyOf(etiquettes.keySet());
    for (int i = 0; i < ids.size(); i++) {
      Rect r = etiquettes.get(ids.get(i));
      for (int j = i + 1; j < ids.size(); j++) {
        if (r.chevauche(etiquettes.get(ids.get(j)))) {
          defauts.add("l'étiquette de " + ids.get(i) + " chevauche celle de " + ids.get(j));
        }
      }
      for (BpmnShape forme : modele.getModelElementsByType(BpmnShape.class)) {
        Rect f = Rect.de(forme.getBounds());
        boolean conteneur = forme.getBpmnElement() instanceof SubProcess;
        boolean aLInterieur = r.x1() > f.x1() && r.x2() < f.x2() && r.y1() > f.y1() && r.y2() < f.y2();
        if (r.chevauche(f) && !(conteneur && aLInterieur)) {
          defauts.add("l'étiquette de " + ids.get(i) + " cache " + forme.getBpmnElement().getId());
        }
      }
    }
    assertThat(defauts).as(fichier.toString()).isEmpty();
  }

  private static void etiquette(BaseElement element, BpmnLabel label, Map<String, Rect> etiquettes) {
    if (label != null
        && label.getBounds() != null
        && element != null
        && element.getAttributeValue("name") != null) {
      etiquettes.put(element.getId(), Rect.de(label.getBounds()));
    }
  }

  private static Map<String, Rect> formes(BpmnModelInstance modele) {
    Map<String, Rect> formes = new HashMap<>();
    for (BpmnShape s : modele.getModelElementsByType(BpmnShape.class)) {
      formes.put(s.getBpmnElement().getId(), Rect.de(s.getBounds()));
    }
    return formes;
  }

  /** Whether {@code evenement} is a boundary event attached to {@code hote}. */
  private static boolean accroche(ModelElementInstance evenement, ModelElementInstance hote) {
    return evenement instanceof BoundaryEvent b && b.getAttachedTo() == hote;
  }

  /** Whether {@code conteneur} is a sub-process that holds {@code element}, at any depth. */
  private static boolean contient(ModelElementInstance conteneur, ModelElementInstance element) {
    if (!(conteneur instanceof SubProcess)) {
      return false;
    }
    for (ModelElementInstance p = element.getParentElement(); p != null; p = p.getParentElement()) {
      if (p == conteneur) {
        return true;
      }
    }
    return false;
  }
}
