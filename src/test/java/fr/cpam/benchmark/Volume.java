package fr.cpam.benchmark;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * Makes the benchmark's volume quickly: open tasks spread over the services' candidate groups
 * (some overdue, some assigned to the demo agents) and completed dossiers in the history.
 *
 * <p>How: a few model dossiers of the {@code BancDossier} process are started (and, for the
 * history, completed) through the engine, so that every row the engine writes for a dossier
 * exists, with its authorizations and its history at the configured level. Then each of their
 * rows is copied N times by one {@code INSERT ... SELECT} per table over a table of numbers:
 * every value that is an id of a model's row (or its reference) gets the suffix {@code -n},
 * every timestamp moves n seconds back, so the copies are distinct, consistent dossiers that
 * the engine reads, counts and completes like the others.
 */
final class Volume {

  /** Every table where the engine writes a dossier's rows, runtime then history. */
  private static final List<String> TABLES =
      List.of(
          "ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_IDENTITYLINK", "ACT_RU_AUTHORIZATION",
          "ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST", "ACT_HI_DETAIL",
          "ACT_HI_IDENTITYLINK");

  /** One model dossier per candidate group and slot: 1 assigned, 3 overdue, 16 waiting in 20. */
  private static final int CASES_PAR_GROUPE = 20;

  /**
   * From this many copies, PostgreSQL's history indexes are dropped during the copy and created
   * again after ({@link #retirerIndex}); below, inserting into them costs about the same.
   */
  private static final int EN_GROS = 500_000;

  private final ProcessEngine moteur;
  private final DataSource source;
  private final boolean postgres;

  Volume(ProcessEngine moteur, DataSource source, boolean postgres) {
    this.moteur = moteur;
    this.source = source;
    this.postgres = postgres;
  }

  /** Open tasks of the {@code groupes} (key: group, value: the demo agent who holds some). */
  void tachesOuvertes(Map<String, String> groupes, int nombre) throws SQLException {
    List<String> modeles = new ArrayList<>();
    int g = 0;
    for (var groupe : groupes.entrySet()) {
      for (int c = 0; c < CASES_PAR_GROUPE; c++) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("groupe", groupe.getKey());
        variables.put("agent", c == 0 ? groupe.getValue() : null);
        variables.put("echeance", Date.from(Instant.now().plus(c <= 3 && c > 0 ? -2 : 30, ChronoUnit.DAYS)));
        String reference = "BANC-O" + g + "-" + c;
        variables.put("reference", reference);
        ProcessInstance pi = moteur.getRuntimeService().startProcessInstanceByKey("BancDossier", reference, variables);
        modeles.add(pi.getId());
      }
      g++;
    }
    copier(modeles, nombre);
  }

  /** Completed dossiers, kept in the history. */
  void dossiersTermines(Map<String, String> groupes, int nombre) throws SQLException {
    List<String> modeles = new ArrayList<>();
    int g = 0;
    for (String groupe : groupes.keySet()) {
      String reference = "BANC-H" + g++;
      Map<String, Object> variables = new HashMap<>();
      variables.put("groupe", groupe);
      variables.put("reference", reference);
      ProcessInstance pi = moteur.getRuntimeService().startProcessInstanceByKey("BancDossier", reference, variables);
      String tache = moteur.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
      moteur.getTaskService().complete(tache);
      modeles.add(pi.getId());
    }
    copier(modeles, nombre);
  }

  private void copier(List<String> modeles, int nombre) throws SQLException {
    System.out.printf("  %d dossiers modèles démarrés%n", modeles.size());
    try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      s.execute("drop table if exists banc_n");
      s.execute("drop table if exists banc_id");
      s.execute("create table banc_n (n integer primary key, i integer not null)");
      s.execute("create table banc_id (ancien varchar(64) primary key, i integer not null)");
      s.execute(
          postgres
              ? "insert into banc_n select x, mod(x, " + modeles.size() + ") from generate_series(1, " + nombre + ") x"
              : "insert into banc_n select x, mod(x, " + modeles.size() + ") from system_range(1, " + nombre + ")");
      s.execute("create index banc_n_i on banc_n (i)");
      for (int i = 0; i < modeles.size(); i++) {
        String pi = modeles.get(i);
        String parDossier = "(select ID_ from ACT_RU_TASK where PROC_INST_ID_ = '" + pi + "')";
        List<String> appartenance =
            List.of(
                "select ID_ from ACT_RU_EXECUTION where PROC_INST_ID_ = '" + pi + "'",
                "select ID_ from ACT_RU_TASK where PROC_INST_ID_ = '" + pi + "'",
                "select ID_ from ACT_RU_VARIABLE where PROC_INST_ID_ = '" + pi + "'",
                "select ID_ from ACT_RU_IDENTITYLINK where TASK_ID_ in " + parDossier,
                "select ID_ from ACT_RU_AUTHORIZATION where RESOURCE_ID_ = '" + pi + "' or RESOURCE_ID_ in " + parDossier,
                "select ID_ from ACT_HI_PROCINST where PROC_INST_ID_ = '" + pi + "'",
                "select ID_ from ACT_HI_ACTINST where PROC_INST_ID_ = '" + pi + "'",
                "select ID_ from ACT_HI_TASKINST where PROC_INST_ID_ = '" + pi + "'",
                "select ID_ from ACT_HI_VARINST where PROC_INST_ID_ = '" + pi + "'",
                "select ID_ from ACT_HI_DETAIL where PROC_INST_ID_ = '" + pi + "'",
                "select ID_ from ACT_HI_IDENTITYLINK where ROOT_PROC_INST_ID_ = '" + pi + "'",
                "select BUSINESS_KEY_ from ACT_HI_PROCINST where PROC_INST_ID_ = '" + pi + "'");
        for (String requete : appartenance) {
          s.execute("insert into banc_id (ancien, i) select distinct x.ID_, " + i + " from (" + requete.replace("select BUSINESS_KEY_", "select BUSINESS_KEY_ as ID_") + ") x where x.ID_ is not null and x.ID_ not in (select ancien from banc_id)");
        }
      }
      // The models' rows are already there; the copies only add.
      for (String table : TABLES) {
        long t = System.nanoTime();
        List<String> index = postgres && nombre >= EN_GROS && table.startsWith("ACT_HI_") ? retirerIndex(s, table) : List.of();
        int lignes = s.executeUpdate(copie(c.getMetaData(), table));
        long copie = System.nanoTime();
        for (String creation : index) {
          s.execute(creation);
        }
        System.out.printf("  %s : %d lignes en %d ms (dont %d index recréés en %d ms)%n", table, lignes,
            (System.nanoTime() - t) / 1_000_000, index.size(), (System.nanoTime() - copie) / 1_000_000);
      }
      s.execute("drop table banc_n");
      s.execute("drop table banc_id");
      c.commit();
      if (postgres) {
        c.setAutoCommit(true);
        s.execute("analyze");
      }
    }
  }

  /**
   * PostgreSQL: the secondary indexes of {@code table} dropped before its copy, and their
   * definitions, to create them again once the rows are in (one sort per index instead of a
   * million insertions into each: the 1 000 000 dossiers load several times faster). Unique
   * indexes stay: they check the copies.
   */
  private static List<String> retirerIndex(Statement s, String table) throws SQLException {
    List<String[]> index = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(
        "select c.relname, pg_get_indexdef(i.indexrelid) from pg_index i join pg_class c on c.oid = i.indexrelid"
            + " where i.indrelid = '" + table.toLowerCase() + "'::regclass and not i.indisunique and not i.indisprimary")) {
      while (rs.next()) {
        index.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    List<String> creations = new ArrayList<>();
    for (String[] i : index) {
      s.execute("drop index " + i[0]);
      creations.add(i[1]);
    }
    return creations;
  }

  private String copie(DatabaseMetaData meta, String table) throws SQLException {
    Map<String, Integer> colonnes = colonnes(meta, table);
    List<String> expressions = new ArrayList<>();
    for (var colonne : colonnes.entrySet()) {
      String nom = "t." + colonne.getKey();
      int type = colonne.getValue();
      if (type == Types.VARCHAR || type == Types.NVARCHAR) {
        expressions.add("case when " + nom + " in (select ancien from banc_id) then " + nom + " || '-' || cast(s.n as varchar(10)) else " + nom + " end");
      } else if (type == Types.TIMESTAMP || type == Types.TIMESTAMP_WITH_TIMEZONE) {
        expressions.add(postgres ? nom + " - s.n * interval '1 second'" : "dateadd(second, -s.n, " + nom + ")");
      } else {
        expressions.add(nom);
      }
    }
    return "insert into " + table + " (" + String.join(", ", colonnes.keySet()) + ") select "
        + String.join(", ", expressions)
        + " from " + table + " t join banc_id b on b.ancien = t.ID_ join banc_n s on s.i = b.i";
  }

  private static Map<String, Integer> colonnes(DatabaseMetaData meta, String table) throws SQLException {
    Map<String, Integer> colonnes = new LinkedHashMap<>();
    for (String nom : List.of(table, table.toLowerCase())) {
      try (ResultSet rs = meta.getColumns(null, null, nom, null)) {
        while (rs.next()) {
          colonnes.put(rs.getString("COLUMN_NAME").toUpperCase(), rs.getInt("DATA_TYPE"));
        }
      }
      if (!colonnes.isEmpty()) {
        break;
      }
    }
    if (colonnes.isEmpty()) {
      throw new IllegalStateException("Table introuvable : " + table);
    }
    return colonnes;
  }
}
