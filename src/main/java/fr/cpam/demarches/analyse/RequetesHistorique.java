package fr.cpam.demarches.analyse;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The statistics of a procedure, each in one SQL statement over the engine's history tables
 * ({@code ACT_HI_*}): the database counts, sorts and takes the percentiles; Java receives one
 * row per activity, per pair of activities or per dossier of the ten slowest. The same SQL runs
 * on H2 and PostgreSQL.
 *
 * <p>The dossiers of a period are those started in it ({@code ACT_HI_PROCINST} by definition and
 * start time: index {@code CPAM_IDX_HI_PROCINST_DEF_DEBUT}, {@code db/moteur/}). Percentiles are
 * nearest-rank ({@code PERCENTILE_DISC}): the median and the 90th percentile are durations some
 * dossier really took.
 */
@Repository
class RequetesHistorique {

  /** The dossiers of the period: {@code p}. */
  static final String COHORTE =
      " from ACT_HI_PROCINST p where p.PROC_DEF_ID_ in (:definitions) and p.START_TIME_ >= :debut and p.START_TIME_ < :fin";

  private final NamedParameterJdbcTemplate jdbc;

  RequetesHistorique(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Milliseconds from {@code debut} to {@code fin}, two timestamps, in SQL (H2 and PostgreSQL). */
  static String millisecondes(String fin, String debut) {
    return "cast(round((extract(epoch from " + fin + ") - extract(epoch from " + debut + ")) * 1000) as bigint)";
  }

  static String mediane(String expression) {
    return "percentile_disc(0.5) within group (order by " + expression + ")";
  }

  static String p90(String expression) {
    return "percentile_disc(0.9) within group (order by " + expression + ")";
  }

  static MapSqlParameterSource parametres(List<String> definitions, Periode periode) {
    return new MapSqlParameterSource()
        .addValue("definitions", definitions)
        .addValue("debut", periode.debut())
        .addValue("fin", periode.fin());
  }

  record Ensemble(long dossiers, long termines, Long medianeMs, Long p90Ms) {}

  Ensemble ensemble(MapSqlParameterSource p) {
    return jdbc.queryForObject(
        "select count(*), count(p.END_TIME_), " + mediane("p.DURATION_") + ", " + p90("p.DURATION_") + COHORTE,
        p,
        (rs, i) -> new Ensemble(rs.getLong(1), rs.getLong(2), entier(rs, 3), entier(rs, 4)));
  }

  /**
   * The figures of the user tasks of an activity, when some finished in the period: how many
   * were taken, the wait before and the handling after.
   */
  record Tache(long prises, Long attenteMediane, Long attenteP90, Long traitementMediane, Long traitementP90) {}

  record LigneActivite(
      String id, String nom, String type, long passages, long dossiers, long terminees, Long medianeMs, Long p90Ms, Tache tache) {}

  /**
   * Per activity: instances, dossiers, finished instances, median and 90th percentile of their
   * durations; for user tasks, finished, the wait from their creation to the first time someone
   * took them (claim, or an assignee given at creation) and the handling from then to their end.
   * A task nobody took waited its whole life (its wait is its duration) and has no handling time.
   * The takings are the engine's history of assignee links ({@code ACT_HI_IDENTITYLINK}), those of
   * the definitions only (index {@code CPAM_IDX_HI_LIEN_DEF_TYPE}), one row per task. One pass
   * over the activity instances of the period (docs/decisions/0057).
   */
  List<LigneActivite> activites(MapSqlParameterSource p) {
    String tacheTerminee = "a.ACT_TYPE_ = 'userTask' and a.END_TIME_ is not null";
    String prise = "case when l.PRISE < a.START_TIME_ then a.START_TIME_ else l.PRISE end";
    String attente =
        "case when " + tacheTerminee + " then case when l.PRISE is null then a.DURATION_ else "
            + millisecondes(prise, "a.START_TIME_") + " end end";
    String traitement = "case when " + tacheTerminee + " and l.PRISE is not null then " + millisecondes("a.END_TIME_", prise) + " end";
    return jdbc.query(
        "select a.ACT_ID_, max(a.ACT_NAME_), max(a.ACT_TYPE_), count(*), count(distinct a.PROC_INST_ID_), count(a.END_TIME_), "
            + mediane("a.DURATION_") + ", " + p90("a.DURATION_") + ","
            + " count(case when " + tacheTerminee + " then 1 end), count(case when " + tacheTerminee + " then l.PRISE end), "
            + mediane(attente) + ", " + p90(attente) + ", " + mediane(traitement) + ", " + p90(traitement)
            + " from ACT_HI_PROCINST p join ACT_HI_ACTINST a on a.PROC_INST_ID_ = p.PROC_INST_ID_"
            + " left join (select l.TASK_ID_, min(l.TIMESTAMP_) as PRISE from ACT_HI_IDENTITYLINK l"
            + " where l.PROC_DEF_ID_ in (:definitions) and l.TYPE_ = 'assignee' and l.OPERATION_TYPE_ = 'add'"
            + " group by l.TASK_ID_) l on l.TASK_ID_ = a.TASK_ID_"
            + " where p.PROC_DEF_ID_ in (:definitions) and p.START_TIME_ >= :debut and p.START_TIME_ < :fin"
            + " and a.ACT_TYPE_ <> 'multiInstanceBody'"
            + " group by a.ACT_ID_",
        p,
        (rs, i) ->
            new LigneActivite(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                entier(rs, 7), entier(rs, 8),
                rs.getLong(9) == 0
                    ? null
                    : new Tache(rs.getLong(10), entier(rs, 11), entier(rs, 12), entier(rs, 13), entier(rs, 14))));
  }

  /**
   * How many times each pair of the model was seen: for each activity instance B, the latest
   * activity instance A of the same dossier and scope, ended when B started, that leads to B in
   * the model ({@link ModeleAnalyse}). Key {@code de + "\n" + vers}.
   *
   * <p>One pass, with a window: B's predecessor is the activity instance started just before it
   * in its scope ({@code LAG} over the dossier's instances in the order they started), when that
   * one had ended by then and leads to B. Only the instances it does not answer for (a parallel
   * branch, a non-interrupting event started in between) look further back, by a join restricted
   * to them (docs/decisions/0056).
   */
  Map<String, Long> paires(MapSqlParameterSource p, List<ModeleAnalyse.Paire> paires) {
    Map<String, Long> vues = new HashMap<>();
    if (paires.isEmpty()) {
      return vues;
    }
    StringBuilder valeurs = new StringBuilder();
    MapSqlParameterSource avecPaires = new MapSqlParameterSource(p.getValues());
    List<ModeleAnalyse.Paire> distinctes =
        paires.stream().filter(distinctesParCle()).toList();
    for (int i = 0; i < distinctes.size(); i++) {
      valeurs.append(i == 0 ? "" : ", ").append("(:de").append(i).append(", :vers").append(i).append(')');
      avecPaires.addValue("de" + i, distinctes.get(i).de()).addValue("vers" + i, distinctes.get(i).vers());
    }
    String modele = "(values " + valeurs + ")";
    jdbc.query(
        "with ORDRE as (select a.ID_, a.PROC_INST_ID_, a.PARENT_ACT_INST_ID_, a.ACT_ID_, a.START_TIME_,"
            + " lag(a.ACT_ID_) over (partition by a.PROC_INST_ID_, a.PARENT_ACT_INST_ID_"
            + " order by a.START_TIME_, a.SEQUENCE_COUNTER_, a.ID_) as PRECEDENTE,"
            + " lag(a.END_TIME_) over (partition by a.PROC_INST_ID_, a.PARENT_ACT_INST_ID_"
            + " order by a.START_TIME_, a.SEQUENCE_COUNTER_, a.ID_) as FIN_PRECEDENTE"
            + " from ACT_HI_PROCINST p join ACT_HI_ACTINST a on a.PROC_INST_ID_ = p.PROC_INST_ID_"
            + " where p.PROC_DEF_ID_ in (:definitions) and p.START_TIME_ >= :debut and p.START_TIME_ < :fin),"
            + " SUIVIES as (select o.ID_, o.PROC_INST_ID_, o.PARENT_ACT_INST_ID_, o.ACT_ID_, o.START_TIME_, m.DE"
            + " from ORDRE o left join " + modele + " as m(DE, VERS)"
            + " on m.DE = o.PRECEDENTE and m.VERS = o.ACT_ID_ and o.FIN_PRECEDENTE <= o.START_TIME_)"
            // Counted in each branch (a few rows each), added up in Java.
            + " select s.DE, s.ACT_ID_, count(*) from SUIVIES s where s.DE is not null group by s.DE, s.ACT_ID_"
            + " union all"
            + " select y.DE, y.VERS, count(*) from (select a.ACT_ID_ as DE, b.ACT_ID_ as VERS,"
            + " row_number() over (partition by b.ID_ order by a.END_TIME_ desc, a.SEQUENCE_COUNTER_ desc, a.ID_ desc) as RANG"
            + " from SUIVIES b join " + modele + " as m(DE, VERS) on m.VERS = b.ACT_ID_"
            + " join ACT_HI_ACTINST a on a.PROC_INST_ID_ = b.PROC_INST_ID_ and a.ACT_ID_ = m.DE"
            + " and a.PARENT_ACT_INST_ID_ = b.PARENT_ACT_INST_ID_ and a.ID_ <> b.ID_"
            + " and a.END_TIME_ is not null and a.END_TIME_ <= b.START_TIME_"
            + " where b.DE is null) y where y.RANG = 1 group by y.DE, y.VERS",
        avecPaires,
        rs -> {
          vues.merge(rs.getString(1) + "\n" + rs.getString(2), rs.getLong(3), Long::sum);
        });
    return vues;
  }

  private static java.util.function.Predicate<ModeleAnalyse.Paire> distinctesParCle() {
    java.util.Set<String> vues = new java.util.HashSet<>();
    return paire -> vues.add(paire.de() + "\n" + paire.vers());
  }

  record LigneDossier(String id, String reference, String definition, Instant debut, Instant fin, long dureeMs, String etat) {}

  /** The {@code nombre} dossiers that took longest, or have been open longest. */
  List<LigneDossier> lesPlusLents(MapSqlParameterSource p, Instant maintenant, int nombre) {
    MapSqlParameterSource avecMaintenant =
        new MapSqlParameterSource(p.getValues()).addValue("maintenant", Timestamp.from(maintenant)).addValue("nombre", nombre);
    return jdbc.query(
        "select p.PROC_INST_ID_, p.BUSINESS_KEY_, p.PROC_DEF_ID_, p.START_TIME_, p.END_TIME_, p.STATE_,"
            + " case when p.END_TIME_ is null then " + millisecondes("cast(:maintenant as timestamp)", "p.START_TIME_")
            + " else p.DURATION_ end as DUREE"
            + COHORTE
            + " order by DUREE desc, p.PROC_INST_ID_ fetch first :nombre rows only",
        avecMaintenant,
        (rs, i) ->
            new LigneDossier(
                rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5), rs.getLong(7), rs.getString(6)));
  }

  record Etape(String activite, String nom, String type, Instant debut, Instant fin, Long dureeMs, String groupe) {}

  /** The steps of one dossier, in their order, with the group that held each user task. */
  List<Etape> parcours(String dossier) {
    return jdbc.query(
        "select a.ACT_ID_, a.ACT_NAME_, a.ACT_TYPE_, a.START_TIME_, a.END_TIME_, a.DURATION_,"
            + " (select min(l.GROUP_ID_) from ACT_HI_IDENTITYLINK l where l.TASK_ID_ = a.TASK_ID_ and l.TYPE_ = 'candidate'"
            + " and l.GROUP_ID_ is not null) "
            + " from ACT_HI_ACTINST a where a.PROC_INST_ID_ = :dossier and a.ACT_TYPE_ <> 'multiInstanceBody'"
            + " order by a.START_TIME_, a.SEQUENCE_COUNTER_, a.ID_",
        new MapSqlParameterSource("dossier", dossier),
        (rs, i) ->
            new Etape(rs.getString(1), rs.getString(2), rs.getString(3), instant(rs, 4), instant(rs, 5), entier(rs, 6), rs.getString(7)));
  }

  record Dossier(String id, String definition, String cle) {}

  /** The dossier's definition, or null when the history has no such dossier. */
  Dossier dossier(String id) {
    List<Dossier> trouves =
        jdbc.query(
            "select p.PROC_INST_ID_, p.PROC_DEF_ID_, p.PROC_DEF_KEY_ from ACT_HI_PROCINST p where p.PROC_INST_ID_ = :id",
            new MapSqlParameterSource("id", id),
            (rs, i) -> new Dossier(rs.getString(1), rs.getString(2), rs.getString(3)));
    return trouves.isEmpty() ? null : trouves.get(0);
  }

  static Long entier(ResultSet rs, int colonne) throws SQLException {
    long valeur = rs.getLong(colonne);
    return rs.wasNull() ? null : valeur;
  }

  static Instant instant(ResultSet rs, int colonne) throws SQLException {
    Timestamp t = rs.getTimestamp(colonne);
    return t == null ? null : t.toInstant();
  }
}
