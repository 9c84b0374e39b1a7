package fr.cpam.demarches.cartevitale;

import static fr.cpam.demarches.cartevitale.ProductionCarteVitaleProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.cpam.demarches.cartevitale.interne.DossierCarteVitale;
import fr.cpam.demarches.cartevitale.interne.StatutDossierHistorique;
import fr.cpam.demarches.commun.ReferenceDossierGenerator;
import java.time.Period;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every path of ProductionCarteVitale, started alone for a recorded declaration: the factory on
 * time, late (re-order or not), answering while an agent chases it, and failing.
 */
class ProductionCarteVitaleProcessIntTest extends ProcessusCarteVitaleIntTest {

  @Autowired DossiersCarteVitale service;
  @Autowired ReferenceDossierGenerator references;
  @Autowired DelaisCarteVitale delais;

  /** A recorded declaration and its production, started as the call activity would. */
  ProcessInstance production() {
    var famille = comptes.famille();
    String reference = references.nouvelle("CV");
    var saisie = SaisieDemande.depuisVariables(declaration(famille.parent().valeur(), "perte"));
    service.enregistrerDeclaration(reference, famille.identifiant(), saisie);
    return runtimeService.createProcessInstanceByKey(CLE).businessKey(reference).setVariable(DemandesCarteVitaleProcess.REFERENCE, reference).execute();
  }

  /** A production whose factory has said nothing for ten days: an agent is asked to chase it. */
  ProcessInstance productionEnRetard() {
    ProcessInstance pi = production();
    executerJobsDus(pi.getBusinessKey());
    avancer(Period.ofDays(10));
    executerJobsDus(pi.getBusinessKey());
    return pi;
  }

  @Test
  void la_fabrique_simulee_repond_apres_ses_delais_et_la_carte_devient_active_apres_l_acheminement() {
    ProcessInstance pi = production();
    String reference = pi.getBusinessKey();
    executerJobsDus(reference);
    assertThat(pi).isWaitingAt(TACHE_ATTENDRE_FABRICATION);
    String numero = dossier(reference).getNouvelleCarte();
    assertThat(cartes.findByNumeroSerie(numero).orElseThrow().getStatut()).isEqualTo(StatutCarteVitale.EN_FABRICATION);
    assertThat(fabrique.transmettreReponsesEchues()).as("rien avant le délai de fabrication").isZero();

    avancer(delais.getFabriqueSimulee().getDelaiFabrication());
    fabrique.transmettreReponsesEchues();
    executerJobsDus(reference);
    assertThat(pi).isWaitingAt(TACHE_ATTENDRE_EXPEDITION);
    assertThat(cartes.findByNumeroSerie(numero).orElseThrow().getStatut()).isEqualTo(StatutCarteVitale.FABRIQUEE);

    avancer(delais.getFabriqueSimulee().getDelaiExpedition());
    fabrique.transmettreReponsesEchues();
    executerJobsDus(reference);
    assertThat(pi).isWaitingAt(TIMER_ACHEMINEMENT);
    DossierCarteVitale dossier = dossier(reference);
    assertThat(dossier.getStatut()).isEqualTo(StatutDossier.CARTE_EXPEDIEE);
    assertThat(dossier.getNumeroSuivi()).matches("1L\\d{11}");
    assertThat(cartes.findByNumeroSerie(numero).orElseThrow().getStatut()).isEqualTo(StatutCarteVitale.EXPEDIEE);
    assertThat(notifications.de(reference)).last()
        .satisfies(n -> assertThat(n.texte()).contains(dossier.getNumeroSuivi()));

    avancer(Period.ofDays(7));
    executerJobsDus(reference);
    assertThat(pi).isEnded().hasPassed(TACHE_ACTIVER, FIN_CARTE_ACTIVE).hasNotPassed(TACHE_RELANCER_FABRIQUE);
    assertThat(cartes.findByNumeroSerie(numero).orElseThrow().getStatut()).isEqualTo(StatutCarteVitale.ACTIVE);
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutDossier.CARTE_ACTIVE);
  }

  @Test
  void fabrique_muette_dix_jours_un_agent_renvoie_la_commande_puis_la_carte_est_fabriquee() {
    ProcessInstance pi = productionEnRetard();
    String reference = pi.getBusinessKey();
    assertThat(pi).isWaitingAt(TACHE_ATTENDRE_FABRICATION, TACHE_RELANCER_FABRIQUE);
    assertThat(tache(reference, TACHE_RELANCER_FABRIQUE)).satisfies(t -> assertThat(t.getDueDate()).isNotNull());

    refusDuFormulaire(() -> completerEnTantQueAgent(tache(reference, TACHE_RELANCER_FABRIQUE), Map.of()))
        .hasMessageContaining("renvoyée à la fabrique");
    completerEnTantQueAgent(tache(reference, TACHE_RELANCER_FABRIQUE), Map.of(VAR_NOUVELLE_COMMANDE, true));
    executerJobsDus(reference);
    assertThat(pi).hasPassed(TACHE_COMMANDER_A_NOUVEAU, FIN_COMMANDE_RENOUVELEE).isWaitingAt(TACHE_ATTENDRE_FABRICATION);
    assertThat(dossier(reference).getHistorique()).extracting(StatutDossierHistorique::getCommentaire)
        .contains("Commande renouvelée auprès de la fabrique");

    correler(MESSAGE_CARTE_FABRIQUEE, reference, Map.of());
    executerJobsDus(reference);
    assertThat(pi).hasPassed(FIN_CARTE_FABRIQUEE, TACHE_ENREGISTRER_FABRICATION).isWaitingAt(TACHE_ATTENDRE_EXPEDITION);
  }

  @Test
  void fabrique_muette_l_agent_la_relance_sans_renvoyer_la_commande() {
    ProcessInstance pi = productionEnRetard();
    String reference = pi.getBusinessKey();
    completerEnTantQueAgent(tache(reference, TACHE_RELANCER_FABRIQUE), Map.of(VAR_NOUVELLE_COMMANDE, false));

    assertThat(pi).hasPassed(FIN_FABRIQUE_RELANCEE).hasNotPassed(TACHE_COMMANDER_A_NOUVEAU).isWaitingAt(TACHE_ATTENDRE_FABRICATION);
  }

  @Test
  void la_reponse_de_la_fabrique_retire_la_tache_de_relance_encore_ouverte() {
    ProcessInstance pi = productionEnRetard();
    String reference = pi.getBusinessKey();
    assertThat(tache(reference, TACHE_RELANCER_FABRIQUE)).isNotNull();

    correler(MESSAGE_CARTE_FABRIQUEE, reference, Map.of());

    assertThat(tache(reference, TACHE_RELANCER_FABRIQUE)).isNull();
    assertThat(pi).hasPassed(FIN_CARTE_FABRIQUEE);
  }

  @Test
  void une_fabrique_en_panne_donne_des_essais_puis_un_incident_qui_se_resout_quand_elle_repond() {
    ProcessInstance pi = production();
    String reference = pi.getBusinessKey();
    fabrique.regler(1.0);
    Job commande = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
    for (int essai = 1; essai <= 3; essai++) {
      assertThatThrownBy(() -> managementService.executeJob(commande.getId()))
          .hasMessageContaining("n'a pas pris la commande");
      avancer(java.time.Duration.ofMinutes(5));
    }
    assertThat(managementService.createJobQuery().jobId(commande.getId()).singleResult().getRetries()).isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutDossier.DECLAREE);

    fabrique.reinitialiser();
    managementService.setJobRetries(commande.getId(), 1);
    executerJobsDus(reference);
    assertThat(pi).isWaitingAt(TACHE_ATTENDRE_FABRICATION);
    assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
  }
}
