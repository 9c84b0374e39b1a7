package fr.cpam.demarches.cartevitale;

import static fr.cpam.demarches.cartevitale.CarteVitaleCommandeProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.cpam.demarches.cartevitale.interne.DossierCarteVitale;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** Every path of CarteVitaleCommande: a first card for a beneficiary of 12 or more. */
class CarteVitaleCommandeProcessIntTest extends ProcessusCarteVitaleIntTest {

  static Map<String, Object> commande(String beneficiaire) {
    Map<String, Object> v = new HashMap<>(declaration(beneficiaire, null));
    v.remove(DemandesCarteVitaleProcess.MOTIF);
    v.remove(DemandesCarteVitaleProcess.ENGAGEMENT_RESTITUTION);
    return v;
  }

  @Test
  void premiere_carte_a_treize_ans_photo_piece_et_identite_verifiee_puis_carte_produite() {
    var famille = comptes.famille();
    ProcessInstance pi = demarrerEnTantQue(famille.identifiant(), CLE);
    String reference = pi.getBusinessKey();
    assertThat(pi).isWaitingAt(TACHE_COMMANDER).task().isAssignedTo(famille.identifiant());
    assertThat(runtimeService.getVariable(pi.getId(), DemandesCarteVitaleProcess.BENEFICIAIRES).toString())
        .contains(famille.collegien().valeur()).doesNotContain(famille.ado().valeur()).doesNotContain(famille.enfant().valeur());

    completerEnTantQueAssure(famille.identifiant(), tache(reference, TACHE_COMMANDER), commande(famille.collegien().valeur()));
    assertThat(pi).isWaitingAt(TACHE_PIECES);
    completerEnTantQueAssure(famille.identifiant(), tache(reference, TACHE_PIECES), pieces());
    assertThat(pi).isWaitingAt(TACHE_VERIFIER_IDENTITE).task().hasCandidateGroup("gestion-droits");
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutDossier.IDENTITE_EN_VERIFICATION);
    completerEnTantQueAgent(tache(reference, TACHE_VERIFIER_IDENTITE), decision("accepter", null));

    produireEtLivrer(reference);

    assertThat(pi).isEnded().hasPassed(APPEL_PRODUCTION, FIN_CARTE_PRODUITE);
    DossierCarteVitale dossier = dossier(reference);
    assertStatuts(dossier, StatutDossier.DEMANDEE, StatutDossier.PIECES_ATTENDUES, StatutDossier.PIECES_RECUES, StatutDossier.IDENTITE_EN_VERIFICATION,
        StatutDossier.EN_FABRICATION, StatutDossier.CARTE_FABRIQUEE, StatutDossier.CARTE_EXPEDIEE, StatutDossier.CARTE_ACTIVE);
    assertThat(cartes.findByTitulaireOrderByDateStatutDesc(famille.collegien())).singleElement()
        .satisfies(c -> assertThat(c.getStatut()).isEqualTo(StatutCarteVitale.ACTIVE));
    assertThat(oppositions.findByReferenceDossier(reference)).isEmpty();
  }

  @Test
  void pieces_deja_connues_mais_identite_non_confirmee_la_demande_est_refusee_avec_son_motif() {
    var famille = comptes.famille();
    comptes.piecesAJour(famille.collegien());
    ProcessInstance pi = demarrerEnTantQue(famille.identifiant(), CLE);
    String reference = pi.getBusinessKey();
    completerEnTantQueAssure(famille.identifiant(), tache(reference, TACHE_COMMANDER), commande(famille.collegien().valeur()));

    assertThat(pi).hasNotPassed(TACHE_PIECES).isWaitingAt(TACHE_VERIFIER_IDENTITE);
    completerEnTantQueAgent(tache(reference, TACHE_VERIFIER_IDENTITE),
        decision("refuser", "La pièce d'identité jointe est expirée depuis 2019."));
    executerJobsDus(reference);

    assertThat(pi).isEnded().hasPassed(TACHE_NOTIFIER_REFUS, FIN_REFUSEE);
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutDossier.REFUSEE);
    assertThat(notifications.de(reference)).last()
        .satisfies(n -> assertThat(n.texte()).contains("expirée depuis 2019").contains(fr.cpam.demarches.commun.VoiesDeRecours.CONTESTER));
    // The dossier as the citizen reads it says how to contest too.
    assertThat(CarteVitaleVues.DossierVue.de(dossier(reference), List.of(), List.of()).voiesDeRecours())
        .contains("Commission de recours amiable dans un délai de 2 mois");
    assertThat(cartes.findByTitulaireOrderByDateStatutDesc(famille.collegien())).isEmpty();
  }

  @Test
  void sans_photo_ni_piece_un_rappel_a_quinze_jours_puis_la_demande_est_close_a_deux_mois() {
    var famille = comptes.famille();
    ProcessInstance pi = demarrerEnTantQue(famille.identifiant(), CLE);
    String reference = pi.getBusinessKey();
    completerEnTantQueAssure(famille.identifiant(), tache(reference, TACHE_COMMANDER), commande(famille.collegien().valeur()));

    avancer(Period.ofDays(15));
    executerJobsDus(reference);
    assertThat(pi).hasPassed(TACHE_RELANCER).isWaitingAt(TACHE_PIECES);
    avancer(Period.ofMonths(2));
    executerJobsDus(reference);

    assertThat(pi).isEnded().hasPassed(TACHE_CLORE, FIN_CLOS);
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutDossier.CLOSE_SANS_REPONSE);
  }

  @Test
  void un_beneficiaire_qui_a_deja_une_carte_active_est_refuse_avec_un_message_clair() {
    var famille = comptes.famille();
    ProcessInstance pi = demarrerEnTantQue(famille.identifiant(), CLE);
    refusDuFormulaire(() -> completerEnTantQueAssure(famille.identifiant(), tache(pi.getBusinessKey(), TACHE_COMMANDER),
            commande(famille.ado().valeur())))
        .hasMessageContaining("Paul MARTIN a déjà une carte Vitale active (n° " + famille.carteAdo() + ")");
    assertThat(dossiers.findByReference(pi.getBusinessKey())).isEmpty();
  }

  @Test
  void un_enfant_de_moins_de_douze_ans_ne_peut_pas_avoir_sa_propre_carte() {
    var famille = comptes.famille();
    ProcessInstance pi = demarrerEnTantQue(famille.identifiant(), CLE);
    refusDuFormulaire(() -> completerEnTantQueAssure(famille.identifiant(), tache(pi.getBusinessKey(), TACHE_COMMANDER),
            commande(famille.enfant().valeur())))
        .hasMessageContaining("a moins de 12 ans");
    assertThat(pi).isWaitingAt(TACHE_COMMANDER);
  }
}
