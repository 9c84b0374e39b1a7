package fr.cpam.demarches.cartevitale;

import static fr.cpam.demarches.cartevitale.CarteVitalePerteVolProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.cartevitale.interne.DossierCarteVitale;
import java.time.Period;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/** Every path of CarteVitalePerteVol, driven as the citizen, the agent and the factory would. */
class CarteVitalePerteVolProcessIntTest extends ProcessusCarteVitaleIntTest {

  @Test
  void vol_declare_met_la_carte_en_opposition_et_commande_une_nouvelle_sans_examen() {
    var famille = comptes.famille();
    comptes.piecesAJour(famille.parent());
    ProcessInstance pi = demarrerEnTantQue(famille.identifiant(), CLE);
    String reference = pi.getBusinessKey();
    assertThat(reference).startsWith("CV-");
    assertThat(pi).isWaitingAt(TACHE_DECLARER).task().isAssignedTo(famille.identifiant());
    assertThat(pi).variables().containsEntry(DemandesCarteVitaleProcess.REFERENCE, reference)
        .containsEntry(DemandesCarteVitaleProcess.BENEFICIAIRE, famille.parent().valeur())
        .containsEntry(DemandesCarteVitaleProcess.ADRESSE_CODE_POSTAL, "44000");

    completerEnTantQueAssure(famille.identifiant(), tache(reference, TACHE_DECLARER), declaration(famille.parent().valeur(), "vol"));

    assertThat(cartes.findByNumeroSerie(famille.carteParent()).orElseThrow().getStatut()).isEqualTo(StatutCarteVitale.EN_OPPOSITION);
    assertThat(oppositions.findByReferenceDossier(reference)).singleElement()
        .satisfies(o -> {
          assertThat(o.getNumeroSerie()).isEqualTo(famille.carteParent());
          assertThat(o.getMotif()).isEqualTo(MotifDeclaration.VOL);
          assertThat(o.getDateOpposition()).isNotNull();
        });
    assertThat(pi).hasPassed(TACHE_ENREGISTRER, TACHE_DECIDER_REVUE).hasNotPassed(TACHE_EXAMINER, TACHE_PIECES)
        .isWaitingAt(APPEL_PRODUCTION);
    // Nobody opens a form on this dossier: neither the decision's map nor the forms' summary is kept.
    assertThat(pi).variables().containsEntry(DemandesCarteVitaleProcess.REVUE_NECESSAIRE, false)
        .doesNotContainKeys("revue", "decisionResult", DemandesCarteVitaleProcess.RESUME, DemandesCarteVitaleProcess.BENEFICIAIRE_NOM);

    produireEtLivrer(reference);

    assertThat(pi).isEnded().hasPassed(FIN_CARTE_PRODUITE);
    DossierCarteVitale dossier = dossier(reference);
    assertStatuts(dossier, StatutDossier.DECLAREE, StatutDossier.EN_FABRICATION, StatutDossier.CARTE_FABRIQUEE,
        StatutDossier.CARTE_EXPEDIEE, StatutDossier.CARTE_ACTIVE);
    assertThat(dossier.getNumeroSuivi()).startsWith("1L");
    assertThat(cartes.findByNumeroSerie(dossier.getNouvelleCarte()).orElseThrow().getStatut()).isEqualTo(StatutCarteVitale.ACTIVE);
    assertThat(titresNotifications(reference))
        .containsExactly("Déclaration de vol enregistrée", "Carte Vitale expédiée", "Nouvelle carte Vitale active");
  }

  @Test
  void adresse_changee_fait_examiner_la_declaration_et_un_refus_clot_le_dossier_en_gardant_l_opposition() {
    var famille = comptes.famille();
    ProcessInstance pi = demarrerEnTantQue(famille.identifiant(), CLE);
    String reference = pi.getBusinessKey();
    Map<String, Object> ailleurs = declaration(famille.ado().valeur(), "perte");
    ailleurs.put(DemandesCarteVitaleProcess.ADRESSE_LIGNE1, "8 rue Neuve");
    ailleurs.put(DemandesCarteVitaleProcess.ADRESSE_CODE_POSTAL, "69003");
    ailleurs.put(DemandesCarteVitaleProcess.ADRESSE_COMMUNE, "Lyon");
    completerEnTantQueAssure(famille.identifiant(), tache(reference, TACHE_DECLARER), ailleurs);

    assertThat(pi).isWaitingAt(TACHE_EXAMINER).task().hasCandidateGroup("gestion-droits");
    assertThat(tache(reference, TACHE_EXAMINER).getDueDate()).isCloseTo(DelaisCarteVitale.dans("P5D", HorlogeDeTest.HORLOGE), 60_000);
    assertThat(pi).variables().containsEntry(DemandesCarteVitaleProcess.MOTIF_REVUE, "Adresse d'envoi différente de l'adresse du compte");
    // What the agent's form shows, written when the task is created.
    assertThat(pi).variables().containsEntry(DemandesCarteVitaleProcess.BENEFICIAIRE_NOM, dossier(reference).nomCompletBeneficiaire())
        .hasEntrySatisfying(DemandesCarteVitaleProcess.RESUME, r -> assertThat((String) r)
            .startsWith("Déclaration (perte) pour " + dossier(reference).nomCompletBeneficiaire())
            .contains("Envoi au 8 rue Neuve").contains("(adresse différente de celle du compte)"));
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutDossier.EN_EXAMEN);

    completerEnTantQueAgent(tache(reference, TACHE_EXAMINER), decision("refuser", "Adresse non confirmée par l'assurée"));
    executerJobsDus(reference);

    assertThat(pi).isEnded().hasPassed(TACHE_NOTIFIER_REFUS, FIN_REFUSEE);
    DossierCarteVitale dossier = dossier(reference);
    assertStatuts(dossier, StatutDossier.DECLAREE, StatutDossier.EN_EXAMEN, StatutDossier.REFUSEE);
    assertThat(dossier.getMotifRefus()).isEqualTo("Adresse non confirmée par l'assurée");
    assertThat(dossier.estOuvert()).isFalse();
    assertThat(cartes.findByNumeroSerie(famille.carteAdo()).orElseThrow().getStatut()).isEqualTo(StatutCarteVitale.EN_OPPOSITION);
    assertThat(notifications.de(reference))
        .last().satisfies(n -> assertThat(n.texte()).contains("Adresse non confirmée par l'assurée")
            .contains("contester cette décision auprès de votre CPAM, puis de la Commission de recours amiable dans un délai de 2 mois"));
  }

  @Test
  void un_enfant_sans_carte_n_est_pas_propose_et_sa_declaration_est_refusee_au_formulaire_avec_la_raison() {
    var famille = comptes.famille();
    ProcessInstance pi = demarrerEnTantQue(famille.identifiant(), CLE);
    String reference = pi.getBusinessKey();
    assertThat(pi).variables().hasEntrySatisfying(DemandesCarteVitaleProcess.BENEFICIAIRES, choix -> assertThat(String.valueOf(choix))
        .contains(famille.parent().valeur(), famille.ado().valeur())
        .doesNotContain(famille.enfant().valeur(), famille.collegien().valeur()));

    refusDuFormulaire(() -> completerEnTantQueAssure(famille.identifiant(), tache(reference, TACHE_DECLARER),
            declaration(famille.enfant().valeur(), "perte")))
        .hasMessageContaining("n'a pas de carte Vitale active à son nom")
        .hasMessageContaining("Avant 16 ans, un enfant figure sur la carte Vitale de ses parents");

    assertThat(pi).isWaitingAt(TACHE_DECLARER);
    assertThat(dossiers.findByReference(reference)).isEmpty();
  }

  @Test
  void enfant_de_moins_de_douze_ans_accepte_puis_photo_et_piece_transmises_lancent_la_production() {
    var famille = comptes.famille();
    comptes.carte(famille.enfant());
    ProcessInstance pi = demarrerEnTantQue(famille.identifiant(), CLE);
    String reference = pi.getBusinessKey();
    completerEnTantQueAssure(famille.identifiant(), tache(reference, TACHE_DECLARER), declaration(famille.enfant().valeur(), "dysfonctionnement"));

    assertThat(pi).isWaitingAt(TACHE_EXAMINER);
    assertThat(pi).variables().containsEntry(DemandesCarteVitaleProcess.MOTIF_REVUE, "Bénéficiaire de moins de 12 ans demandant sa propre carte");
    refusDuFormulaire(() -> completerEnTantQueAgent(tache(reference, TACHE_EXAMINER), decision("refuser", " "))).hasMessageContaining("motif du refus");
    completerEnTantQueAgent(tache(reference, TACHE_EXAMINER), decision("accepter", null));

    assertThat(pi).isWaitingAt(TACHE_PIECES).task().isAssignedTo(famille.identifiant());
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutDossier.PIECES_ATTENDUES);
    completerEnTantQueAssure(famille.identifiant(), tache(reference, TACHE_PIECES), pieces());

    assertThat(pi).hasPassed(TACHE_EXAMINER, TACHE_PIECES).isWaitingAt(APPEL_PRODUCTION);
    assertThat(taskService.getProcessInstanceAttachments(pi.getId())).extracting(a -> a.getName())
        .containsExactlyInAnyOrder("photo.jpg", "cni.pdf");
    assertThat(runtimeService.getVariable(pi.getId(), DemandesCarteVitaleProcess.PHOTO)).isNull();
    produireEtLivrer(reference);
    assertThat(pi).isEnded().hasPassed(FIN_CARTE_PRODUITE);
  }

  @Test
  void sans_photo_ni_piece_l_assure_est_relance_a_quinze_jours_et_le_dossier_clos_a_deux_mois() {
    var famille = comptes.famille();
    ProcessInstance pi = demarrerEnTantQue(famille.identifiant(), CLE);
    String reference = pi.getBusinessKey();
    completerEnTantQueAssure(famille.identifiant(), tache(reference, TACHE_DECLARER), declaration(famille.parent().valeur(), "perte"));
    assertThat(pi).isWaitingAt(TACHE_PIECES);

    avancer(Period.ofDays(15));
    executerJobsDus(reference);
    assertThat(pi).hasPassed(TIMER_RELANCE, TACHE_RELANCER, DemandesCarteVitaleProcess.FIN_RELANCE).isWaitingAt(TACHE_PIECES);
    assertThat(titresNotifications(reference)).contains("Rappel : photo et pièce d'identité attendues");

    avancer(Period.ofMonths(2));
    executerJobsDus(reference);
    assertThat(pi).isEnded().hasPassed(TIMER_CLOTURE, TACHE_CLORE, FIN_CLOS);
    DossierCarteVitale dossier = dossier(reference);
    assertThat(dossier.getStatut()).isEqualTo(StatutDossier.CLOSE_SANS_REPONSE);
    assertThat(dossier.estOuvert()).isFalse();
    assertThat(titresNotifications(reference)).last().isEqualTo("Dossier carte Vitale clos");
  }

  @Test
  void un_formulaire_invalide_est_refuse_sans_rien_enregistrer() {
    var famille = comptes.famille();
    ProcessInstance pi = demarrerEnTantQue(famille.identifiant(), CLE);
    String reference = pi.getBusinessKey();
    Map<String, Object> sansEngagement = declaration(famille.parent().valeur(), "vol");
    sansEngagement.put(DemandesCarteVitaleProcess.ENGAGEMENT_RESTITUTION, false);
    Task declarer = tache(reference, TACHE_DECLARER);

    refusDuFormulaire(() -> completerEnTantQueAssure(famille.identifiant(), declarer, sansEngagement))
        .hasMessageContaining("Je m'engage à restituer ma carte si je la retrouve");

    assertThat(pi).isWaitingAt(TACHE_DECLARER);
    assertThat(dossiers.findByReference(reference)).isEmpty();
    assertThat(cartes.findByNumeroSerie(famille.carteParent()).orElseThrow().getStatut()).isEqualTo(StatutCarteVitale.ACTIVE);
  }

  @Test
  void un_assure_ne_peut_pas_declarer_pour_le_beneficiaire_d_un_autre_compte() {
    var famille = comptes.famille();
    var autre = comptes.famille();
    ProcessInstance pi = demarrerEnTantQue(famille.identifiant(), CLE);
    Task declarer = tache(pi.getBusinessKey(), TACHE_DECLARER);

    refusDuFormulaire(() -> completerEnTantQueAssure(famille.identifiant(), declarer, declaration(autre.ado().valeur(), "vol")))
        .hasMessageContaining("n'est pas rattachée à votre compte");
    assertThat(cartes.findByNumeroSerie(autre.carteAdo()).orElseThrow().getStatut()).isEqualTo(StatutCarteVitale.ACTIVE);
  }

  @Test
  void une_seconde_declaration_pour_la_meme_personne_ne_cree_ni_second_dossier_ni_seconde_opposition() {
    var famille = comptes.famille();
    ProcessInstance premiere = demarrerEnTantQue(famille.identifiant(), CLE);
    ProcessInstance seconde = demarrerEnTantQue(famille.identifiant(), CLE);
    completerEnTantQueAssure(famille.identifiant(), tache(premiere.getBusinessKey(), TACHE_DECLARER), declaration(famille.ado().valeur(), "vol"));

    Task doublon = tache(seconde.getBusinessKey(), TACHE_DECLARER);
    refusDuFormulaire(() -> completerEnTantQueAssure(famille.identifiant(), doublon, declaration(famille.ado().valeur(), "vol")))
        .hasMessageContaining("déjà en cours").hasMessageContaining(premiere.getBusinessKey());
    assertThat(dossiers.findByReference(seconde.getBusinessKey())).isEmpty();
    assertThat(oppositions.findAll()).filteredOn(o -> o.getTitulaire().equals(famille.ado())).hasSize(1);
  }

  @Test
  void un_agent_ne_peut_pas_remplir_la_declaration_a_la_place_de_l_assure() {
    var famille = comptes.famille();
    ProcessInstance pi = demarrerEnTantQue(famille.identifiant(), CLE);
    Task declarer = tache(pi.getBusinessKey(), TACHE_DECLARER);

    refusDuFormulaire(() -> completerEnTantQue("superviseur", List.of("superviseurs"), declarer, declaration(famille.parent().valeur(), "vol"))).hasMessageContaining("Seul l'assuré");
  }
}
