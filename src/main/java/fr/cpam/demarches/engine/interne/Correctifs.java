package fr.cpam.demarches.engine.interne;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The switches of the engine patches: {@code demarches.moteur.correctifs.actif} for all of them,
 * {@code demarches.moteur.<correctif>.actif} for one (both {@code true} by default, in {@code
 * application.yml}). A patch runs when both are on. With the global switch off, the engine runs as
 * Camunda ships it ({@code mvn -B verify -Pmoteur-nu}); see {@code package-info}.
 */
@Component
public class Correctifs {

  private static final Logger LOG = LoggerFactory.getLogger(Correctifs.class);

  static final String GLOBAL = "demarches.moteur.correctifs.actif";

  /** The patches, by the name of their switch. */
  public enum Correctif {
    GROUPES_AUTORISES("groupes-autorises"),
    REQUETES_TASKLIST("requetes-tasklist"),
    COMPTEUR_TACHES("compteur-taches"),
    HISTORIQUE_ALLEGE("historique-allege"),
    FEEL_ANALYSES_GARDEES("feel-analyses-gardees"),
    AUTORISATIONS_SANS_JOURNAL("autorisations-sans-journal");

    private final String nom;

    Correctif(String nom) {
      this.nom = nom;
    }

    public String propriete() {
      return "demarches.moteur." + nom + ".actif";
    }
  }

  private final Environment environnement;

  Correctifs(Environment environnement) {
    this.environnement = environnement;
    LOG.info("Correctifs du moteur actifs : [{}] ; inactifs : [{}]", liste(true), liste(false));
  }

  /** Whether the patch runs: its own switch and the global one are both on. */
  public boolean actif(Correctif correctif) {
    return environnement.getProperty(GLOBAL, Boolean.class, true)
        && environnement.getProperty(correctif.propriete(), Boolean.class, true);
  }

  /** Whether every patch runs (what the SQL budgets and the benchmark's figures assume). */
  public boolean tousActifs() {
    return Arrays.stream(Correctif.values()).allMatch(this::actif);
  }

  private String liste(boolean actifs) {
    return Arrays.stream(Correctif.values())
        .filter(c -> actif(c) == actifs)
        .map(c -> c.nom)
        .collect(Collectors.joining(", "));
  }
}
