package fr.cpam.demarches.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.navigateur.Navigateur;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Déclarer la perte ou le vol de la carte Vitale" as Claire and the agent live it in Tasklist:
 * the form prefilled from her account, the commitment box the server insists on, then the
 * declaration with a new address that the review table sends to an agent of gestion-droits, who
 * claims and accepts it. What changes for Claire is read through her API (cards, dossier,
 * notifications), as "Ma carte Vitale" shows it.
 */
@TestIntegration
class CarteVitaleNavigateurIntTest {

  static final String DEMARCHE = "Déclarer la perte ou le vol de la carte Vitale";
  static final String CARTE_DE_CLAIRE = "1208451937";

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired Http http;
  @Autowired HistoryService historyService;

  @Test
  void claire_declare_la_perte_de_sa_carte_et_l_agent_des_droits_accepte_la_nouvelle_adresse() {
    Http.Client claire = http.en(Http.CLAIRE, Http.CLAIRE_CODE);
    navigateur.connecterTasklist(Http.CLAIRE, Http.CLAIRE_CODE);
    navigateur.demarrerDemarche(DEMARCHE);
    navigateur.capture("carte-vitale-1-demarrer");
    navigateur.commencer();
    navigateur.choisirFiltre("Mes tâches");
    navigateur.ouvrirTache("Déclarer la perte ou le vol");
    String reference = referenceDuDossierDeClaire();

    // Prefilled from her account: herself chosen, her daughter offered, her postal address.
    assertThat(navigateur.texteDuChamp("Personne qui a besoin d'une nouvelle carte")).contains("Claire DUBOIS (vous), née le 12/04/1985");
    assertThat(navigateur.valeur("Numéro et voie")).isEqualTo("12 rue des Lilas");
    assertThat(navigateur.valeur("Complément d'adresse (bâtiment, appartement…)")).isEqualTo("Bâtiment B");
    assertThat(navigateur.valeur("Code postal")).isEqualTo("75020");
    assertThat(navigateur.valeur("Commune")).isEqualTo("PARIS");
    navigateur.capture("carte-vitale-2-formulaire-prerempli");
    // Only the people who have a card of their own: Hugo (9) is on his mother's card.
    assertThat(navigateur.options("Personne qui a besoin d'une nouvelle carte"))
        .hasSize(2)
        .anySatisfy(o -> assertThat(o).startsWith("Léa DUBOIS, née le"))
        .noneSatisfy(o -> assertThat(o).startsWith("Hugo DUBOIS"));

    // The card is to go elsewhere: a review by an agent (DMN row "adresse modifiée"). The new
    // address has no complément: the one of her account, erased on screen, must not come back.
    navigateur
        .choisir("Motif du renouvellement", "Perte")
        .remplir("Numéro et voie", "8 rue Oberkampf")
        .remplir("Complément d'adresse (bâtiment, appartement…)", "")
        .remplir("Code postal", "75011");
    String refus = String.join(" ", navigateur.validerSansSucces());
    assertThat(refus + " " + navigateur.texteDuChamp("Je m'engage à restituer ma carte si je la retrouve"))
        .as("la case d'engagement n'est pas cochée : refus en français, sous la case ou du serveur")
        .containsAnyOf("Champ obligatoire", "Cochez la case « Je m'engage à restituer ma carte si je la retrouve »")
        .doesNotContain("Field is required");
    navigateur.capture("carte-vitale-3-engagement-non-coche");
    assertThat(claire.get("/api/cartes-vitale/declarations/" + reference).statut()).as("rien n'est enregistré").isEqualTo(404);
    assertThat(statutDeLaCarteDeClaire(claire)).isEqualTo("active");

    navigateur.cocher("Je m'engage à restituer ma carte si je la retrouve");
    navigateur.valider();
    navigateur.capture("carte-vitale-4-declaration-envoyee");
    JsonNode dossier = claire.get("/api/cartes-vitale/declarations/" + reference).json();
    assertThat(dossier.path("statut").asText()).isEqualTo("en_examen");
    assertThat(statutDeLaCarteDeClaire(claire)).as("opposition immédiate").isEqualTo("en_opposition");
    assertThat(claire.get("/api/notifications").json().path("notifications").findValuesAsText("titre"))
        .contains("Déclaration de perte enregistrée");

    navigateur.deconnecter();
    navigateur.connecterTasklist("agent.droits", "demo");
    navigateur.choisirFiltre("Tâches de mon service");
    assertThat(navigateur.taches()).contains("Examiner la déclaration");
    navigateur.ouvrirTache(reference);
    assertThat(navigateur.valeur("Pourquoi cet examen")).isEqualTo("Adresse d'envoi différente de l'adresse du compte");
    assertThat(navigateur.valeur("Dossier")).isEqualTo(reference);
    assertThat(navigateur.valeur("Déclaration"))
        .as("la carte part à l'adresse que Claire a vue à l'écran, sans le complément effacé")
        .contains("Déclaration (perte) pour Claire DUBOIS (date de naissance : 12/04/1985)", "8 rue Oberkampf, 75011 PARIS")
        .doesNotContain("Bâtiment B", "né(e)");
    navigateur.capture("carte-vitale-5-examen-agent");
    navigateur.prendreEnCharge();
    navigateur.choisir("Décision", "Accepter");
    navigateur.capture("carte-vitale-6-examen-accepte");
    navigateur.valider();

    JsonNode apres = claire.get("/api/cartes-vitale/declarations/" + reference).json();
    assertThat(apres.path("statut").asText()).as("Claire n'a pas encore de photo ni de pièce d'identité").isEqualTo("pieces_attendues");
    assertThat(apres.path("historique").findValuesAsText("statut")).containsSubsequence("declaree", "en_examen", "pieces_attendues");
  }

  private String referenceDuDossierDeClaire() {
    HistoricProcessInstance dossier =
        historyService.createHistoricProcessInstanceQuery()
            .processDefinitionKey("CarteVitalePerteVol")
            .startedBy(Http.CLAIRE)
            .unfinished()
            .singleResult();
    assertThat(dossier).as("démarche commencée par Claire").isNotNull();
    return dossier.getBusinessKey();
  }

  private static String statutDeLaCarteDeClaire(Http.Client claire) {
    for (JsonNode personne : claire.get("/api/cartes-vitale").json()) {
      for (JsonNode carte : personne.path("cartes")) {
        if (carte.path("numeroSerie").asText().equals(CARTE_DE_CLAIRE)) {
          return carte.path("statut").asText();
        }
      }
    }
    throw new AssertionError("Carte de Claire absente de « Ma carte Vitale »");
  }
}
