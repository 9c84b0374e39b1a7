package fr.cpam.demarches.formation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.cpam.demarches.engine.AjoutAuxProcessus;
import fr.cpam.demarches.engine.ProcessusDeploye;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records what a learner decides at each agent task of a session's dossier, when they complete
 * it: the values of the fields the scenario expects there ({@code attendu}), and whether they are
 * the expected ones. The engine's history keeps only the last value of a variable (no
 * {@code ACT_HI_DETAIL}, decision 0022), while a learner may do the same task twice in a dossier
 * (a request for more, then the decision); the row is written in the completion's own
 * transaction, next to the engine's history of the task (joined by its activity instance).
 *
 * <p>A listener at the end of every agent task of every model, added when the model is parsed
 * ({@link AjoutAuxProcessus}): it returns at once for a dossier outside a training tenant, so a
 * production server pays no statement for it.
 */
@Component
class DecisionsDesStagiaires implements AjoutAuxProcessus {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ObjectProvider<Scenarios> scenarios;
  private final ObjectProvider<JdbcTemplate> jdbc;
  private final ObjectProvider<Clock> horloge;
  private volatile Map<String, Scenario> parFichier;

  DecisionsDesStagiaires(ObjectProvider<Scenarios> scenarios, ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<Clock> horloge) {
    this.scenarios = scenarios;
    this.jdbc = jdbc;
    this.horloge = horloge;
  }

  @Override
  public void auDeploiement(ProcessusDeploye processus) {
    ExecutionListener faite = this::enregistrer;
    for (String tache : scenarios.getObject().tachesDAgent(processus.cle())) {
      try {
        processus.aLaFinDe(tache, faite);
      } catch (IllegalStateException tacheDUnModeleAppele) {
        // The task belongs to a model this one calls: its own parse adds the listener.
      }
    }
  }

  /** At the end of an agent task: nothing outside a session's dossier, nor when the task is cancelled. */
  void enregistrer(DelegateExecution execution) {
    String locataire = execution.getTenantId();
    if (locataire == null || execution.isCanceled()) {
      return;
    }
    String reference = execution.getProcessBusinessKey();
    String tache = execution.getCurrentActivityId();
    JdbcTemplate sql = jdbc.getObject();
    // Only a learner's dossier: the earlier declarations a scenario plays while creating the
    // session are closed before the dossier is recorded.
    List<String> fichier = sql.queryForList("select d.scenario from formation_dossier d join formation_stagiaire t"
        + " on t.id = d.stagiaire_id where t.locataire = ? and d.reference = ?", String.class, locataire, reference);
    if (fichier.isEmpty()) {
      return;
    }
    Integer faites = sql.queryForObject("select count(*) from formation_decision where locataire = ? and reference = ? and tache = ?",
        Integer.class, locataire, reference, tache);
    int rang = (faites == null ? 0 : faites) + 1;
    Scenario.DecisionAttendue attendue = attendue(scenario(fichier.get(0)), tache, rang);
    Map<String, Object> valeurs = new LinkedHashMap<>();
    if (attendue != null) {
      attendue.attendu().keySet().forEach(champ -> valeurs.put(champ, execution.getVariable(champ)));
    }
    sql.update("insert into formation_decision (locataire, reference, tache, activite, rang, valeurs, conforme, faite_le)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)",
        locataire, reference, tache, execution.getActivityInstanceId(), rang, ecrire(valeurs),
        attendue != null && conforme(attendue.attendu(), valeurs), Timestamp.from(horloge.getObject().instant()));
  }

  /** The scenario of that file, read once (the files are read and checked when the server starts). */
  Scenario scenario(String fichier) {
    Map<String, Scenario> connus = parFichier;
    if (connus == null) {
      Map<String, Scenario> lus = new LinkedHashMap<>();
      scenarios.getObject().charger().forEach(s -> lus.put(s.fichier(), s));
      parFichier = connus = Map.copyOf(lus);
    }
    return connus.get(fichier);
  }

  /** The {@code rang}-th expected decision at that task in the scenario, or {@code null} (a task it does not expect). */
  static Scenario.DecisionAttendue attendue(Scenario scenario, String tache, int rang) {
    if (scenario == null) {
      return null;
    }
    int n = 0;
    for (Scenario.DecisionAttendue a : scenario.taches()) {
      if (a.tache().equals(tache) && ++n == rang) {
        return a;
      }
    }
    return null;
  }

  /** Every expected field holds the expected value (compared as the form writes them: text, number, yes/no). */
  static boolean conforme(Map<String, Object> attendu, Map<String, Object> decide) {
    return attendu.entrySet().stream()
        .allMatch(e -> decide.get(e.getKey()) != null && Objects.equals(String.valueOf(e.getValue()), String.valueOf(decide.get(e.getKey()))));
  }

  static String ecrire(Map<String, Object> valeurs) {
    Map<String, String> texte = new LinkedHashMap<>();
    valeurs.forEach((champ, valeur) -> texte.put(champ, valeur == null ? null : String.valueOf(valeur)));
    try {
      return JSON.writeValueAsString(texte);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  static Map<String, String> lire(String valeurs) {
    if (valeurs == null) {
      return Map.of();
    }
    try {
      return JSON.readValue(valeurs, new TypeReference<LinkedHashMap<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
