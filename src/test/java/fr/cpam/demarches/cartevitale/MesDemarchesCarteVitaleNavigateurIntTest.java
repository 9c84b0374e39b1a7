package fr.cpam.demarches.cartevitale;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.navigateur.Navigateur;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.HistoryService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Claire declares Léa's card stolen in Tasklist, then follows the dossier in "Mes démarches" of
 * her space: the opposition at once, what is expected from her (the photo and the identity
 * document, sent from her space, a PDF refused as a photo first), the order, the card made and shipped (the simulated
 * factory's delays passed on the engine clock), and the attestation de droits downloaded from
 * the dossier's page.
 */
@TestIntegration
class MesDemarchesCarteVitaleNavigateurIntTest {

  static final String DEMARCHE = "Déclarer la perte ou le vol de la carte Vitale";

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired Http http;
  @Autowired HistoryService historyService;
  @Autowired JobsDus jobs;
  @Autowired FabriqueCartesSimulee fabrique;
  @Autowired DelaisCarteVitale delais;

  @Test
  void claire_declare_le_vol_de_la_carte_de_lea_et_suit_le_dossier_dans_mes_demarches_jusqu_a_l_expedition() throws Exception {
    // Logged in to Tasklist: the same session opens her space.
    navigateur.connecterTasklist(Http.CLAIRE, Http.CLAIRE_CODE);
    navigateur.demarrerDemarche(DEMARCHE);
    navigateur.commencer();
    navigateur.choisirFiltre("Mes tâches");
    navigateur.ouvrirTache("Déclarer la perte ou le vol");
    navigateur.choisirEnTapant("Personne qui a besoin d'une nouvelle carte", "Léa DUBOIS")
        .choisir("Motif du renouvellement", "Vol")
        .cocher("Je m'engage à restituer ma carte si je la retrouve");
    navigateur.valider();
    String reference = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("CarteVitalePerteVol")
        .startedBy(Http.CLAIRE).orderByProcessInstanceStartTime().desc().list().get(0).getBusinessKey();

    // Mes démarches: the dossier, for Léa, with the opposition already done.
    navigateur.ouvrir("/espace/demarches");
    assertThat(navigateur.titre()).isEqualTo("Mes démarches – Mon espace – Démarches CPAM");
    assertThat(navigateur.texte()).contains("Déclaration de vol de la carte Vitale", reference, "Léa DUBOIS");
    navigateur.verifierAccessibilite("espace-demarches");
    navigateur.driver().findElement(By.cssSelector("a[href$='/espace/demarches/" + reference + "']")).click();
    navigateur.attendreTexte("Étapes");
    assertThat(navigateur.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Déclaration de vol de la carte Vitale");
    assertThat(navigateur.texte())
        .contains("Déclaration enregistrée", "Carte mise en opposition", "Ce que vous devez faire",
            "Envoyez une photo d'identité et une pièce d'identité de Léa DUBOIS", "Réponse attendue vers le");
    navigateur.verifierAccessibilite("espace-dossier-pieces-attendues");

    // What is expected from her: the button opens the page that takes the photo and the identity document.
    navigateur.suivreLien("Envoyer la photo et la pièce d'identité");
    assertThat(navigateur.titre()).startsWith("Envoyer la photo et la pièce d'identité");
    navigateur.verifierAccessibilite("espace-pieces");
    java.nio.file.Path photo = java.nio.file.Files.write(java.nio.file.Files.createTempFile("photo-lea-", ".jpg"), ProcessusCarteVitaleIntTest.JPEG);
    java.nio.file.Path cni = java.nio.file.Files.write(java.nio.file.Files.createTempFile("cni-lea-", ".pdf"), ProcessusCarteVitaleIntTest.PDF);
    // A PDF as the photo: refused next to its field, nothing sent.
    navigateur.driver().findElement(By.id("photo")).sendKeys(cni.toAbsolutePath().toString());
    navigateur.driver().findElement(By.id("pieceIdentite")).sendKeys(cni.toAbsolutePath().toString());
    navigateur.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
    navigateur.attendreTexte("Il y a un problème");
    assertThat(navigateur.driver().findElement(By.id("photo")).getAttribute("aria-invalid")).isEqualTo("true");
    navigateur.verifierAccessibilite("espace-pieces-erreur");
    navigateur.driver().findElement(By.id("photo")).sendKeys(photo.toAbsolutePath().toString());
    navigateur.driver().findElement(By.id("pieceIdentite")).sendKeys(cni.toAbsolutePath().toString());
    navigateur.driver().findElement(By.cssSelector("main form button[type='submit']")).click();
    navigateur.attendreTexte("Photo et pièce d'identité envoyées");

    // The card is ordered, made and shipped.
    jobs.duDossier(reference);
    HorlogeDeTest.depasser(delais.getFabriqueSimulee().getDelaiFabrication());
    fabrique.transmettreReponsesEchues();
    jobs.duDossier(reference);
    HorlogeDeTest.depasser(delais.getFabriqueSimulee().getDelaiExpedition());
    fabrique.transmettreReponsesEchues();
    jobs.duDossier(reference);

    navigateur.ouvrir("/espace/demarches/" + reference);
    assertThat(navigateur.texte())
        .contains("Carte expédiée", "Photo et pièce d'identité reçues", "Carte en cours de fabrication", "Carte fabriquée")
        .doesNotContain("Ce que vous devez faire");
    navigateur.capture("espace-dossier-carte-expediee");

    // The attestation de droits, from the dossier's page, in the same session.
    String attestation = navigateur.driver().findElement(By.linkText("Attestation de droits (PDF)")).getAttribute("href");
    String session = navigateur.driver().manage().getCookieNamed("JSESSIONID").getValue();
    HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(attestation)).header("Cookie", "JSESSIONID=" + session).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
  }

}
