package fr.cpam.demarches.notification;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@TestIntegration
class NotificationApiIntTest {

  @Autowired Http http;
  @Autowired NotificationService service;

  @Test
  void marc_lit_ses_notifications_la_plus_recente_d_abord_et_les_marque_lues() {
    service.notifier(Http.MARC, "TEST-NOTIF-1", "Première", "Texte 1");
    NotificationVue derniere = service.notifier(Http.MARC, "TEST-NOTIF-2", "Seconde", "Texte 2");

    var liste = http.en(Http.MARC).get("/api/notifications?taille=100");
    assertThat(liste.statut()).isEqualTo(200);
    assertThat(liste.json().path("notifications").get(0).path("titre").asText()).isEqualTo("Seconde");
    long nonLues = liste.json().path("nonLues").asLong();
    assertThat(nonLues).isGreaterThanOrEqualTo(2);

    var lue = http.en(Http.MARC).post("/api/notifications/" + derniere.id() + "/lue", "");
    assertThat(lue.statut()).isEqualTo(200);
    assertThat(lue.json().path("lue").asBoolean()).isTrue();
    assertThat(http.en(Http.MARC).get("/api/notifications").json().path("nonLues").asLong()).isEqualTo(nonLues - 1);
  }

  @Test
  void la_notification_d_un_autre_est_introuvable_et_reste_non_lue() {
    NotificationVue deMarc = service.notifier(Http.MARC, "TEST-NOTIF-3", "Pour Marc", "Texte");
    var reponse = http.en(Http.INES).post("/api/notifications/" + deMarc.id() + "/lue", "");
    assertThat(reponse.statut()).isEqualTo(404);
    assertThat(reponse.typeContenu()).startsWith("application/problem+json");
    assertThat(http.en(Http.MARC).get("/api/notifications?taille=100").corps()).contains("\"titre\":\"Pour Marc\"");
  }

  @Test
  void une_pagination_fausse_est_expliquee() {
    var taille = http.en(Http.MARC).get("/api/notifications?taille=500");
    assertThat(taille.statut()).isEqualTo(422);
    assertThat(taille.json().path("champ").asText()).isEqualTo("taille");
    assertThat(taille.detail()).isEqualTo("La taille d'une page va de 1 à 100 lignes.");

    var page = http.en(Http.MARC).get("/api/notifications?page=deux");
    assertThat(page.statut()).isEqualTo(400);
    assertThat(page.detail()).contains("« deux »").contains("page").contains("un nombre");
  }
}
