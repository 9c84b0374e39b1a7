package fr.cpam.demarches;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.impl.BpmnModelConstants;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ComplexGateway;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Escalation;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.EventBasedGateway;
import org.camunda.bpm.model.bpmn.instance.EventDefinition;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.LoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What bpmnlint's recommended rules check, and our own naming conventions, on every model of
 * {@code processes/}: a model that runs can still be one that analysts misread (a task that
 * silently splits or joins tokens, a gateway that does both, an unlabelled branch) or that
 * operations cannot trust (an asynchronous step retried three times in a row, then an incident,
 * instead of three times five minutes apart). Reads the files only (no Spring context, no engine);
 * {@link #un_modele_fautif_est_refuse_pour_chaque_regle} proves that each rule fails on a broken
 * model ({@code src/test/resources/lint/ModeleFautif.bpmn}).
 *
 * <p>Rules (bpmnlint's name in brackets): a start and an end event in each process and
 * sub-process [start-event-required, end-event-required]; no task or event with several
 * unconditioned outgoing flows [no-implicit-split] nor several incoming flows [fake-join,
 * no-implicit-join]; no gateway that both forks and joins [no-gateway-join-fork], nor one that
 * does neither [superfluous-gateway]; every flow out of a forking exclusive or inclusive gateway
 * has a condition or is its default [conditional-flows]; no complex gateway [no-complex-gateway];
 * a name on every node but joining and parallel gateways, and on every flow out of a forking
 * exclusive or inclusive gateway [label-required]; no disconnected node [no-disconnected]; one
 * event definition per event [single-event-definition]; a blank start event in a sub-process
 * [sub-process-blank-start-event], a typed one in an event sub-process
 * [event-sub-process-typed-start-event]; no two flows between the same nodes
 * [no-duplicate-sequence-flows]. Ours: ids that say what they are, never generated ones; task
 * names that start with a verb in the infinitive; message names that are their id without
 * {@code Message_}; a retry cycle ({@code camunda:failedJobRetryTimeCycle}, as an extension
 * element: the engine ignores the attribute) on every asynchronous step.
 */
class ModelesLintTest {

  /** Words that end like a French infinitive but are not verbs. */
  private static final Set<String> PAS_DES_VERBES =
      Set.of("dossier", "premier", "dernier", "courrier", "fichier", "papier", "avenir", "plaisir",
          "titre", "lettre", "centre", "ordre", "registre", "livre", "chiffre", "nombre", "membre",
          "notre", "votre", "autre", "entre", "contre", "pour", "soir", "espoir", "hier");

  private static final Pattern GENERE =
      Pattern.compile("^(sid-.*|id_.*|.*_[0-9a-z]{7}|.*_\\d+|[A-Za-z]+\\d+)$");

  @ParameterizedTest
  @MethodSource("fr.cpam.demarches.DiagrammesTest#modeles")
  void chaque_modele_respecte_les_regles(Path fichier) {
    assertThat(defauts(Bpmn.readModelFromFile(fichier.toFile()))).as(fichier.toString()).isEmpty();
  }

  /**
   * A diagram an analyst reads on one screen (1 920 px wide at 100 %, as Modeler and Cockpit
   * draw it): a model that grows wider calls a model of its own (a call activity), as
   * IndemnitesJournalieres calls its payment cycle (decision 0090). The width is that of
   * everything drawn: shapes, labels and edges.
   */
  @ParameterizedTest
  @MethodSource("fr.cpam.demarches.DiagrammesTest#modeles")
  void chaque_diagramme_tient_sur_un_ecran(Path fichier) {
    assertThat(largeur(Bpmn.readModelFromFile(fichier.toFile()))).as(fichier.toString()).isLessThanOrEqualTo(LARGEUR_ECRAN);
  }

  @Test
  void un_diagramme_plus_large_qu_un_ecran_est_refuse() {
    assertThat(largeur(Bpmn.readModelFromFile(Path.of("src/test/resources/lint/ModeleTropLarge.bpmn").toFile())))
        .isEqualTo(1936);
  }

  static final int LARGEUR_ECRAN = 1920;

  /** The width of everything the diagram draws (shapes, their labels, the edges' points). */
  static double largeur(BpmnModelInstance modele) {
    double min = Double.MAX_VALUE;
    double max = -Double.MAX_VALUE;
    for (org.camunda.bpm.model.bpmn.instance.dc.Bounds b
        : modele.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.dc.Bounds.class)) {
      min = Math.min(min, b.getX());
      max = Math.max(max, b.getX() + b.getWidth());
    }
    for (org.camunda.bpm.model.bpmn.instance.di.Waypoint w
        : modele.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.di.Waypoint.class)) {
      min = Math.min(min, w.getX());
      max = Math.max(max, w.getX());
    }
    return max < min ? 0 : max - min;
  }

  @Test
  void un_modele_fautif_est_refuse_pour_chaque_regle() {
    BpmnModelInstance fautif = Bpmn.readModelFromFile(Path.of("src/test/resources/lint/ModeleFautif.bpmn").toFile());
    assertThat(defauts(fautif))
        .containsExactlyInAnyOrder(
            "SubProcess_SansFin : sous-processus sans événement de fin",
            "Task_Ecrire : plusieurs flux sortants sans condition (séparation implicite)",
            "Task_Relire : plusieurs flux entrants (jonction implicite : mettre une passerelle)",
            "Gateway_FourcheEtJonction : passerelle qui joint et sépare à la fois",
            "Gateway_Inutile : passerelle qui ne joint ni ne sépare",
            "Gateway_Choix : passerelle qui sépare sans nom",
            "Flow_ChoixB : flux sortant d'une passerelle exclusive sans nom",
            "Flow_ChoixB : flux sortant d'une passerelle exclusive sans condition (ni flux par défaut)",
            "Gateway_Complexe : passerelle complexe",
            "Task_Orpheline : élément déconnecté",
            "EndEvent_Fin : plusieurs flux entrants (jonction implicite : mettre une passerelle)",
            "Event_DeuxDefinitions : plusieurs définitions d'événement",
            "StartEvent_AvecType : le début d'un sous-processus doit être sans type",
            "Activity_0abc1de : identifiant généré",
            "Task_Orpheline : nom d'activité sans verbe à l'infinitif (« Dossier orphelin »)",
            "Message_Recu : nom de message « Message reçu », attendu « Recu »",
            "Task_Appeler : étape asynchrone sans cycle de nouvelles tentatives",
            "Task_Attribut : camunda:failedJobRetryTimeCycle en attribut, que le moteur ignore : "
                + "le mettre dans extensionElements",
            "Task_Attribut : plusieurs flux entrants (jonction implicite : mettre une passerelle)",
            "Flow_Doublon : deuxième flux de Task_Appeler vers Task_Attribut",
            "Task_SansNom : élément sans nom");
  }

  /** Every defect of a model, one line each: "{@code element : what is wrong}". */
  static List<String> defauts(BpmnModelInstance modele) {
    List<String> defauts = new ArrayList<>();
    for (Process processus : modele.getModelElementsByType(Process.class)) {
      debutEtFin(processus.getId(), processus.getChildElementsByType(FlowNode.class), "processus", defauts);
    }
    for (SubProcess sousProcessus : modele.getModelElementsByType(SubProcess.class)) {
      debutEtFin(sousProcessus.getId(), sousProcessus.getChildElementsByType(FlowNode.class), "sous-processus", defauts);
      for (StartEvent debut : sousProcessus.getChildElementsByType(StartEvent.class)) {
        boolean type = !debut.getEventDefinitions().isEmpty();
        if (sousProcessus.triggeredByEvent() && !type) {
          defauts.add(debut.getId() + " : le début d'un sous-processus d'événement doit avoir un type");
        } else if (!sousProcessus.triggeredByEvent() && type) {
          defauts.add(debut.getId() + " : le début d'un sous-processus doit être sans type");
        }
      }
    }
    for (FlowNode noeud : modele.getModelElementsByType(FlowNode.class)) {
      flux(noeud, defauts);
      nom(noeud, defauts);
      nouvellesTentatives(noeud, defauts);
      if (noeud instanceof Event evenement && evenement.getChildElementsByType(EventDefinition.class).size() > 1) {
        defauts.add(noeud.getId() + " : plusieurs définitions d'événement");
      }
    }
    for (SequenceFlow flux : modele.getModelElementsByType(SequenceFlow.class)) {
      for (SequenceFlow autre : flux.getSource().getOutgoing()) {
        if (autre != flux && autre.getTarget() == flux.getTarget() && autre.getId().compareTo(flux.getId()) < 0) {
          defauts.add(flux.getId() + " : deuxième flux de " + flux.getSource().getId() + " vers " + flux.getTarget().getId());
        }
      }
    }
    for (Message message : modele.getModelElementsByType(Message.class)) {
      String attendu = message.getId().replaceFirst("^Message_", "");
      if (!attendu.equals(message.getName())) {
        defauts.add(message.getId() + " : nom de message « " + message.getName() + " », attendu « " + attendu + " »");
      }
    }
    identifiants(modele, defauts);
    return defauts;
  }

  private static void debutEtFin(String id, Collection<FlowNode> noeuds, String quoi, List<String> defauts) {
    if (noeuds.stream().noneMatch(StartEvent.class::isInstance)) {
      defauts.add(id + " : " + quoi + " sans événement de début");
    }
    if (noeuds.stream().noneMatch(EndEvent.class::isInstance)) {
      defauts.add(id + " : " + quoi + " sans événement de fin");
    }
  }

  private static void flux(FlowNode noeud, List<String> defauts) {
    int entrants = noeud.getIncoming().size();
    int sortants = noeud.getOutgoing().size();
    String id = noeud.getId();
    if (entrants == 0 && sortants == 0 && !(noeud instanceof SubProcess s && s.triggeredByEvent())) {
      defauts.add(id + " : élément déconnecté");
    }
    if (noeud instanceof Gateway) {
      if (noeud instanceof ComplexGateway) {
        defauts.add(id + " : passerelle complexe");
      }
      if (entrants > 1 && sortants > 1) {
        defauts.add(id + " : passerelle qui joint et sépare à la fois");
      } else if (entrants <= 1 && sortants <= 1) {
        defauts.add(id + " : passerelle qui ne joint ni ne sépare");
      }
      SequenceFlow parDefaut = noeud instanceof ExclusiveGateway x ? x.getDefault()
          : noeud instanceof InclusiveGateway i ? i.getDefault() : null;
      if (sortants > 1 && (noeud instanceof ExclusiveGateway || noeud instanceof InclusiveGateway)) {
        String genre = noeud instanceof ExclusiveGateway ? "exclusive" : "inclusive";
        for (SequenceFlow sortant : noeud.getOutgoing()) {
          if (vide(sortant.getName())) {
            defauts.add(sortant.getId() + " : flux sortant d'une passerelle " + genre + " sans nom");
          }
          if (sortant.getConditionExpression() == null && sortant != parDefaut) {
            defauts.add(sortant.getId() + " : flux sortant d'une passerelle " + genre
                + " sans condition (ni flux par défaut)");
          }
        }
      }
      return;
    }
    if (entrants > 1) {
      defauts.add(id + " : plusieurs flux entrants (jonction implicite : mettre une passerelle)");
    }
    SequenceFlow parDefaut = noeud instanceof Activity a ? a.getDefault() : null;
    if (sortants > 1
        && noeud.getOutgoing().stream().anyMatch(f -> f.getConditionExpression() == null && f != parDefaut)) {
      defauts.add(id + " : plusieurs flux sortants sans condition (séparation implicite)");
    }
  }

  private static void nom(FlowNode noeud, List<String> defauts) {
    boolean jonction = noeud instanceof Gateway && noeud.getOutgoing().size() <= 1;
    if (jonction || noeud instanceof ParallelGateway) {
      return;
    }
    String nom = noeud.getName();
    if (vide(nom)) {
      defauts.add(noeud.getId() + (noeud instanceof Gateway ? " : passerelle qui sépare sans nom" : " : élément sans nom"));
      return;
    }
    if (noeud instanceof Task || noeud instanceof CallActivity) {
      String[] mots = nom.trim().split("\\s+");
      String verbe = mots[0].toLowerCase(Locale.FRENCH);
      boolean infinitif = verbe.matches(".+(er|ir|re|oir)") && !PAS_DES_VERBES.contains(verbe);
      if (!infinitif || mots.length < 2) {
        defauts.add(noeud.getId() + " : nom d'activité sans verbe à l'infinitif (« " + nom + " »)");
      }
    }
  }

  private static void nouvellesTentatives(FlowNode noeud, List<String> defauts) {
    LoopCharacteristics boucle = noeud instanceof Activity a ? a.getLoopCharacteristics() : null;
    boolean boucleAsynchrone = boucle instanceof MultiInstanceLoopCharacteristics && asynchrone(boucle);
    boolean asynchrone = asynchrone(noeud) || boucleAsynchrone;
    if (noeud.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, "failedJobRetryTimeCycle") != null) {
      defauts.add(noeud.getId() + " : camunda:failedJobRetryTimeCycle en attribut, que le moteur ignore : "
          + "le mettre dans extensionElements");
    } else if (asynchrone
        && !aUnCycle(noeud.getExtensionElements())
        && !(boucleAsynchrone && aUnCycle(boucle.getExtensionElements()))) {
      defauts.add(noeud.getId() + " : étape asynchrone sans cycle de nouvelles tentatives");
    }
  }

  /** Read as attributes: the model API refuses {@code isCamundaAsyncAfter()} on some elements. */
  private static boolean asynchrone(BaseElement element) {
    return Stream.of("asyncBefore", "asyncAfter", "async")
        .anyMatch(a -> "true".equals(element.getAttributeValueNs(BpmnModelConstants.CAMUNDA_NS, a)));
  }

  private static boolean aUnCycle(ExtensionElements extensions) {
    return extensions != null
        && extensions.getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class).count() > 0;
  }

  /**
   * Ids say what the element is (Camunda's naming conventions, as the project writes them) and
   * are never the ones a modeler generates ({@code Activity_0abc1de}, {@code Flow_1xyz2ab},
   * {@code SequenceFlow_1}, {@code sid-…}).
   */
  private static void identifiants(BpmnModelInstance modele, List<String> defauts) {
    for (BaseElement element : modele.getModelElementsByType(BaseElement.class)) {
      String id = element.getId();
      if (id == null || id.endsWith("_di") || !(element instanceof FlowElement
          || element instanceof Message || element instanceof Escalation
          || element instanceof EventDefinition || element instanceof Process)) {
        continue;
      }
      if (GENERE.matcher(id).matches() && !id.matches(".*_[A-Z].*")) {
        defauts.add(id + " : identifiant généré");
        continue;
      }
      String prefixe = prefixeAttendu(element);
      if (prefixe != null && !id.matches("(" + prefixe + ")_[A-Z][A-Za-z0-9]*")) {
        defauts.add(id + " : identifiant qui ne commence pas par " + prefixe.replace("|", " ou ") + "_");
      }
    }
  }

  private static String prefixeAttendu(ModelElementInstance element) {
    if (element instanceof StartEvent) {
      return "StartEvent";
    } else if (element instanceof EndEvent) {
      return "EndEvent";
    } else if (element instanceof BoundaryEvent) {
      return "Boundary";
    } else if (element instanceof IntermediateCatchEvent || element instanceof IntermediateThrowEvent) {
      return "Event|Timer";
    } else if (element instanceof Gateway || element instanceof EventBasedGateway) {
      return "Gateway";
    } else if (element instanceof CallActivity) {
      return "CallActivity";
    } else if (element instanceof SubProcess) {
      return "SubProcess";
    } else if (element instanceof Task) {
      return "Task";
    } else if (element instanceof SequenceFlow) {
      return "Flow";
    } else if (element instanceof Message) {
      return "Message";
    } else if (element instanceof Escalation) {
      return "Escalation";
    }
    return null;
  }

  private static boolean vide(String texte) {
    return texte == null || texte.isBlank();
  }
}
