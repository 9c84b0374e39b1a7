package fr.cpam.demarches.indemnites;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.indemnites.interne.ArretTravailRepository;
import fr.cpam.demarches.indemnites.interne.VersementIj;
import fr.cpam.demarches.indemnites.interne.VersementIjRepository;
import fr.cpam.demarches.navigateur.Navigateur;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Marc's sick leave reaches the CPAM through the API (the doctor's notice, then the employer's
 * attestation); once the first allowance is paid, Marc opens "Mes paiements" in his space,
 * filters it by période and nature as the tutorial shows, reads the total of what he was paid,
 * and downloads the relevé of that selection.
 */
@TestIntegration
class MesPaiementsNavigateurIntTest {

  static final String SIRET = "12345678900015";

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired Http http;
  @Autowired ArretTravailRepository arrets;
  @Autowired VersementIjRepository versements;
  @Autowired org.camunda.bpm.engine.ProcessEngine moteur;

  @Test
  void apres_le_premier_versement_marc_filtre_ses_paiements_par_periode_et_nature_lit_le_total_et_telecharge_le_releve() throws Exception {
    // The notice and the attestation, sent by the doctor's and the employer's software: a past
    // sick leave, so the first allowance is due at once.
    LocalDate debut = HorlogeDeTest.aujourdhui().minusDays(20);
    var avis = http.en("medecin").post("/api/arrets-travail", Map.of(
        "nir", "1 78 01 69 123 456 29", "dateDebut", debut.toString(), "dateFin", debut.plusDays(12).toString(),
        "datePrescription", debut.toString(), "prolongation", false, "siretEmployeur", SIRET));
    assertThat(avis.statut()).as(avis.corps()).isEqualTo(201);
    String reference = avis.json().path("reference").asText();
    var attestation = http.en("employeur").post("/api/attestations-salaire", Map.of(
        "referenceArret", reference, "salairesBruts", List.of(2400, 2400, 2400), "heuresTravaillees", 455, "subrogation", false));
    assertThat(attestation.statut()).as(attestation.corps()).isEqualTo(201);
    JobsDus.de(moteur).duDossier(reference);
    List<VersementIj> verses = versements.findByArretOrderByPeriodeDebutAsc(arrets.findByReference(reference).orElseThrow())
        .stream().filter(VersementIj::estVerse).toList();
    assertThat(verses).as("le premier versement de l'arrêt " + reference).isNotEmpty();
    BigDecimal net = verses.stream().map(VersementIj::getMontantNet).reduce(BigDecimal.ZERO, BigDecimal::add);

    // Marc, in his space: the tutorial's three filters, then "Valider".
    navigateur.connecterEspace(Http.MARC, Http.MARC_CODE);
    navigateur.suivreLien("Mes paiements");
    assertThat(navigateur.titre()).isEqualTo("Mes paiements – Mon espace – Démarches CPAM");
    navigateur.saisirDate("du", HorlogeDeTest.aujourdhui().minusDays(7)).saisirDate("au", HorlogeDeTest.aujourdhui());
    new Select(navigateur.driver().findElement(By.id("nature"))).selectByVisibleText("Indemnités journalières");
    assertThat(new Select(navigateur.driver().findElement(By.id("beneficiaire"))).getOptions())
        .extracting(o -> o.getText()).containsExactly("Tous les bénéficiaires", "Marc LEFEBVRE");
    navigateur.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
    navigateur.attendreTexte("paiement(s) versé(s)");

    // Only this leave's allowances (his older ones are months back), with their total.
    String montant = String.format(Locale.FRANCE, "%,.2f", net).replace('\u202f', ' ').replace('\u00a0', ' ');
    assertThat(navigateur.texte())
        .contains(verses.size() + " paiement(s) versé(s) : " + montant + " € net");
    assertThat(navigateur.driver().findElement(By.cssSelector("main table")).getText()).doesNotContain("Remboursement de soins");
    java.time.format.DateTimeFormatter jour = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    assertThat(navigateur.driver().findElement(By.cssSelector("main table tbody tr")).getText())
        .contains("Indemnités journalières", "Marc LEFEBVRE", "Versé",
            verses.get(0).getPeriodeDebut().format(jour) + " au " + verses.get(0).getPeriodeFin().format(jour));
    assertThat(navigateur.driver().findElements(By.cssSelector("main table tbody tr"))).hasSize(verses.size());
    assertThat(navigateur.driver().findElement(By.id("nature")).getAttribute("value")).isEqualTo("indemnites-journalieres");
    navigateur.verifierAccessibilite("espace-paiements-filtres");

    // The relevé of the same selection, in the same session.
    String lien = navigateur.driver().findElement(By.linkText("Télécharger le relevé (PDF)")).getAttribute("href");
    assertThat(lien).contains("nature=indemnites-journalieres").contains("du=" + HorlogeDeTest.aujourdhui().minusDays(7));
    String session = navigateur.driver().manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(lien)).header("Cookie", "JSESSIONID=" + session).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    try (PDDocument document = Loader.loadPDF(pdf.body())) {
      String texte = new PDFTextStripper().getText(document).replace('\u202f', ' ').replace('\u00a0', ' ');
      assertThat(texte).contains("Marc LEFEBVRE", "nature : Indemnités journalières",
          "Total des " + verses.size() + " paiement(s) versé(s)", "net " + montant + " €").doesNotContain("Remboursement de soins");
    }
  }
}
