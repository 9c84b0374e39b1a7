package fr.cpam.demarches.commun;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How a module pushes back the waiting dates of its own tables for some dossiers: the rows a
 * query finds get their instant moved by a duration, or their dates by calendar days, one read
 * and one batched write per table. Each module calls it on its own tables only, behind a port of
 * its API (a training server's room clock keeps its other sessions at their day through them:
 * docs/decisions/0091-une-horloge-par-session-de-formation.md, docs/decisions/0097-l-horloge-de-la-salle-par-les-api.md).
 */
public final class DatesRepoussees {

  private DatesRepoussees() {}

  /**
   * Each row {@code lecture} finds with {@code valeurs} (its id, then an instant) gets that instant
   * pushed by {@code delta} by {@code ecriture} ({@code ... set colonne = ? where id = ?}).
   */
  public static void instants(JdbcTemplate jdbc, String lecture, String ecriture, List<String> valeurs, Duration delta) {
    List<Object[]> lignes = jdbc.query(lecture, (rs, n) -> new Object[] {
        Timestamp.from(rs.getTimestamp(2).toInstant().plus(delta)), rs.getObject(1)}, valeurs.toArray());
    if (!lignes.isEmpty()) {
      jdbc.batchUpdate(ecriture, lignes);
    }
  }

  /**
   * The rows of {@code table} that {@code condition} finds with {@code valeurs} get each of those
   * date columns (when set) moved by {@code jours} calendar days.
   */
  public static void jours(JdbcTemplate jdbc, String table, String condition, List<String> valeurs, long jours, String... colonnes) {
    String liste = String.join(", ", colonnes);
    List<Object[]> lignes = jdbc.query("select " + liste + ", id from " + table + condition, (rs, n) -> {
      Object[] ligne = new Object[colonnes.length + 1];
      for (int c = 0; c < colonnes.length; c++) {
        LocalDate date = rs.getObject(c + 1, LocalDate.class);
        ligne[c] = date == null ? null : date.plusDays(jours);
      }
      ligne[colonnes.length] = rs.getObject(colonnes.length + 1);
      return ligne;
    }, valeurs.toArray());
    if (!lignes.isEmpty()) {
      int[] types = new int[colonnes.length + 1];
      Arrays.fill(types, Types.DATE);
      types[colonnes.length] = Types.BIGINT;
      jdbc.batchUpdate("update " + table + " set " + String.join(" = ?, ", colonnes) + " = ? where id = ?", lignes, types);
    }
  }
}
