package fr.cpam.demarches.formation;

import fr.cpam.demarches.commun.IntrouvableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One learner's dossier as the trainer follows it: the steps it went through (the engine's
 * history of the learner's tenant, in one statement) and the diagram of each of its processes
 * with those steps highlighted. The diagram is drawn on the server as SVG from the model's own
 * layout (BPMNDI): no script, so it reads without JavaScript and under the pages' strict content
 * policy; the trainer needs no Cockpit right nor the learner's tenant to see it.
 */
@Component
class Parcours {

  /** A step of the dossier: an activity instance of the history. */
  record Etape(String processus, String element, String nom, String type, Instant debut, Instant fin, boolean annulee) {}

  /** One process of the dossier (the procedure, and those it called), with its diagram. */
  record Processus(String id, String cle, boolean termine, String schema) {}

  record Chemin(String reference, String scenario, List<Etape> etapes, List<Processus> processus) {}

  /** {@code ACT_HI_ACTINST.ACT_INST_STATE_} of an activity cancelled (a boundary event, a deleted dossier). */
  private static final int ETAT_ANNULEE = 2;

  private static final String ETAPES = "select p.ID_, p.PROC_DEF_ID_, p.PROC_DEF_KEY_, p.END_TIME_, a.ACT_ID_, a.ACT_NAME_, a.ACT_TYPE_,"
      + " a.START_TIME_, a.END_TIME_, a.ACT_INST_STATE_, d.scenario"
      + " from formation_session s join formation_stagiaire t on t.session_id = s.id join formation_dossier d on d.stagiaire_id = t.id"
      + " join ACT_HI_PROCINST p on p.TENANT_ID_ = t.locataire and p.BUSINESS_KEY_ = d.reference"
      + " join ACT_HI_ACTINST a on a.PROC_INST_ID_ = p.ID_"
      + " where s.code = ? and t.numero = ? and d.reference = ? order by a.START_TIME_, a.SEQUENCE_COUNTER_";

  private final JdbcTemplate jdbc;
  private final RepositoryService repositoryService;

  Parcours(JdbcTemplate jdbc, RepositoryService repositoryService) {
    this.jdbc = jdbc;
    this.repositoryService = repositoryService;
  }

  Chemin de(String code, int numero, String reference) {
    List<Etape> etapes = new ArrayList<>();
    Map<String, String[]> instances = new LinkedHashMap<>();
    Map<String, Set<String>> pris = new LinkedHashMap<>();
    Map<String, Set<String>> enCours = new LinkedHashMap<>();
    String[] scenario = {null};
    jdbc.query(ETAPES, rs -> {
      String instance = rs.getString(1);
      instances.putIfAbsent(instance, new String[] {rs.getString(2), rs.getString(3), rs.getTimestamp(4) == null ? "" : "fin"});
      String element = rs.getString(5);
      boolean fini = rs.getTimestamp(9) != null;
      etapes.add(new Etape(rs.getString(3), element, rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
          fini ? rs.getTimestamp(9).toInstant() : null, rs.getInt(10) == ETAT_ANNULEE));
      (fini ? pris : enCours).computeIfAbsent(instance, i -> new LinkedHashSet<>()).add(element);
      scenario[0] = rs.getString(11);
    }, code, numero, reference);
    if (etapes.isEmpty()) {
      throw new IntrouvableException("Aucun dossier " + reference + " pour le stagiaire " + numero + " de la session " + code + ".");
    }
    List<Processus> processus = new ArrayList<>();
    instances.forEach((id, p) -> processus.add(new Processus(id, p[1], !p[2].isEmpty(),
        schema(repositoryService.getBpmnModelInstance(p[0]), pris.getOrDefault(id, Set.of()), enCours.getOrDefault(id, Set.of()),
            "Schéma de " + p[1] + " : les étapes franchies par le dossier sont encadrées, celles où il attend sont remplies"))));
    return new Chemin(reference, scenario[0], etapes, processus);
  }

  /**
   * The diagram as SVG: each shape of the model's layout, the steps taken in a strong outline,
   * where the dossier stands now filled; a flow between two steps taken is drawn taken too. The
   * styles are classes of the pages' stylesheet (no inline style: the content policy refuses it).
   */
  static String schema(BpmnModelInstance modele, Set<String> pris, Set<String> enCours, String nom) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = 0;
    double maxY = 0;
    for (BpmnShape forme : modele.getModelElementsByType(BpmnShape.class)) {
      Bounds b = forme.getBounds();
      minX = Math.min(minX, b.getX());
      minY = Math.min(minY, b.getY());
      maxX = Math.max(maxX, b.getX() + b.getWidth());
      maxY = Math.max(maxY, b.getY() + b.getHeight() + 40);
    }
    StringBuilder svg = new StringBuilder();
    svg.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"schema\" role=\"img\" aria-label=\"%s\" viewBox=\"%.0f %.0f %.0f %.0f\">",
        xml(nom), minX - 20, minY - 20, maxX - minX + 40, maxY - minY + 40));
    svg.append("<title>").append(xml(nom)).append("</title>");
    svg.append("<defs><marker id=\"fleche\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">"
        + "<path d=\"M0,0 L10,5 L0,10 z\" class=\"schema-fleche\"/></marker></defs>");
    // Pools, lanes and sub-processes first, under the rest.
    List<BpmnShape> formes = new ArrayList<>(modele.getModelElementsByType(BpmnShape.class));
    formes.sort((a, b) -> Boolean.compare(!conteneur(a), !conteneur(b)));
    for (BpmnShape forme : formes) {
      svg.append(forme(forme, pris, enCours));
    }
    for (BpmnEdge arc : modele.getModelElementsByType(BpmnEdge.class)) {
      StringBuilder points = new StringBuilder();
      for (Waypoint w : arc.getWaypoints()) {
        points.append(String.format(Locale.ROOT, "%.1f,%.1f ", w.getX(), w.getY()));
      }
      boolean emprunte = arc.getBpmnElement() instanceof SequenceFlow f
          && (pris.contains(f.getSource().getId()) || enCours.contains(f.getSource().getId()))
          && (pris.contains(f.getTarget().getId()) || enCours.contains(f.getTarget().getId()));
      svg.append("<polyline class=\"schema-flux").append(emprunte ? " schema-pris" : "").append("\" points=\"")
          .append(points.toString().strip()).append("\" marker-end=\"url(#fleche)\"/>");
    }
    return svg.append("</svg>").toString();
  }

  private static boolean conteneur(BpmnShape forme) {
    return forme.getBpmnElement() instanceof Participant || forme.getBpmnElement() instanceof Lane
        || forme.getBpmnElement() instanceof SubProcess;
  }

  private static String forme(BpmnShape forme, Set<String> pris, Set<String> enCours) {
    Bounds b = forme.getBounds();
    String id = forme.getBpmnElement() == null ? "" : forme.getBpmnElement().getId();
    String etat = enCours.contains(id) ? " schema-en-cours" : pris.contains(id) ? " schema-pris" : "";
    String nom = forme.getBpmnElement() instanceof FlowElement e && e.getName() != null ? e.getName()
        : forme.getBpmnElement() instanceof Participant p && p.getName() != null ? p.getName()
        : forme.getBpmnElement() instanceof Lane l && l.getName() != null ? l.getName() : "";
    double x = b.getX();
    double y = b.getY();
    double w = b.getWidth();
    double h = b.getHeight();
    StringBuilder s = new StringBuilder();
    if (conteneur(forme)) {
      s.append(String.format(Locale.ROOT, "<rect class=\"schema-conteneur%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\"/>",
          etat, x, y, w, h));
      s.append(texte(nom, x + 8, y + 16, 60, "start"));
      return s.toString();
    }
    if (forme.getBpmnElement() instanceof Event e) {
      String classe = e instanceof BoundaryEvent ? "schema-evenement schema-bordure" : "schema-evenement";
      s.append(String.format(Locale.ROOT, "<circle class=\"%s%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\"/>", classe, etat, x + w / 2, y + h / 2, w / 2));
      s.append(texte(nom, x + w / 2, y + h + 14, 22, "middle"));
    } else if (forme.getBpmnElement() instanceof Gateway) {
      s.append(String.format(Locale.ROOT, "<polygon class=\"schema-passerelle%s\" points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\"/>", etat,
          x + w / 2, y, x + w, y + h / 2, x + w / 2, y + h, x, y + h / 2));
      s.append(texte(nom, x + w / 2, y + h + 14, 22, "middle"));
    } else if (forme.getBpmnElement() instanceof FlowElement) {
      s.append(String.format(Locale.ROOT, "<rect class=\"schema-activite%s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"10\"/>",
          etat, x, y, w, h));
      s.append(texte(nom, x + w / 2, y + h / 2 - 6, 16, "middle"));
    }
    return s.toString();
  }

  /** A name cut in lines of about {@code largeur} characters, escaped for XML. */
  private static String texte(String nom, double x, double y, int largeur, String ancre) {
    if (nom == null || nom.isBlank()) {
      return "";
    }
    List<String> lignes = new ArrayList<>();
    StringBuilder ligne = new StringBuilder();
    for (String mot : nom.strip().split("\\s+")) {
      if (ligne.length() > 0 && ligne.length() + mot.length() + 1 > largeur) {
        lignes.add(ligne.toString());
        ligne.setLength(0);
      }
      ligne.append(ligne.length() > 0 ? " " : "").append(mot);
    }
    lignes.add(ligne.toString());
    StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "<text class=\"schema-texte\" x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\">",
        x, y - (lignes.size() - 1) * 6, ancre));
    for (int i = 0; i < lignes.size(); i++) {
      s.append(String.format(Locale.ROOT, "<tspan x=\"%.1f\" dy=\"%s\">", x, i == 0 ? "0" : "1.1em")).append(xml(lignes.get(i))).append("</tspan>");
    }
    return s.append("</text>").toString();
  }

  private static String xml(String texte) {
    return texte.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
