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

  record LigneActivite(
      String id, String nom, String type, long passages, long dossiers, long terminees, Long medianeMs, Long p90Ms) {}

  /** Per activity: instances, dossiers, finished instances, median and 90th percentile of their durations. */
  List<LigneActivite> activites(MapSqlParameterSource p) {
    return jdbc.query(
        "select a.ACT_ID_, max(a.ACT_NAME_), max(a.ACT_TYPE_), count(*), count(distinct a.PROC_INST_ID_), count(a.END_TIME_), "
            + mediane("a.DURATION_") + ", " + p90("a.DURATION_")
            + " from ACT_HI_PROCINST p join ACT_HI_ACTINST a on a.PROC_INST_ID_ = p.PROC_INST_ID_"
            + " where p.PROC_DEF_ID_ in (:definitions) and p.START_TIME_ >= :debut and p.START_TIME_ < :fin"
            + " and a.ACT_TYPE_ <> 'multiInstanceBody'"
            + " group by a.ACT_ID_",
        p,
        (rs, i) ->
            new LigneActivite(
                rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), rs.getLong(6),
                entier(rs, 7), entier(rs, 8)));
  }

  record LigneTache(String id, long prises, Long attenteMediane, Long attenteP90, Long traitementMediane, Long traitementP90) {}

  /**
   * Per user task, finished: the wait from its creation to the first time someone took it
   * (claim, or an assignee given at creation), and the handling from then to its end. A task
   * nobody took waited its whole life (its wait is its duration) and has no handling time.
   * The takings are the engine's history of assignee links ({@code ACT_HI_IDENTITYLINK}, by task).
   */
  List<LigneTache> taches(MapSqlParameterSource p) {
    String attente = "case when t.PRISE is null then t.DUREE else " + millisecondes("t.PRISE", "t.DEBUT") + " end";
    String traitement = "case when t.PRISE is null then null else " + millisecondes("t.FIN", "t.PRISE") + " end";
    return jdbc.query(
        "select t.ACT_ID_, count(t.PRISE), " + mediane(attente) + ", " + p90(attente) + ", " + mediane(traitement) + ", "
            + p90(traitement)
            + " from (select a.ACT_ID_, a.START_TIME_ as DEBUT, a.END_TIME_ as FIN, a.DURATION_ as DUREE,"
            + " (select min(case when l.TIMESTAMP_ < a.START_TIME_ then a.START_TIME_ else l.TIMESTAMP_ end)"
            + " from ACT_HI_IDENTITYLINK l"
            + " where l.TASK_ID_ = a.TASK_ID_ and l.TYPE_ = 'assignee' and l.OPERATION_TYPE_ = 'add') as PRISE"
            + " from ACT_HI_PROCINST p join ACT_HI_ACTINST a on a.PROC_INST_ID_ = p.PROC_INST_ID_"
            + " where p.PROC_DEF_ID_ in (:definitions) and p.START_TIME_ >= :debut and p.START_TIME_ < :fin"
            + " and a.ACT_TYPE_ = 'userTask' and a.END_TIME_ is not null) t"
            + " group by t.ACT_ID_",
        p,
        (rs, i) -> new LigneTache(rs.getString(1), rs.getLong(2), entier(rs, 3), entier(rs, 4), entier(rs, 5), entier(rs, 6)));
  }

  /**
   * How many times each pair of the model was seen: for each activity instance B, the latest
   * activity instance A of the same dossier and scope, ended when B started, that leads to B in
   * the model ({@link ModeleAnalyse}). Key {@code de + "\n" + vers}.
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
    jdbc.query(
        "select x.DE, x.VERS, count(*) from ("
            + " select a.ACT_ID_ as DE, b.ACT_ID_ as VERS,"
            + " row_number() over (partition by b.ID_ order by a.END_TIME_ desc, a.SEQUENCE_COUNTER_ desc, a.ID_ desc) as RANG"
            + " from ACT_HI_PROCINST p"
            + " join ACT_HI_ACTINST b on b.PROC_INST_ID_ = p.PROC_INST_ID_"
            + " join (values " + valeurs + ") as paires(DE, VERS) on paires.VERS = b.ACT_ID_"
            + " join ACT_HI_ACTINST a on a.PROC_INST_ID_ = b.PROC_INST_ID_ and a.ACT_ID_ = paires.DE"
            + " and a.PARENT_ACT_INST_ID_ = b.PARENT_ACT_INST_ID_ and a.ID_ <> b.ID_"
            + " and a.END_TIME_ is not null and a.END_TIME_ <= b.START_TIME_"
            + " where p.PROC_DEF_ID_ in (:definitions) and p.START_TIME_ >= :debut and p.START_TIME_ < :fin"
            + ") x where x.RANG = 1 group by x.DE, x.VERS",
        avecPaires,
        rs -> {
          vues.put(rs.getString(1) + "\n" + rs.getString(2), rs.getLong(3));
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
