package fr.cpam.demarches.delais;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The themes of "Délais de traitement", read from {@code delais.yml}; {@code conservation}: how
 * long an estimate is kept before it is computed again (0: at every request).
 */
@ConfigurationProperties("delais")
record DelaisProperties(int fenetreJours, int minimumDossiers, Duration conservation, List<Thematique> thematiques) {

  DelaisProperties {
    conservation = conservation == null ? Duration.ZERO : conservation;
  }

  /** A process whose dossiers count for a theme; done at {@code etape}'s first end, or at its end. */
  record Processus(String cle, String etape) {}

  record Thematique(String code, String libelle, int delaiReferenceJours, List<Processus> processus) {
    Thematique {
      processus = processus == null ? List.of() : List.copyOf(processus);
    }
  }

  Optional<Thematique> thematique(String code) {
    return thematiques.stream().filter(t -> t.code().equals(code)).findFirst();
  }

  /** The theme a process key counts for, with the step that marks a dossier done. */
  Optional<Thematique> thematiqueDuProcessus(String cle) {
    return thematiques.stream().filter(t -> t.processus().stream().anyMatch(p -> p.cle().equals(cle))).findFirst();
  }

  Optional<Processus> processus(String cle) {
    return thematiques.stream().flatMap(t -> t.processus().stream()).filter(p -> p.cle().equals(cle)).findFirst();
  }
}
