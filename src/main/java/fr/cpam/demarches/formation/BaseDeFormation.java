package fr.cpam.demarches.formation;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether a database may serve a training server: it must be a training database, marked as such
 * in {@code formation_base} on the first start of a training server, and that start accepts only
 * a database holding no dossier at all. Everything a marked database holds was therefore created
 * by training; a production or test database (dossiers, no mark) is refused, so that learners never
 * see a real citizen's dossier and a trainer's reset never deletes one
 * (docs/decisions/0070-base-de-formation-marquee.md).
 *
 * <p>"Dossiers" are the engine's process instances (running and in history) and the application's
 * dossier rows (cartes Vitale, messagerie, arrêts de travail), which a base restored without its
 * engine history would still hold. They are read by counting only, with SQL on the application's
 * own tables: this module uses no class of the modules that write them.
 */
class BaseDeFormation {

  /** The application's dossier tables, with their French name for the refusal message. */
  static final Map<String, String> TABLES_DE_DOSSIERS =
      Map.of(
          "dossier_carte_vitale", "dossiers de carte Vitale",
          "messagerie_conversation", "messages",
          "arret_travail", "arrêts de travail");

  private final JdbcTemplate jdbc;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final Clock horloge;

  BaseDeFormation(JdbcTemplate jdbc, RuntimeService runtimeService, HistoryService historyService, Clock horloge) {
    this.jdbc = jdbc;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.horloge = horloge;
  }

  /** When this database became a training database; empty if it is not one. */
  Optional<Instant> marqueeLe() {
    return jdbc.query("select creee_le from formation_base where id = 1", (rs, i) -> rs.getTimestamp(1).toInstant())
        .stream().findFirst();
  }

  /**
   * Marks the database as a training database if it holds no dossier; refuses it otherwise with a
   * French message naming what it holds. A marked database is accepted as it is.
   *
   * @throws BaseRefuseeException when the database holds dossiers and carries no mark
   */
  @Transactional
  Instant verifierOuMarquer() {
    Optional<Instant> marque = marqueeLe();
    if (marque.isPresent()) {
      return marque.get();
    }
    Map<String, Long> dossiers = dossiers();
    long total = dossiers.values().stream().mapToLong(Long::longValue).sum();
    if (total > 0) {
      StringBuilder detail = new StringBuilder();
      dossiers.forEach((nature, nombre) -> {
        if (nombre > 0) {
          detail.append(detail.isEmpty() ? "" : ", ").append(nombre).append(' ').append(nature);
        }
      });
      throw new BaseRefuseeException(
          "Le profil « formation » refuse de démarrer : cette base de données contient des dossiers qui ne"
              + " viennent pas d'une formation (" + detail + "). Un serveur de formation a sa propre base,"
              + " vide au premier démarrage : donnez-lui une autre base (avec le profil postgres : DB_URL ;"
              + " sans lui, le fichier H2 ./data/formation), ou démarrez sans le profil « formation ».");
    }
    Instant maintenant = horloge.instant();
    jdbc.update("insert into formation_base (id, creee_le) values (1, ?)", java.sql.Timestamp.from(maintenant));
    return maintenant;
  }

  /** The dossiers this database holds, by nature (French), in a fixed order. */
  Map<String, Long> dossiers() {
    Map<String, Long> dossiers = new LinkedHashMap<>();
    dossiers.put("dossiers en cours dans le moteur", runtimeService.createProcessInstanceQuery().count());
    dossiers.put("dossiers dans l'historique du moteur", historyService.createHistoricProcessInstanceQuery().count());
    TABLES_DE_DOSSIERS.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(t ->
        dossiers.put(t.getValue(), jdbc.queryForObject("select count(*) from " + t.getKey(), Long.class)));
    return dossiers;
  }

  /** A database that must not serve a training server. */
  static class BaseRefuseeException extends IllegalStateException {
    BaseRefuseeException(String message) {
      super(message);
    }
  }
}
