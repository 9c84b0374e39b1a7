package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpam.demarches.TrancheWeb;
import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.IntrouvableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The trainer's result pages as rendered (a web slice with the profile {@code formation}: no
 * engine, no database): the progress table and each task's result, the CSV Excel opens (BOM,
 * {@code ;}, quoted fields, no NIR), the French page of an unknown session, the resets and the
 * debrief's choice with its French refusal. Who may open them: {@code engine/DroitsParRoleIntTest}
 * and {@code FormationNavigateurIntTest}.
 */
@TrancheWeb({ProgressionPages.class, ErreursFormation.class})
@Import({Affichage.class, ProgressionPagesTest.LesFormulaires.class})
@ActiveProfiles("formation")
@WithMockUser(value = "formateur", roles = "formateurs")
class ProgressionPagesTest {

  /** The real forms' labels: the decisions are shown as the agent saw them. */
  static class LesFormulaires {
    @org.springframework.context.annotation.Bean
    Scenarios scenarios() {
      return new Scenarios(Scenarios.Modeles.duClasspath());
    }
  }

  @Autowired MockMvc mvc;
  @MockitoBean Progression progression;
  @MockitoBean Parcours parcours;
  @MockitoBean SessionsDeFormation sessions;
  @MockitoBean HorlogeDeLaSalle horloge;

  static final Instant CREEE = Instant.parse("2026-12-07T08:00:00Z");

  Progression.Session session() {
    var entete = new Progression.Entete(1, "abcd", "Accueil des nouveaux agents", LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9),
        Progression.MODE_A_LA_FIN, 0);
    var attendue = new Scenario.DecisionAttendue("Task_ExaminerDeclaration", Map.of("decision", "accepter"), Map.of(),
        "L'adresse diffère parce que l'assurée a déménagé ; elle dit « oui » au courrier.", List.of(), 25);
    var bonne = new Progression.Tache("t1", "Task_ExaminerDeclaration", "Examiner la déclaration", CREEE, CREEE.plusSeconds(60),
        CREEE.plus(Duration.ofMinutes(14)), false, CREEE.plus(Duration.ofDays(2)), false, attendue, Map.of("decision", "accepter"), true);
    var fausse = new Progression.Tache("t2", "Task_ExaminerDeclaration", "Examiner la déclaration", CREEE, null,
        CREEE.plus(Duration.ofMinutes(3)), false, CREEE.plus(Duration.ofDays(2)), false, attendue, Map.of("decision", "refuser"), false);
    var ouverte = new Progression.Tache("t3", "Task_TraiterMessage", "Traiter le message", CREEE, null, null, false,
        CREEE.minus(Duration.ofHours(1)), true, null, Map.of(), null);
    return new Progression.Session(entete, List.of(
        new Progression.Stagiaire(1, "stagiaire-abcd-01", "fabcd01",
            List.of(new Progression.Dossier("01-vol.yml", "Vol après un déménagement", "CV-2026-000001", "Débrief", 1, List.of(bonne), null))),
        new Progression.Stagiaire(2, "stagiaire-abcd-02", "fabcd02",
            List.of(new Progression.Dossier("01-vol.yml", "Vol après un déménagement", "CV-2026-000002", "Débrief", 1, List.of(fausse), null),
                new Progression.Dossier("02-msg.yml", "Message mal orienté", "MS-2026-000003", "Débrief", 2, List.of(ouverte),
                    "L'événement « reponse-complement » de 02-msg.yml (ligne 25) n'a pas pu se produire : refusé.")))),
        CREEE.plus(Duration.ofDays(1)));
  }

  @Test
  void la_progression_montre_chaque_stagiaire_chaque_tache_et_son_resultat_avec_la_raison() throws Exception {
    when(progression.deLaSession("abcd")).thenReturn(session());

    String page = mvc.perform(get("/formation/sessions/abcd/progression"))
        .andExpect(status().isOk())
        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

    assertThat(page).contains("Progression de la session « Accueil des nouveaux agents »", "stagiaire-abcd-01", "stagiaire-abcd-02",
        "Conforme", "Différente de l&#39;attendu", "En cours", "en retard", "Décision : Accepter", "Décision : Refuser",
        "14 min", "07/12/2026 09:00", "Remettre stagiaire-abcd-02 au début", "Remettre toute la session au début",
        "/formation/sessions/abcd/stagiaires/2/dossiers/MS-2026-000003", "/formation/sessions/abcd/resultats.csv",
        "Ce dossier attend un événement du scénario qui n'a pas pu se produire", "reponse-complement");
  }

  @Test
  void l_export_csv_s_ouvre_dans_excel_une_ligne_par_tache_sans_nir() throws Exception {
    when(progression.deLaSession("abcd")).thenReturn(session());

    byte[] csv = mvc.perform(get("/formation/sessions/abcd/resultats.csv"))
        .andExpect(status().isOk())
        .andExpect(header().string("Content-Disposition", "attachment; filename=\"formation-abcd-resultats.csv\""))
        .andExpect(content().contentType("text/csv;charset=UTF-8"))
        .andReturn().getResponse().getContentAsByteArray();

    assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
    List<String> lignes = List.of(new String(csv, StandardCharsets.UTF_8).substring(1).split("\r\n"));
    assertThat(lignes).hasSize(4);
    assertThat(lignes.get(0)).isEqualTo("Session;Stagiaire;Scénario;Dossier;Tâche;Créée le;Prise le;Terminée le;Durée (minutes);"
        + "Échéance;En retard;Résultat;Décision attendue;Décision prise;Raison");
    assertThat(lignes.get(1)).isEqualTo("abcd;stagiaire-abcd-01;Vol après un déménagement;CV-2026-000001;Examiner la déclaration;"
        + "07/12/2026 09:00;07/12/2026 09:01;07/12/2026 09:14;14;09/12/2026 09:00;non;Conforme;Décision : Accepter;Décision : Accepter;"
        + "\"L'adresse diffère parce que l'assurée a déménagé ; elle dit « oui » au courrier.\"");
    assertThat(lignes.get(3)).startsWith("abcd;stagiaire-abcd-02;Message mal orienté;MS-2026-000003;Traiter le message;")
        .contains(";oui;En cours;;;");
    assertThat(new String(csv, StandardCharsets.UTF_8)).doesNotContainPattern("\\d{13}");
  }

  @Test
  void une_session_inconnue_repond_404_par_une_page_en_francais() throws Exception {
    when(progression.deLaSession("zzzz")).thenThrow(new IntrouvableException("Session de formation inconnue : zzzz"));

    mvc.perform(get("/formation/sessions/zzzz/progression"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Session de formation inconnue : zzzz")));
    mvc.perform(get("/formation/sessions/abcd/stagiaires/un/dossiers/CV-1"))
        .andExpect(status().isNotFound())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Cette adresse ne correspond à aucune page de la formation.")));
  }

  @Test
  void remettre_un_stagiaire_ou_la_session_au_debut_revient_a_la_progression_avec_un_message() throws Exception {
    mvc.perform(post("/formation/sessions/abcd/reinitialisation").param("stagiaire", "2").with(csrf()))
        .andExpect(redirectedUrl("/formation/sessions/abcd/progression"))
        .andExpect(flash().attribute("succes",
            new SessionsPages.Succes("Le stagiaire 2 repart du début", "Ses dossiers ont été supprimés et les scénarios rejoués.")));
    verify(sessions).reinitialiser("abcd", 2);
    mvc.perform(post("/formation/sessions/abcd/reinitialisation").with(csrf()))
        .andExpect(redirectedUrl("/formation/sessions/abcd/progression"));
    verify(sessions).reinitialiser("abcd", null);
    doThrow(new IntrouvableException("Stagiaire inconnu dans la session abcd : 9")).when(sessions).reinitialiser("abcd", 9);
    mvc.perform(post("/formation/sessions/abcd/reinitialisation").param("stagiaire", "9").with(csrf()))
        .andExpect(status().isNotFound())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("Stagiaire inconnu dans la session abcd : 9")));
  }

  @Test
  void un_choix_de_debriefing_inconnu_est_refuse_en_francais_sans_rien_changer() throws Exception {
    doThrow(new DemandeInvalideException("debriefing", "Choisissez quand les stagiaires voient leur débriefing."))
        .when(progression).choisirDebriefing(eq("abcd"), any());
    mvc.perform(post("/formation/sessions/abcd/debriefing").param("mode", "jamais").with(csrf()))
        .andExpect(redirectedUrl("/formation/sessions/abcd/progression"))
        .andExpect(flash().attribute("erreurDebriefing", "Choisissez quand les stagiaires voient leur débriefing."));
  }
}
