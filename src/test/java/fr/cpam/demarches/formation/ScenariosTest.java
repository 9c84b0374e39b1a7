package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The scenario files of {@code processes/formation/} against the real models, and the messages a
 * trainer gets for a wrong file: the file, the line, what to write instead.
 */
class ScenariosTest {

  static Scenarios scenarios;

  @BeforeAll
  static void lesModeles() {
    scenarios = new Scenarios(Scenarios.Modeles.duClasspath());
  }

  @Test
  void chaque_scenario_livre_correspond_aux_modeles() {
    List<Scenario> tous = scenarios.charger();
    assertThat(tous).hasSizeGreaterThanOrEqualTo(10);
    assertThat(tous).allSatisfy(s -> {
      assertThat(s.titre()).isNotBlank();
      assertThat(s.debrief()).isNotBlank();
      assertThat(s.taches()).allSatisfy(t -> assertThat(t.attendu()).isNotEmpty());
    });
  }

  @Test
  void une_tache_un_champ_ou_un_choix_qui_n_existent_plus_sont_refuses_avec_leur_ligne() {
    var lecture = scenarios.lecture("vieux.yml");
    lecture.lire(new StringReader("""
        titre: Un vieux scénario
        objectif: Tester
        procedure: CarteVitalePerteVol
        assure:
          prenom: Léa
          nom: PETIT
          sexe: F
          naissance: 1990-01-01
        taches:
          - tache: Task_ExaminerDeclaration
            attendu:
              decision: valider
            raison: parce que
          - tache: Task_Disparue
            attendu:
              decision: accepter
            raison: parce que
        debrief: fin
        fin: EndEvent_DeclarationRefusee
        """));
    assertThat(lecture.erreurs).hasSize(2);
    assertThat(lecture.erreurs.get(0)).isEqualTo(
        "vieux.yml, ligne 12 : « valider » n'est pas un choix de « decision » dans Task_ExaminerDeclaration ;"
            + " choix possibles : accepter, refuser");
    assertThat(lecture.erreurs.get(1)).startsWith(
        "vieux.yml, ligne 14 : la tâche « Task_Disparue » n'est pas une tâche de CarteVitalePerteVol ; ses tâches : ")
        .contains("Task_ExaminerDeclaration");
  }

  @Test
  void une_cle_inconnue_une_date_fausse_et_un_yaml_casse_donnent_leur_ligne() {
    var lecture = scenarios.lecture("faux.yml");
    lecture.lire(new StringReader("""
        titre: Faux
        objectif: Tester
        procedure: MessageAssure
        assure:
          prenom: Léa
          nom: PETIT
          sexe: X
          naissance: 1990-13-01
        taches:
          - tache: Task_TraiterMessage
            attendu:
              decison: repondre
            raison: parce que
        debrief: fin
        conclusion: rien
        fin: EndEvent_ReponseEnvoyee
        """));
    assertThat(lecture.erreurs).containsExactly(
        "faux.yml, ligne 15 : clé inconnue « conclusion » ; clés possibles : assure, debrief, depot, evenements, fin, objectif, procedure, taches, titre",
        "faux.yml, ligne 7 : « sexe » vaut F ou M, pas « X »",
        "faux.yml, ligne 8 : « naissance » est une date AAAA-MM-JJ, pas « 1990-13-01 »",
        "faux.yml, ligne 12 : « decison » n'est pas un champ du formulaire de Task_TraiterMessage ; ses champs : "
            + "decision, reponse, contestationDecision, question, serviceCible, motifTransfert");

    var casse = scenarios.lecture("casse.yml");
    casse.lire(new StringReader("titre: A\nobjectif: [B\nprocedure: C\n"));
    assertThat(casse.erreurs).singleElement().asString().startsWith("casse.yml, ligne ").contains("le YAML est illisible");
  }

  @Test
  void une_procedure_inconnue_est_nommee_avec_les_procedures_connues() {
    var lecture = scenarios.lecture("p.yml");
    lecture.lire(new StringReader("""
        titre: P
        objectif: P
        procedure: CarteGrise
        assure: {prenom: A, nom: B, sexe: M, naissance: 1970-01-01}
        taches:
          - {tache: Task_X, attendu: {decision: oui}, raison: r}
        debrief: d
        """));
    assertThat(lecture.erreurs.get(0)).startsWith("p.yml, ligne 3 : la procédure « CarteGrise » n'existe pas ; procédures connues : ")
        .contains("CarteVitalePerteVol", "IndemnitesJournalieres", "MessageAssure");
  }
}
