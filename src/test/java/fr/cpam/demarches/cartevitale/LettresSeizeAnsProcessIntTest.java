package fr.cpam.demarches.cartevitale;

import static fr.cpam.demarches.cartevitale.LettresSeizeAnsProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.cartevitale.interne.LettreSeizeAns;
import fr.cpam.demarches.cartevitale.interne.LettreSeizeAnsRepository;
import fr.cpam.demarches.compte.Nir;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * LettresSeizeAns.bpmn: each day, a beneficiary who has turned 16 without a card of their own gets
 * a notification and a started "Commander une carte Vitale" in the account they are attached to,
 * once: again the same day, the next day, or two runs at the same time (two nodes) write nothing
 * twice. Who may start it by hand: engine/DroitsParRoleIntTest.
 */
class LettresSeizeAnsProcessIntTest extends ProcessusCarteVitaleIntTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  @Autowired LettreSeizeAnsRepository lettres;
  @Autowired LettresSeizeAns service;
  @Autowired fr.cpam.demarches.CompteurSql compteur;

  ProcessInstance lancer() {
    ProcessInstance jour = runtimeService.startProcessInstanceByKey(CLE);
    Job ecrire = managementService.createJobQuery().processInstanceId(jour.getId()).singleResult();
    managementService.executeJob(ecrire.getId());
    return jour;
  }

  List<LettreSeizeAns> lettresDe(Nir jeune) {
    return lettres.findAll().stream().filter(l -> l.getBeneficiaire().equals(jeune)).toList();
  }

  long commandesPour(Nir jeune) {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(CarteVitaleCommandeProcess.CLE)
        .variableValueEquals(DemandesCarteVitaleProcess.BENEFICIAIRE, jeune.valeur()).count();
  }

  @Test
  void chaque_jour_a_7_h_la_lettre_des_16_ans_part_d_elle_meme() {
    Job depart = managementService.createJobQuery().processDefinitionKey(CLE).timers().singleResult();
    assertThat(depart).as("the start timer of the deployed process").isNotNull();
    assertThat(depart.getDuedate().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalTime()).isEqualTo(LocalTime.of(7, 0));
  }

  @Test
  void a_16_ans_sans_carte_une_notification_et_la_commande_ouverte_chez_le_parent_une_seule_fois() {
    var famille = comptes.famille();
    LocalDate demain16Ans = LocalDate.now(HORLOGE).minusYears(16).plusDays(1);
    Nir jules = comptes.enfant(famille, "Jules", demain16Ans);
    Nir nina = comptes.enfant(famille, "Nina", demain16Ans);
    comptes.carte(nina);

    ProcessInstance veille = lancer();
    assertThat(veille).isEnded().hasPassed(START, TACHE_ECRIRE, FIN);
    assertThat(lettresDe(jules)).as("15 ans encore la veille").isEmpty();

    // The clock moves across his birthday.
    avancer(Duration.ofDays(1));
    lancer();

    LettreSeizeAns lettre = lettresDe(jules).get(0);
    assertThat(lettre.getCompte()).isEqualTo(famille.parent());
    String reference = lettre.getReferenceDossier();
    Task commander = tache(reference, CarteVitaleCommandeProcess.TACHE_COMMANDER);
    assertThat(commander.getAssignee()).isEqualTo(famille.identifiant());
    assertThat(runtimeService.getVariable(commander.getProcessInstanceId(), DemandesCarteVitaleProcess.BENEFICIAIRE)).isEqualTo(jules.valeur());
    assertThat(titresNotifications(reference)).containsExactly("Carte Vitale : Jules a 16 ans");
    assertThat(notifications.de(reference).get(0).texte())
        .contains("« Commander une carte Vitale » est ouverte dans vos tâches", "photo d'identité", reference);
    assertThat(lettresDe(nina)).as("elle a sa carte").isEmpty();

    // The same day again, then the next day: nothing twice.
    lancer();
    avancer(Duration.ofDays(1));
    lancer();
    assertThat(lettresDe(jules)).hasSize(1);
    assertThat(commandesPour(jules)).isOne();

    // The parent sends the order for him: the dossier of a first card opens.
    Map<String, Object> commande = declaration(jules.valeur(), null);
    commande.remove(DemandesCarteVitaleProcess.MOTIF);
    commande.remove(DemandesCarteVitaleProcess.ENGAGEMENT_RESTITUTION);
    completerEnTantQueAssure(famille.identifiant(), commander, commande);
    assertThat(dossier(reference).getNature()).isEqualTo(NatureDossier.COMMANDE);
    assertThat(dossier(reference).getBeneficiaire()).isEqualTo(jules);
  }

  @Test
  void deux_noeuds_qui_ecrivent_en_meme_temps_n_ecrivent_qu_une_lettre() throws Exception {
    var famille = comptes.famille();
    Nir lou = comptes.enfant(famille, "Lou", LocalDate.now(HORLOGE).minusYears(16));
    CountDownLatch depart = new CountDownLatch(1);
    List<CompletableFuture<Object>> noeuds = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      noeuds.add(CompletableFuture.supplyAsync(() -> {
        try {
          depart.await();
          return service.ecrire();
        } catch (Exception refusParLaCleUnique) {
          return refusParLaCleUnique;
        }
      }));
    }
    depart.countDown();
    for (CompletableFuture<Object> noeud : noeuds) {
      noeud.get();
    }

    assertThat(lettresDe(lou)).hasSize(1);
    assertThat(commandesPour(lou)).isOne();
    assertThat(titresNotifications(lettresDe(lou).get(0).getReferenceDossier())).containsExactly("Carte Vitale : Lou a 16 ans");
  }

  /**
   * The run reads the year's young people who have their card or their letter a thousand at a
   * time, not one by one: thirty more of them (before: one statement each for those with a card)
   * cost the next run nothing. A margin for a statement of another thread counted meanwhile.
   */
  @Test
  void les_jeunes_de_l_annee_qui_ont_leur_carte_ou_leur_lettre_ne_coutent_pas_une_lecture_chacun() {
    var famille = comptes.famille();
    deLAnnee(famille, 30, 0);
    service.ecrire();
    long avant = instructionsDUneTourneeSansLettre();
    deLAnnee(famille, 30, 30);
    assertThat(instructionsDUneTourneeSansLettre()).isLessThan(avant + 5);
  }

  /** {@code n} young people who turned 16 within the year: half with their own card, half already written to. */
  private void deLAnnee(ComptesDeTest.Famille famille, int n, int decalage) {
    for (int i = 0; i < n; i++) {
      Nir jeune = comptes.enfant(famille, "Jeune" + i, LocalDate.now(HORLOGE).minusYears(16).minusDays(10 + decalage + i));
      if (i % 2 == 0) {
        comptes.carte(jeune);
      } else {
        lettres.save(new LettreSeizeAns(jeune, famille.parent(), HORLOGE));
      }
    }
  }

  private long instructionsDUneTourneeSansLettre() {
    var avant = compteur.releve();
    assertThat(service.ecrire()).isZero();
    return compteur.releve().moins(avant).instructionsAutres();
  }
}
