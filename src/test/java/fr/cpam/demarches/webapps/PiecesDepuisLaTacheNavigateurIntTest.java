package fr.cpam.demarches.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.navigateur.Navigateur;
import fr.cpam.demarches.performance.NouveauxAssures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Transmettre une photo et une pièce d'identité" from Tasklist: the form's link opens the page of
 * Mon espace that receives the files (the same checks as the API: type by the first bytes, size),
 * which brings her back to her tasks; the step is over, the dossier goes on.
 */
@TestIntegration
class PiecesDepuisLaTacheNavigateurIntTest {

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired Http http;
  @Autowired NouveauxAssures assures;
  @Autowired TaskService taskService;
  @Autowired JdbcTemplate jdbc;

  @Test
  void l_assure_envoie_ses_pieces_depuis_sa_tache_et_revient_a_ses_taches() throws Exception {
    Nir nir = assures.nouveau();
    jdbc.update("delete from piece_justificative where titulaire = ?", nir.valeur());
    Http.Client assure = http.en(nir.identifiant(), NouveauxAssures.CODE);
    var demarrage = assure.post("/engine-rest/process-definition/key/CarteVitalePerteVol/start", "{}");
    String dossier = demarrage.json().path("id").asText();
    String reference = demarrage.json().path("businessKey").asText();
    String declaration = taskService.createTaskQuery().processInstanceId(dossier).singleResult().getId();
    assertThat(assure.post("/engine-rest/task/" + declaration + "/submit-form", Map.of("variables", Map.of(
        "motif", Map.of("value", "perte"), "engagementRestitution", Map.of("value", true),
        "beneficiaire", Map.of("value", nir.valeur()),
        "adresseLigne1", Map.of("value", NouveauxAssures.ADRESSE_LIGNE1),
        "adresseCodePostal", Map.of("value", NouveauxAssures.CODE_POSTAL),
        "adresseCommune", Map.of("value", NouveauxAssures.COMMUNE)))).statut()).isEqualTo(204);
    var pieces = taskService.createTaskQuery().processInstanceId(dossier).taskDefinitionKey("Task_TransmettrePieces").singleResult();
    assertThat(pieces).as("la déclaration attend la photo et la pièce d'identité").isNotNull();

    navigateur.connecterTasklist(nir.identifiant(), NouveauxAssures.CODE);
    navigateur.ouvrir("/camunda/app/tasklist/default/#/?task=" + pieces.getId());
    navigateur.attendreTexte("Envoyer la photo et la pièce d'identité");
    navigateur.capture("pieces-1-tache");
    navigateur.suivreLien("Envoyer la photo et la pièce d'identité");
    navigateur.attendre(d -> d.getCurrentUrl().contains("/espace/demarches/" + reference + "/pieces") ? Boolean.TRUE : null);
    assertThat(navigateur.adresse()).contains("retour=");

    Path photo = Files.createTempFile("photo", ".jpg");
    Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'});
    Path piece = Files.createTempFile("piece", ".pdf");
    Files.writeString(piece, "%PDF-1.4\n%%EOF\n");
    navigateur.driver().findElement(By.id("photo")).sendKeys(photo.toString());
    navigateur.driver().findElement(By.id("pieceIdentite")).sendKeys(piece.toString());
    navigateur.capture("pieces-2-page-de-mon-espace");
    navigateur.driver().findElement(By.cssSelector("main form button[type='submit']")).click();

    navigateur.attendre(d -> d.getCurrentUrl().contains("/camunda/app/tasklist/") ? Boolean.TRUE : null);
    navigateur.attendre(d -> d.findElements(By.cssSelector(".task-filters .task-filter")).isEmpty() ? null : Boolean.TRUE);
    navigateur.capture("pieces-3-retour-aux-taches");
    assertThat(taskService.createTaskQuery().taskId(pieces.getId()).count()).as("l'étape est terminée").isZero();
    assertThat(navigateur.taches()).doesNotContain("Transmettre une photo et une pièce d'identité");
    Files.deleteIfExists(photo);
    Files.deleteIfExists(piece);
  }
}
