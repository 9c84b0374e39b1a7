package fr.cpam.demarches.analyse;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.engine.interne.AvecCorrectifs;
import fr.cpam.demarches.engine.interne.Correctifs.Correctif;
import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The event log of {@link HistoriqueConnu}'s version 1: six dossiers, 39 events (a start and an
 * end per finished activity, a start for the task still open). The XES file validates against
 * the schema of IEEE 1849-2016 ({@code src/test/resources/xes/}); the CSV has one line per event;
 * neither holds a NIR, a name or a business key, and a dossier's pseudonym changes from one
 * export to the next.
 */
@TestIntegration
class JournalEvenementsIntTest {

  /** A NIR, with or without spaces, with or without its key. */
  static final Pattern NIR = Pattern.compile("[12]\\s?\\d{2}\\s?(0[1-9]|1[0-2])\\s?(\\d{2}|2A|2B)\\s?\\d{3}\\s?\\d{3}");

  static final String JOURNAL = "/api/analyses/processus/TestAnalyses/journal?version=1";

  @Autowired Http http;
  @Autowired HistoriqueConnu historique;

  @BeforeEach
  void historiqueConnu() {
    historique.construire();
  }

  @Test
  @AvecCorrectifs(value = Correctif.HISTORIQUE_ALLEGE, raison = "les chiffres attendus sont ceux d'un historique sans passerelles exclusives (décision 0022) ; le moteur nu en écrit")
  void le_journal_xes_est_valide_selon_le_schema_et_tient_les_cas_et_les_evenements_attendus() throws Exception {
    var reponse = http.en("analyste").get(JOURNAL + "&format=xes");
    assertThat(reponse.statut()).isEqualTo(200);
    assertThat(reponse.typeContenu()).startsWith("application/xml");
    String xes = reponse.corps();

    SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
        .newSchema(new StreamSource(getClass().getResourceAsStream("/xes/xes-ieee-1849-2016.xsd")))
        .newValidator()
        .validate(new StreamSource(new StringReader(xes)));

    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xes)));
    NodeList traces = document.getElementsByTagName("trace");
    assertThat(traces.getLength()).isEqualTo(6);
    assertThat(document.getElementsByTagName("event").getLength()).isEqualTo(39);
    Set<String> noms = new HashSet<>();
    for (int i = 0; i < traces.getLength(); i++) {
      noms.add(valeur((Element) traces.item(i), "concept:name"));
    }
    assertThat(noms).hasSize(6).allMatch(n -> n.matches("dossier-[0-9a-f]{16}"));
    List<String> extensions = List.of("concept", "time", "lifecycle", "org");
    NodeList declarees = document.getElementsByTagName("extension");
    for (int i = 0; i < declarees.getLength(); i++) {
      assertThat(extensions).contains(((Element) declarees.item(i)).getAttribute("prefix"));
    }
    assertThat(xes).contains("key=\"lifecycle:transition\" value=\"start\"")
        .contains("key=\"lifecycle:transition\" value=\"complete\"")
        .contains("key=\"org:resource\" value=\"" + HistoriqueConnu.GROUPE + "\"")
        .contains("value=\"Examiner la demande\"");
    sansDonneePersonnelle(xes);
  }

  @Test
  @AvecCorrectifs(value = Correctif.HISTORIQUE_ALLEGE, raison = "les chiffres attendus sont ceux d'un historique sans passerelles exclusives (décision 0022) ; le moteur nu en écrit")
  void le_journal_csv_a_une_ligne_par_evenement_et_des_pseudonymes_qui_changent_a_chaque_export() {
    var reponse = http.en("superviseur").get(JOURNAL + "&format=csv");
    assertThat(reponse.statut()).isEqualTo(200);
    assertThat(reponse.typeContenu()).startsWith("text/csv");
    List<String> lignes = reponse.corps().lines().toList();
    assertThat(lignes.get(0)).isEqualTo("dossier,version,activite,libelle,cycle,horodatage,ressource");
    assertThat(lignes).hasSize(1 + 39);
    assertThat(lignes.stream().skip(1).map(l -> l.split(",")[0]).distinct()).hasSize(6);
    assertThat(lignes.stream().filter(l -> l.contains(",Task_Examiner,") && l.contains(",complete,")))
        .hasSize(5)
        .allMatch(l -> l.endsWith("," + HistoriqueConnu.GROUPE));
    sansDonneePersonnelle(reponse.corps());

    String premier = lignes.get(1).split(",")[0];
    String autre = http.en("superviseur").get(JOURNAL + "&format=csv").corps().lines().skip(1).findFirst().orElseThrow().split(",")[0];
    assertThat(autre).isNotEqualTo(premier);
  }

  @Test
  void le_journal_se_telecharge_comme_un_fichier() {
    var reponse = http.en("admin").octets(JOURNAL + "&format=xes");
    assertThat(reponse.statusCode()).isEqualTo(200);
    assertThat(reponse.headers().firstValue("Content-Disposition").orElse("")).contains("attachment").contains("journal-TestAnalyses-v1-").contains(".xes");
  }

  private static void sansDonneePersonnelle(String contenu) {
    // The pseudonyms are random hexadecimal: a run of decimal digits inside one is not a NIR.
    String horsPseudonymes = contenu.replaceAll("dossier-[0-9a-f]{16}", "dossier-");
    assertThat(NIR.matcher(horsPseudonymes).find()).as("un NIR").isFalse();
    assertThat(contenu).doesNotContain(HistoriqueConnu.NOM).doesNotContain("Claire").doesNotContain("ANALYSE-")
        .doesNotContain("agent.droits");
  }

  private static String valeur(Element parent, String cle) {
    NodeList enfants = parent.getChildNodes();
    for (int i = 0; i < enfants.getLength(); i++) {
      if (enfants.item(i) instanceof Element e && cle.equals(e.getAttribute("key"))) {
        return e.getAttribute("value");
      }
    }
    return null;
  }
}
