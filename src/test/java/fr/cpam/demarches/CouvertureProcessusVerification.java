package fr.cpam.demarches;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;

/**
 * Runs after every test (in the {@code verify} phase, see the pom): gathers the coverage reports
 * that the process tests wrote under {@code target/process-test-coverage/} and requires every
 * flow node and every sequence flow of every process of {@code processes/} to have been passed
 * by at least one test. Prints what is missing, by id.
 */
class CouvertureProcessusVerification {

  private static final Path RAPPORTS = Path.of("target", "process-test-coverage");

  record Elements(Set<String> noeuds, Set<String> flux) {}

  @Test
  void chaque_chemin_de_chaque_processus_est_teste() throws IOException {
    Map<String, Elements> attendus = modeles();
    org.junit.jupiter.api.Assumptions.assumeFalse(attendus.isEmpty(), "aucun processus dans processes/");
    Map<String, Elements> parcourus = parcours();
    List<String> manques = new ArrayList<>();
    System.out.println("Couverture des processus (nœuds, flux) :");
    for (var entree : attendus.entrySet()) {
      String processus = entree.getKey();
      Elements attendu = entree.getValue();
      Elements vu = parcourus.getOrDefault(processus, new Elements(Set.of(), Set.of()));
      Set<String> noeudsManquants = new TreeSet<>(attendu.noeuds());
      noeudsManquants.removeAll(vu.noeuds());
      Set<String> fluxManquants = new TreeSet<>(attendu.flux());
      fluxManquants.removeAll(vu.flux());
      System.out.printf(
          "  %-32s nœuds %3d/%-3d flux %3d/%-3d%n",
          processus,
          attendu.noeuds().size() - noeudsManquants.size(),
          attendu.noeuds().size(),
          attendu.flux().size() - fluxManquants.size(),
          attendu.flux().size());
      if (!noeudsManquants.isEmpty() || !fluxManquants.isEmpty()) {
        manques.add(processus + " : nœuds " + noeudsManquants + ", flux " + fluxManquants);
      }
    }
    assertThat(manques).as("éléments de processus qu'aucun test ne parcourt").isEmpty();
  }

  /** Flow nodes and sequence flows of each executable process of processes/. */
  static Map<String, Elements> modeles() throws IOException {
    Map<String, Elements> modeles = new HashMap<>();
    if (!Files.isDirectory(Path.of("processes"))) {
      return modeles;
    }
    try (Stream<Path> fichiers = Files.walk(Path.of("processes"))) {
      for (Path fichier : fichiers.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
        BpmnModelInstance modele = Bpmn.readModelFromFile(fichier.toFile());
        for (Process processus : modele.getModelElementsByType(Process.class)) {
          if (!processus.isExecutable()) {
            continue;
          }
          Set<String> noeuds = new HashSet<>();
          Set<String> flux = new HashSet<>();
          for (FlowNode noeud : modele.getModelElementsByType(FlowNode.class)) {
            if (appartientA(noeud, processus)) {
              noeuds.add(noeud.getId());
            }
          }
          for (SequenceFlow f : modele.getModelElementsByType(SequenceFlow.class)) {
            if (appartientA(f, processus)) {
              flux.add(f.getId());
            }
          }
          modeles.put(processus.getId(), new Elements(noeuds, flux));
        }
      }
    }
    return modeles;
  }

  private static boolean appartientA(ModelElementInstance element, Process processus) {
    ModelElementInstance parent = element.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return parent == processus;
  }

  /** What the tests passed through, all test classes together. */
  static Map<String, Elements> parcours() throws IOException {
    Map<String, Elements> parcours = new HashMap<>();
    if (!Files.isDirectory(RAPPORTS)) {
      return parcours;
    }
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> fichiers = Files.walk(RAPPORTS)) {
      for (Path rapport : fichiers.filter(f -> f.getFileName().toString().equals("report.json")).toList()) {
        for (JsonNode suite : json.readTree(rapport.toFile()).path("suites")) {
          for (JsonNode run : suite.path("runs")) {
            for (JsonNode evenement : run.path("events")) {
              Elements e =
                  parcours.computeIfAbsent(
                      evenement.path("modelKey").asText(), k -> new Elements(new HashSet<>(), new HashSet<>()));
              String id = evenement.path("definitionKey").asText();
              if ("SEQUENCE_FLOW".equals(evenement.path("source").asText())) {
                e.flux().add(id);
              } else {
                e.noeuds().add(id);
              }
            }
          }
        }
      }
    }
    return parcours;
  }
}
