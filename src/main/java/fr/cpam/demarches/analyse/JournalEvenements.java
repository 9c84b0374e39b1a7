package fr.cpam.demarches.analyse;

import fr.cpam.demarches.commun.Fuseau;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event log of a procedure over a period, for process-mining tools (ProM, PM4Py, Disco,
 * Celonis): a case per dossier started in the period, an event per start and per end of each
 * activity instance, in XES (IEEE 1849-2016, extensions Concept, Time, Lifecycle and
 * Organizational) or in CSV (one line per event).
 *
 * <p>No personal data leaves: no variable is read; a dossier is named by a pseudonym, the
 * HMAC-SHA-256 of its id under a key drawn for this export and then forgotten (the same dossier
 * has the same name throughout the file, and another name in the next export); the resource of
 * a user task is its candidate group, never the person who did it.
 *
 * <p>Streamed: the database sends the rows in the order of the file, a few hundred at a time
 * (a cursor, read-only transaction); one dossier's events are held at a time, to write them in
 * the order of their times.
 */
@Service
class JournalEvenements {

  enum Format {
    XES("application/xml", "xes"),
    CSV("text/csv", "csv");

    final String typeContenu;
    final String extension;

    Format(String typeContenu, String extension) {
      this.typeContenu = typeContenu;
      this.extension = extension;
    }
  }

  /** Rows fetched per round trip to the database. */
  static final int LIGNES_PAR_LOT = 1000;

  static final String CYCLE_DEBUT = "start";
  static final String CYCLE_FIN = "complete";
  static final String CYCLE_ANNULE = "ate_abort";
  /** {@code ACT_HI_ACTINST.ACT_INST_STATE_} of an activity instance that was cancelled. */
  private static final int ETAT_ANNULE = 2;

  private static final DateTimeFormatter HORODATAGE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private final NamedParameterJdbcTemplate jdbc;
  private final TransactionTemplate lecture;
  private final SecureRandom hasard = new SecureRandom();
  private final Clock horloge;

  JournalEvenements(DataSource source, PlatformTransactionManager transactions, Clock horloge) {
    this.horloge = horloge;
    JdbcTemplate curseur = new JdbcTemplate(source);
    curseur.setFetchSize(LIGNES_PAR_LOT);
    this.jdbc = new NamedParameterJdbcTemplate(curseur);
    this.lecture = new TransactionTemplate(transactions);
    this.lecture.setReadOnly(true);
  }

  /** An event of the log: the pseudonymised dossier, the activity, its transition, its time, its group. */
  record Evenement(String dossier, int version, String activite, String nom, String cycle, Instant quand, String ressource) {}

  /** What the export counted, for the logs and the benchmark. */
  record Bilan(long dossiers, long evenements) {}

  Bilan ecrire(AnalysesService.Choix choix, Periode periode, Format format, OutputStream sortie) {
    Pseudonymes pseudonymes = new Pseudonymes(hasard);
    Map<String, Integer> versions = new java.util.HashMap<>();
    choix.definitions().forEach(d -> versions.put(d.getId(), d.getVersion()));
    Writer texte = new BufferedWriter(new OutputStreamWriter(sortie, StandardCharsets.UTF_8), 64 * 1024);
    Ecrivain ecrivain = format == Format.XES ? new EcrivainXes(texte, choix, periode, horloge.instant()) : new EcrivainCsv(texte);
    long[] compte = new long[2];
    List<Evenement> dossier = new ArrayList<>();
    String[] courant = {null};
    MapSqlParameterSource p = RequetesHistorique.parametres(choix.ids(), periode);
    ecrivain.entete();
    lecture.executeWithoutResult(
        statut ->
            jdbc.query(
                "select p.PROC_INST_ID_, p.PROC_DEF_ID_, a.ACT_ID_, a.ACT_NAME_, a.START_TIME_, a.END_TIME_, a.ACT_INST_STATE_,"
                    + " (select min(l.GROUP_ID_) from ACT_HI_IDENTITYLINK l where l.TASK_ID_ = a.TASK_ID_"
                    + " and l.TYPE_ = 'candidate' and l.GROUP_ID_ is not null)"
                    + " from ACT_HI_PROCINST p join ACT_HI_ACTINST a on a.PROC_INST_ID_ = p.PROC_INST_ID_"
                    + " where p.PROC_DEF_ID_ in (:definitions) and p.START_TIME_ >= :debut and p.START_TIME_ < :fin"
                    + " and a.ACT_TYPE_ <> 'multiInstanceBody'"
                    + " order by p.START_TIME_, p.PROC_INST_ID_, a.START_TIME_, a.SEQUENCE_COUNTER_, a.ID_",
                p,
                (ResultSet rs) -> {
                  String id = rs.getString(1);
                  if (!id.equals(courant[0])) {
                    compte[1] += ecrivain.dossier(dossier);
                    dossier.clear();
                    courant[0] = id;
                    compte[0]++;
                  }
                  ajouter(dossier, rs, pseudonymes.de(id), versions.getOrDefault(rs.getString(2), 0));
                }));
    compte[1] += ecrivain.dossier(dossier);
    ecrivain.fin();
    return new Bilan(compte[0], compte[1]);
  }

  private static void ajouter(List<Evenement> dossier, ResultSet rs, String pseudonyme, int version) throws SQLException {
    String activite = rs.getString(3);
    String nom = rs.getString(4) == null || rs.getString(4).isBlank() ? activite : rs.getString(4);
    Instant debut = RequetesHistorique.instant(rs, 5);
    Instant fin = RequetesHistorique.instant(rs, 6);
    int etat = rs.getInt(7);
    String groupe = rs.getString(8);
    dossier.add(new Evenement(pseudonyme, version, activite, nom, CYCLE_DEBUT, debut, groupe));
    if (fin != null) {
      dossier.add(new Evenement(pseudonyme, version, activite, nom, etat == ETAT_ANNULE ? CYCLE_ANNULE : CYCLE_FIN, fin, groupe));
    }
  }

  /** Writes one format; {@link #dossier} gets the events of one dossier and returns how many it wrote. */
  private abstract static class Ecrivain {
    abstract void entete();

    int dossier(List<Evenement> evenements) {
      if (evenements.isEmpty()) {
        return 0;
      }
      // Stable sort: at equal times, a start stays before its own end and the database's order holds.
      evenements.sort(Comparator.comparing(Evenement::quand));
      ecrireDossier(evenements);
      return evenements.size();
    }

    abstract void ecrireDossier(List<Evenement> evenements);

    abstract void fin();
  }

  private static final class EcrivainCsv extends Ecrivain {
    private final Writer sortie;

    EcrivainCsv(Writer sortie) {
      this.sortie = sortie;
    }

    @Override
    void entete() {
      ligne("dossier", "version", "activite", "libelle", "cycle", "horodatage", "ressource");
    }

    @Override
    void ecrireDossier(List<Evenement> evenements) {
      for (Evenement e : evenements) {
        ligne(e.dossier(), String.valueOf(e.version()), e.activite(), e.nom(), e.cycle(), horodatage(e.quand()), e.ressource());
      }
    }

    private void ligne(String... valeurs) {
      try {
        for (int i = 0; i < valeurs.length; i++) {
          if (i > 0) {
            sortie.write(',');
          }
          sortie.write(champ(valeurs[i]));
        }
        sortie.write("\r\n");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    /** RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled. */
    static String champ(String valeur) {
      if (valeur == null) {
        return "";
      }
      if (valeur.indexOf(',') < 0 && valeur.indexOf('"') < 0 && valeur.indexOf('\n') < 0 && valeur.indexOf('\r') < 0) {
        return valeur;
      }
      return '"' + valeur.replace("\"", "\"\"") + '"';
    }

    @Override
    void fin() {
      try {
        sortie.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** XES as IEEE 1849-2016 writes it: no namespace, the extensions, globals and classifier first. */
  private static final class EcrivainXes extends Ecrivain {
    private final Writer texte;
    private final XMLStreamWriter xml;
    private final AnalysesService.Choix choix;
    private final Periode periode;
    private final Instant exporte;

    EcrivainXes(Writer texte, AnalysesService.Choix choix, Periode periode, Instant exporte) {
      this.texte = texte;
      this.choix = choix;
      this.periode = periode;
      this.exporte = exporte;
      try {
        this.xml = XMLOutputFactory.newInstance().createXMLStreamWriter(texte);
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    void entete() {
      try {
        xml.writeStartDocument("UTF-8", "1.0");
        texte.write('\n');
        xml.writeStartElement("log");
        xml.writeAttribute("xes.version", "1849.2016");
        xml.writeAttribute("xes.features", "");
        extension("Concept", "concept", "http://www.xes-standard.org/concept.xesext");
        extension("Time", "time", "http://www.xes-standard.org/time.xesext");
        extension("Lifecycle", "lifecycle", "http://www.xes-standard.org/lifecycle.xesext");
        extension("Organizational", "org", "http://www.xes-standard.org/org.xesext");
        xml.writeStartElement("global");
        xml.writeAttribute("scope", "trace");
        attribut("string", "concept:name", "inconnu");
        xml.writeEndElement();
        xml.writeStartElement("global");
        xml.writeAttribute("scope", "event");
        attribut("string", "concept:name", "inconnue");
        attribut("date", "time:timestamp", "1970-01-01T00:00:00Z");
        attribut("string", "lifecycle:transition", CYCLE_FIN);
        xml.writeEndElement();
        xml.writeEmptyElement("classifier");
        xml.writeAttribute("name", "Activite");
        xml.writeAttribute("keys", "concept:name lifecycle:transition");
        xml.writeEmptyElement("classifier");
        xml.writeAttribute("name", "Ressource");
        xml.writeAttribute("keys", "org:resource");
        attribut("string", "concept:name", choix.nom() == null ? choix.cle() : choix.nom());
        attribut("string", "processus", choix.cle());
        attribut("string", "versions", choix.version() == null ? "toutes" : String.valueOf(choix.version()));
        attribut("string", "periode", periode.du() + "/" + periode.au());
        attribut("date", "exporte", horodatage(exporte));
        texte.write('\n');
      } catch (XMLStreamException | IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private void extension(String nom, String prefixe, String uri) throws XMLStreamException {
      xml.writeEmptyElement("extension");
      xml.writeAttribute("name", nom);
      xml.writeAttribute("prefix", prefixe);
      xml.writeAttribute("uri", uri);
    }

    private void attribut(String type, String cle, String valeur) throws XMLStreamException {
      xml.writeEmptyElement(type);
      xml.writeAttribute("key", cle);
      xml.writeAttribute("value", valeur);
    }

    @Override
    void ecrireDossier(List<Evenement> evenements) {
      try {
        xml.writeStartElement("trace");
        attribut("string", "concept:name", evenements.get(0).dossier());
        attribut("int", "version", String.valueOf(evenements.get(0).version()));
        for (Evenement e : evenements) {
          xml.writeStartElement("event");
          attribut("string", "concept:name", e.nom());
          attribut("string", "activite", e.activite());
          attribut("string", "lifecycle:transition", e.cycle());
          attribut("date", "time:timestamp", horodatage(e.quand()));
          if (e.ressource() != null) {
            attribut("string", "org:resource", e.ressource());
          }
          xml.writeEndElement();
        }
        xml.writeEndElement();
        texte.write('\n');
      } catch (XMLStreamException | IOException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    void fin() {
      try {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        texte.write('\n');
        texte.flush();
      } catch (XMLStreamException | IOException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  static String horodatage(Instant instant) {
    return HORODATAGE.format(instant.atZone(Fuseau.PARIS));
  }

  /** A stable pseudonym per dossier within one export: HMAC-SHA-256 under a key drawn for the export. */
  static final class Pseudonymes {
    private final Mac mac;

    Pseudonymes(SecureRandom hasard) {
      byte[] cle = new byte[32];
      hasard.nextBytes(cle);
      try {
        mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(cle, "HmacSHA256"));
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException(e);
      }
    }

    String de(String id) {
      byte[] empreinte = mac.doFinal(id.getBytes(StandardCharsets.UTF_8));
      return "dossier-" + HexFormat.of().formatHex(empreinte, 0, 8);
    }
  }
}
