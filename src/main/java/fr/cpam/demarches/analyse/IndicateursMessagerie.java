package fr.cpam.demarches.analyse;

import fr.cpam.demarches.engine.Groupes;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The due dates of the messagerie (process {@code MessageAssure}), the one section of the
 * analyses that knows a model: its ids are below, checked against the model by
 * {@code IndicateursMessagerieTest}.
 *
 * <p>Each time the CPAM takes a message up (at its arrival, after the citizen's complement), the
 * model gives "Traiter le message" a due date; a transfer to another service keeps it. A due
 * date is kept when that round of processing ended (answer, question to the citizen,
 * supervisor's answer) by the due date. Rounds still open after their due date count as missed;
 * rounds whose due date has not come yet are not counted. The service is the candidate group of
 * the round's last "Traiter le message" (the one that answered); the motif is the message's.
 * The backlog of a service on a day is the number of its "Traiter le message" tasks open at the
 * end of that day. All from the history tables, by SQL aggregates.
 */
@Service
@Transactional(readOnly = true)
class IndicateursMessagerie {

  static final String PROCESSUS = "MessageAssure";
  static final String TACHE_TRAITER = "Task_TraiterMessage";
  static final String VARIABLE_MOTIF = "motif";
  static final String VARIABLE_MOTIF_LIBELLE = "motifLibelle";

  private final NamedParameterJdbcTemplate jdbc;
  private final Clock horloge;

  IndicateursMessagerie(NamedParameterJdbcTemplate jdbc, Clock horloge) {
    this.jdbc = jdbc;
    this.horloge = horloge;
  }

  record Part(String code, String libelle, long echeances, long tenues, long manquees, Double part) {}

  record Encours(LocalDate jour, Map<String, Long> parService) {}

  record Service(String code, String libelle) {}

  record Indicateurs(Periode periode, List<Part> parService, List<Part> parMotif, List<Service> services, List<Encours> encours) {}

  Indicateurs indicateurs(Periode periode) {
    MapSqlParameterSource p =
        new MapSqlParameterSource()
            .addValue("debut", periode.debut())
            .addValue("fin", periode.fin())
            .addValue("maintenant", Timestamp.from(horloge.instant()))
            .addValue("processus", PROCESSUS)
            .addValue("tache", TACHE_TRAITER)
            .addValue("motif", VARIABLE_MOTIF)
            .addValue("motifLibelle", VARIABLE_MOTIF_LIBELLE);
    // One row per round of processing whose due date fell in the period and has passed.
    String tours =
        "select s.ID_ as TOUR, s.PROC_INST_ID_ as DOSSIER, s.END_TIME_ as FIN, t.DUE_DATE_ as ECHEANCE,"
            + " (select min(l.GROUP_ID_) from ACT_HI_IDENTITYLINK l where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate'"
            + " and l.OPERATION_TYPE_ = 'add' and l.GROUP_ID_ is not null) as SERVICE,"
            + " row_number() over (partition by s.ID_ order by t.START_TIME_ desc, t.ID_ desc) as RANG"
            + " from ACT_HI_TASKINST t"
            + " join ACT_HI_ACTINST ta on ta.ID_ = t.ACT_INST_ID_"
            + " join ACT_HI_ACTINST s on s.ID_ = ta.PARENT_ACT_INST_ID_"
            + " where t.TASK_DEF_KEY_ = :tache and t.PROC_DEF_KEY_ = :processus"
            + " and t.DUE_DATE_ >= :debut and t.DUE_DATE_ < :fin and t.DUE_DATE_ < :maintenant";
    String tenue = "case when x.FIN is not null and x.FIN <= x.ECHEANCE then 1 else 0 end";
    List<Part> parService =
        jdbc.query(
            "select x.SERVICE, count(*), sum(" + tenue + ") from (" + tours + ") x where x.RANG = 1 group by x.SERVICE",
            p,
            (rs, i) -> part(rs.getString(1), Groupes.libelle(rs.getString(1)), rs.getLong(2), rs.getLong(3)));
    List<Part> parMotif =
        jdbc.query(
            "select m.TEXT_, max(ml.TEXT_), count(*), sum(" + tenue + ") from (" + tours + ") x"
                + " left join ACT_HI_VARINST m on m.PROC_INST_ID_ = x.DOSSIER and m.NAME_ = :motif"
                + " left join ACT_HI_VARINST ml on ml.PROC_INST_ID_ = x.DOSSIER and ml.NAME_ = :motifLibelle"
                + " where x.RANG = 1 group by m.TEXT_",
            p,
            (rs, i) -> part(rs.getString(1), rs.getString(2) == null ? rs.getString(1) : rs.getString(2), rs.getLong(3), rs.getLong(4)));
    List<Encours> encours = encours(periode, p);
    List<Service> services =
        encours.isEmpty() ? List.of() : encours.get(0).parService().keySet().stream().map(s -> new Service(s, Groupes.libelle(s))).toList();
    return new Indicateurs(periode, trier(parService), trier(parMotif), services, encours);
  }

  private static Part part(String code, String libelle, long echeances, long tenues) {
    return new Part(
        code == null ? "inconnu" : code,
        libelle == null ? "Non renseigné" : libelle,
        echeances,
        tenues,
        echeances - tenues,
        echeances == 0 ? null : Math.round(1000.0 * tenues / echeances) / 1000.0);
  }

  private static List<Part> trier(List<Part> parts) {
    List<Part> triees = new ArrayList<>(parts);
    triees.sort(Comparator.comparing(Part::echeances).reversed().thenComparing(Part::code));
    return triees;
  }

  /**
   * The backlog per service at the end of each day: the tasks open before the period, then per
   * day the tasks that opened (+1) and closed (−1), summed by the database; Java adds them up
   * day after day (one row per service and day that changed).
   */
  private List<Encours> encours(Periode periode, MapSqlParameterSource p) {
    LocalDate veille = periode.du().minusDays(1);
    MapSqlParameterSource avecVeille = new MapSqlParameterSource(p.getValues()).addValue("veille", java.sql.Date.valueOf(veille));
    String service =
        "(select min(l.GROUP_ID_) from ACT_HI_IDENTITYLINK l where l.TASK_ID_ = t.ID_ and l.TYPE_ = 'candidate'"
            + " and l.OPERATION_TYPE_ = 'add' and l.GROUP_ID_ is not null)";
    String taches =
        " from ACT_HI_TASKINST t where t.TASK_DEF_KEY_ = :tache and t.PROC_DEF_KEY_ = :processus"
            + " and t.START_TIME_ < :fin and (t.END_TIME_ is null or t.END_TIME_ >= :debut)";
    Map<String, TreeMap<LocalDate, Long>> variations = new HashMap<>();
    jdbc.query(
        "select x.SERVICE, x.JOUR, sum(x.DELTA) from ("
            + " select " + service + " as SERVICE, case when t.START_TIME_ < :debut then :veille else cast(t.START_TIME_ as date) end as JOUR, 1 as DELTA" + taches
            + " union all"
            + " select " + service + " as SERVICE, cast(t.END_TIME_ as date) as JOUR, -1 as DELTA" + taches
            + " and t.END_TIME_ is not null and t.END_TIME_ < :fin"
            + ") x group by x.SERVICE, x.JOUR",
        avecVeille,
        rs -> {
          String s = rs.getString(1) == null ? "inconnu" : rs.getString(1);
          variations.computeIfAbsent(s, k -> new TreeMap<>()).merge(rs.getDate(2).toLocalDate(), rs.getLong(3), Long::sum);
        });
    List<String> services = new ArrayList<>(new TreeSet<>(variations.keySet()));
    List<Encours> jours = new ArrayList<>();
    Map<String, Long> courant = new HashMap<>();
    services.forEach(s -> courant.put(s, variations.get(s).getOrDefault(veille, 0L)));
    for (int i = 0; i < periode.jours(); i++) {
      LocalDate jour = periode.du().plusDays(i);
      Map<String, Long> ce = new TreeMap<>();
      for (String s : services) {
        long n = courant.get(s) + variations.get(s).getOrDefault(jour, 0L);
        courant.put(s, n);
        ce.put(s, n);
      }
      jours.add(new Encours(jour, ce));
    }
    return jours;
  }
}
