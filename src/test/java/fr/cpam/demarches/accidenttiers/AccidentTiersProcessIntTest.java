package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiers;
import fr.cpam.demarches.accidenttiers.interne.EnvoiCreance;
import fr.cpam.demarches.accidenttiers.interne.LigneCreance;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

/** Every path of AccidentTiers, driven as the victim, the recovery agent and the simulated payer would. */
class AccidentTiersProcessIntTest extends ProcessusAccidentTiersIntTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  static final String FRAIS_420_50 = "hospitalisation|%s|420,50";

  @Test
  void accident_de_la_route_assureur_connu_la_creance_part_a_l_assureur_qui_paie_et_le_dossier_est_clos_recouvre() {
    var famille = comptes.famille();
    le(LocalDate.of(2026, 3, 10), 9);
    String reference = declarer(famille.identifiant(), accidentDeLaRoute());
    assertThat(reference).startsWith("ACT-");
    ProcessInstance pi = instance(reference);
    assertThat(pi).hasPassed(TACHE_ENREGISTRER).isWaitingAt(TACHE_QUALIFIER).task().hasCandidateGroup("rct");
    // The declaration is in the dossier, not in the process: the victim's form fields are gone.
    assertThat(pi).variables().containsEntry(REFERENCE, reference).doesNotContainKeys(CIRCONSTANCES, TIERS_IDENTITE, LIEU);
    DossierAccidentTiers dossier = dossier(reference);
    assertThat(dossier.getNirBeneficiaire()).isEqualTo(famille.parent());
    assertThat(dossier.isEnRetard()).isFalse();
    assertThat(titresNotifications(reference)).containsExactly("Déclaration d'accident enregistrée");
    assertThat(notificationsDe(reference).get(0).texte()).contains(reference, "Vos remboursements et vos indemnités journalières ne changent pas");
    // What the agent's form shows is on the task only, which the victim cannot read.
    assertThat(taskService.getVariableLocal(tache(reference, TACHE_QUALIFIER).getId(), RESUME).toString())
        .contains("Accident de la circulation du 09/03/2026", "Assurances du Littoral", "PV 2026/4411");

    agent(reference, TACHE_QUALIFIER, DECISION_QUALIFICATION, RECEVABLE);
    assertThat(pi).hasPassed(TACHE_DETERMINER_PARCOURS).isWaitingAt(TACHE_CHIFFRER);
    assertThat(pi).variables().containsEntry(PARCOURS, "ASSUREUR").containsEntry(PAYEUR, "ASSUREUR_TIERS").containsEntry(PRIORITE, 50);
    assertThat(tache(reference, TACHE_CHIFFRER).getPriority()).isEqualTo(50);

    le(LocalDate.of(2026, 3, 20), 10);
    agent(reference, TACHE_CHIFFRER, chiffrage(NOTIFIER, FRAIS_420_50.formatted("2026-03-09")));
    assertThat(pi).isWaitingAt(TACHE_NOTIFIER);
    assertThat(taskService.getVariableLocal(tache(reference, TACHE_NOTIFIER).getId(), CREANCE).toString())
        .contains("Frais d'hospitalisation", "420,50 €", "Total réclamé : 560,67 €");
    assureur.imposer(AssureurSimule.Conduite.PAIEMENT_TOTAL);
    agent(reference, TACHE_NOTIFIER, DECISION_NOTIFICATION, ENVOYER);
    executerJobsDus(reference);
    assertThat(pi).hasPassed(TACHE_ENVOYER).isWaitingAt(TACHE_ATTENDRE);
    // 420.50 € claimed: the fee is a third, 140.17 €, between the bounds of the 2025 line (121 € and 1 212 €).
    assertThat(envoisDe(reference)).singleElement().satisfies(e -> {
      assertThat(e.getPrincipal()).isEqualTo(42050);
      assertThat(e.getForfait()).isEqualTo(14017);
      assertThat(e.getCleIdempotence()).isEqualTo(reference + "/1");
    });
    assertThat(assureur.creancesRecues(reference)).containsExactly(reference + "/1");
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutAccident.CREANCE_NOTIFIEE);

    le(LocalDate.of(2026, 4, 10), 10);
    lePayeurRepond(reference);
    assertThat(pi).isEnded().hasPassed(TACHE_ENREGISTRER_RECOUVREMENT, FIN_RECOUVREE);
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutAccident.RECOUVREE);
    assertThat(dossier(reference).getMontantRecouvre()).isEqualTo(42050 + 14017);
    assertThat(titresNotifications(reference)).last().isEqualTo("Dossier d'accident clos");
    assertThat(statuts(reference)).containsExactly(StatutAccident.DECLAREE, StatutAccident.EN_INSTRUCTION, StatutAccident.EN_CHIFFRAGE,
        StatutAccident.CREANCE_NOTIFIEE, StatutAccident.RECOUVREE);
  }

  @Test
  void la_victime_complete_sa_declaration_a_la_demande_de_l_agent_puis_le_dossier_est_classe() {
    var famille = comptes.famille();
    String reference = declarer(famille.identifiant(), avec(accidentDeLaRoute(), NATURE, "sport-loisir", TIERS_CONNU, "non", PV_OU_PLAINTE, "non", PV_REFERENCE, null));
    ProcessInstance pi = instance(reference);
    refusDuFormulaire(() -> agent(reference, TACHE_QUALIFIER, DECISION_QUALIFICATION, COMPLEMENT))
        .hasMessageContaining("Écrivez la question à poser à la victime");
    agent(reference, TACHE_QUALIFIER, DECISION_QUALIFICATION, COMPLEMENT, QUESTION_VICTIME, "Qui vous a fait tomber pendant le match ?");
    assertThat(pi).isWaitingAt(TACHE_COMPLETER).task().isAssignedTo(famille.identifiant());
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutAccident.COMPLEMENT_DEMANDE);
    assertThat(notificationsDe(reference)).last().satisfies(n -> assertThat(n.texte()).contains("Qui vous a fait tomber pendant le match ?"));
    // Only the victim answers.
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> completerEnTantQue(AGENT, List.of("rct"), reference, TACHE_COMPLETER, java.util.Map.of(REPONSE_VICTIME, "x")))
        .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
    refusDuFormulaire(() -> completerEnTantQue("superviseur", List.of("superviseurs"), reference, TACHE_COMPLETER,
        java.util.Map.of(REPONSE_VICTIME, "Réponse à la place de la victime."))).hasMessageContaining("Seule la victime");
    refusDuFormulaire(() -> victime(famille.identifiant(), reference, REPONSE_VICTIME, " ")).hasMessageContaining("Écrivez votre réponse");

    victime(famille.identifiant(), reference, REPONSE_VICTIME, "Un joueur adverse, par un tacle par derrière.", TIERS_IDENTITE, "Paul Durand, club de Rezé");
    assertThat(pi).hasPassed(TACHE_COMPLETER).isWaitingAt(TACHE_QUALIFIER);
    assertThat(dossier(reference).getTiersIdentite()).isEqualTo("Paul Durand, club de Rezé");
    assertThat(dossier(reference).isTiersConnu()).isTrue();
    assertThat(pi).variables().doesNotContainKeys(REPONSE_VICTIME, QUESTION_VICTIME);

    agent(reference, TACHE_QUALIFIER, DECISION_QUALIFICATION, CLASSER, MOTIF, "Un tacle régulier en compétition n'engage pas la responsabilité de son auteur.");
    executerJobsDus(reference);
    assertThat(pi).isEnded().hasPassed(TACHE_CLASSER, FIN_CLASSE);
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutAccident.CLASSEE);
    assertThat(notificationsDe(reference)).last().satisfies(n -> assertThat(n.texte())
        .contains("Un tacle régulier", "ne changent pas"));
  }

  @Test
  void sans_reponse_de_la_victime_en_trente_jours_le_dossier_revient_a_l_agent() {
    var famille = comptes.famille();
    String reference = declarer(famille.identifiant(), accidentDeLaRoute());
    agent(reference, TACHE_QUALIFIER, DECISION_QUALIFICATION, COMPLEMENT, QUESTION_VICTIME, "Avez-vous le constat amiable ?");
    HorlogeDeTest.depasser(Period.ofDays(30));
    executerJobsDus(reference);
    ProcessInstance pi = instance(reference);
    assertThat(pi).hasPassed(TIMER_COMPLEMENT).isWaitingAt(TACHE_QUALIFIER);
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutAccident.DECLAREE);
    assertThat(dossier(reference).getEtapes()).last().satisfies(e -> assertThat(e.getDetail()).contains("Sans réponse de la victime"));
  }

  @Test
  void responsable_connu_sans_assureur_un_courrier_une_relance_puis_l_agent_identifie_l_assureur_et_negocie_apres_contestation() {
    var famille = comptes.famille();
    le(LocalDate.of(2026, 5, 4), 9);
    String reference = declarer(famille.identifiant(), avec(accidentDeLaRoute(), NATURE, "morsure-animal", ASSUREUR_NOM, null,
        ASSUREUR_CONTRAT, null, TIERS_IDENTITE, "Mme Roux, propriétaire du chien", ARRET_TRAVAIL, true));
    ProcessInstance pi = instance(reference);
    agent(reference, TACHE_QUALIFIER, DECISION_QUALIFICATION, RECEVABLE);
    executerJobsDus(reference);
    assertThat(pi).hasPassed(TACHE_ECRIRE_AU_TIERS).isWaitingAt(TACHE_IDENTIFIER_ASSUREUR);
    assertThat(pi).variables().containsEntry(PARCOURS, "IDENTIFIER_ASSUREUR").containsEntry(PRIORITE, 70);
    var identifier = tache(reference, TACHE_IDENTIFIER_ASSUREUR);
    assertThat(identifier.getPriority()).isEqualTo(70);
    assertThat(identifier.getFollowUpDate()).isInSameDayAs(java.sql.Date.valueOf(LocalDate.of(2026, 6, 3)));
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutAccident.RECHERCHE_ASSUREUR);
    assertThat(titresNotifications(reference)).contains("Votre CPAM a écrit au responsable de l'accident");

    HorlogeDeTest.depasser(Period.ofDays(15));
    executerJobsDus(reference);
    assertThat(pi).hasPassed(TIMER_RELANCE_TIERS, TACHE_RELANCER_TIERS, FIN_TIERS_RELANCE).isWaitingAt(TACHE_IDENTIFIER_ASSUREUR);

    refusDuFormulaire(() -> agent(reference, TACHE_IDENTIFIER_ASSUREUR, DECISION_IDENTIFICATION, ASSUREUR))
        .hasMessageContaining("nom de l'assureur");
    agent(reference, TACHE_IDENTIFIER_ASSUREUR, DECISION_IDENTIFICATION, ASSUREUR, ASSUREUR_NOM, "Mutuelle Canine", ASSUREUR_CONTRAT, "MC-42");
    assertThat(pi).isWaitingAt(TACHE_CHIFFRER);
    assertThat(dossier(reference).getPayeurNom()).isEqualTo("Mutuelle Canine");

    refusDuFormulaire(() -> agent(reference, TACHE_CHIFFRER, chiffrage(NOTIFIER, "pharmacie|2026-04-01|12.345", "|2026-05-04|")))
        .hasMessageContaining("Frais n° 1 : la date des soins va du jour de l'accident").hasMessageContaining("deux décimales au plus")
        .hasMessageContaining("Frais n° 2 : choisissez la nature des frais");
    agent(reference, TACHE_CHIFFRER, chiffrage(NOTIFIER, "pharmacie|2026-05-04|80", "consultations|2026-05-05|30,00"));
    agent(reference, TACHE_NOTIFIER, DECISION_NOTIFICATION, CORRIGER);
    assertThat(pi).isWaitingAt(TACHE_CHIFFRER);
    agent(reference, TACHE_CHIFFRER, chiffrage(NOTIFIER, "auxiliaires-medicaux|2026-05-18|90"));
    assertThat(lignesDe(reference)).extracting(LigneCreance::getMontant).containsExactlyInAnyOrder(8000L, 3000L, 9000L);

    assureur.imposer(AssureurSimule.Conduite.CONTESTATION);
    agent(reference, TACHE_NOTIFIER, DECISION_NOTIFICATION, ENVOYER);
    executerJobsDus(reference);
    // 200 € claimed: a third is 66.67 €, raised to the minimum of the line in force (121 € from 2025).
    assertThat(envoisDe(reference)).singleElement().satisfies(e -> {
      assertThat(e.getPrincipal()).isEqualTo(20000);
      assertThat(e.getForfait()).isEqualTo(12100);
    });
    HorlogeDeTest.depasser(Period.ofDays(20));
    lePayeurRepond(reference);
    assertThat(pi).isWaitingAt(TACHE_DESACCORD);
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutAccident.EN_DESACCORD);

    refusDuFormulaire(() -> agent(reference, TACHE_DESACCORD, DECISION_DESACCORD, NEGOCIER, MONTANT_TRANSIGE, "250"))
        .hasMessageContaining("dépasse les sommes réclamées");
    agent(reference, TACHE_DESACCORD, DECISION_DESACCORD, NEGOCIER, MONTANT_TRANSIGE, "150,00");
    executerJobsDus(reference);
    assertThat(envoisDe(reference)).hasSize(2).last().satisfies(e -> {
      assertThat(e.getGenre()).isEqualTo(EnvoiCreance.Genre.TRANSIGEE);
      assertThat(e.getPrincipal()).isEqualTo(15000);
      assertThat(e.getCleIdempotence()).isEqualTo(reference + "/2");
    });
    HorlogeDeTest.depasser(Period.ofDays(20));
    lePayeurRepond(reference);
    assertThat(pi).isEnded().hasPassed(FIN_RECOUVREE);
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutAccident.RECOUVREE_PARTIELLEMENT);
    assertThat(dossier(reference).getMontantRecouvre()).isEqualTo(15000 + 12100);
  }

  @Test
  void un_responsable_introuvable_est_remplace_par_le_fonds_de_garantie_puis_sans_frais_a_reclamer_le_dossier_est_classe() {
    var famille = comptes.famille();
    String reference = declarer(famille.identifiant(), avec(accidentDeLaRoute(), ASSUREUR_NOM, null, ASSUREUR_CONTRAT, null));
    agent(reference, TACHE_QUALIFIER, DECISION_QUALIFICATION, RECEVABLE);
    executerJobsDus(reference);
    agent(reference, TACHE_IDENTIFIER_ASSUREUR, DECISION_IDENTIFICATION, FONDS);
    ProcessInstance pi = instance(reference);
    assertThat(pi).isWaitingAt(TACHE_CHIFFRER);
    assertThat(dossier(reference).getPayeur()).isEqualTo(Payeur.FGAO);
    refusDuFormulaire(() -> agent(reference, TACHE_CHIFFRER, DECISION_CHIFFRAGE, NOTIFIER)).hasMessageContaining("Aucun frais");
    agent(reference, TACHE_CHIFFRER, DECISION_CHIFFRAGE, CLASSER, MOTIF, "Aucun soin remboursé par la caisse à la suite de l'accident.");
    executerJobsDus(reference);
    assertThat(pi).isEnded().hasPassed(FIN_CLASSE);
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutAccident.CLASSEE);
  }

  @Test
  void un_courrier_sans_suite_et_un_dossier_que_l_agent_classe_a_l_identification() {
    var famille = comptes.famille();
    String reference = declarer(famille.identifiant(), avec(accidentDeLaRoute(), ASSUREUR_NOM, null, ASSUREUR_CONTRAT, null));
    agent(reference, TACHE_QUALIFIER, DECISION_QUALIFICATION, RECEVABLE);
    executerJobsDus(reference);
    agent(reference, TACHE_IDENTIFIER_ASSUREUR, DECISION_IDENTIFICATION, CLASSER, MOTIF, "La victime a retiré sa déclaration.");
    executerJobsDus(reference);
    assertThat(instance(reference)).isNull();
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutAccident.CLASSEE);
  }

  @Test
  void auteur_inconnu_avec_plainte_le_fonds_de_garantie_relance_a_deux_mois_puis_sans_reponse_a_trois_mois_le_recours_va_au_tribunal() {
    var famille = comptes.famille();
    le(LocalDate.of(2026, 6, 1), 9);
    String reference = declarer(famille.identifiant(), avec(accidentDeLaRoute(), NATURE, "agression", TIERS_CONNU, "non",
        CIRCONSTANCES, "Agressée dans le tramway par un inconnu qui a pris la fuite."));
    agent(reference, TACHE_QUALIFIER, DECISION_QUALIFICATION, RECEVABLE);
    ProcessInstance pi = instance(reference);
    assertThat(pi).isWaitingAt(TACHE_CHIFFRER);
    assertThat(pi).variables().containsEntry(PARCOURS, "FONDS_GARANTIE").containsEntry(PAYEUR, "FGTI");
    agent(reference, TACHE_CHIFFRER, chiffrage(NOTIFIER, FRAIS_420_50.formatted("2026-05-31")));
    assureur.imposer(AssureurSimule.Conduite.SILENCE);
    agent(reference, TACHE_NOTIFIER, DECISION_NOTIFICATION, ENVOYER);
    executerJobsDus(reference);
    assertThat(pi).isWaitingAt(TACHE_ATTENDRE);

    for (int semaine = 1; semaine <= 9; semaine++) {
      HorlogeDeTest.depasser(Period.ofDays(7));
      executerJobsDus(reference);
    }
    // Every week the claim is read again: nothing new was paid, nothing more is sent.
    assertThat(pi).hasPassed(TIMER_RELEVE_FRAIS, TACHE_ACTUALISER, FIN_CREANCE_ACTUALISEE, TIMER_RELANCE_PAYEUR, TACHE_RELANCER_PAYEUR, FIN_PAYEUR_RELANCE)
        .isWaitingAt(TACHE_ATTENDRE);
    assertThat(envoisDe(reference)).hasSize(1);

    HorlogeDeTest.depasser(Period.ofDays(30));
    executerJobsDus(reference);
    assertThat(pi).hasPassed(TIMER_SANS_REPONSE).isWaitingAt(TACHE_DESACCORD);
    assertThat(dossier(reference).getEtapes()).filteredOn(e -> e.getStatut() == StatutAccident.EN_DESACCORD && !e.isInterne())
        .singleElement().satisfies(e -> assertThat(e.getDetail()).contains("n'a pas répondu dans les 3 mois"));
    agent(reference, TACHE_DESACCORD, DECISION_DESACCORD, CONTENTIEUX);
    executerJobsDus(reference);
    assertThat(pi).isEnded().hasPassed(TACHE_CONTENTIEUX, FIN_CONTENTIEUX);
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutAccident.CONTENTIEUX);
    assertThat(titresNotifications(reference)).last().isEqualTo("Recours transmis au service contentieux");
  }

  @Test
  void ni_responsable_ni_plainte_la_victime_est_invitee_a_completer_puis_apres_contestation_le_recours_est_abandonne() {
    var famille = comptes.famille();
    String reference = declarer(famille.identifiant(), avec(accidentDeLaRoute(), NATURE, "chute-voie-publique", TIERS_CONNU, "non",
        PV_OU_PLAINTE, "non", PV_REFERENCE, null));
    agent(reference, TACHE_QUALIFIER, DECISION_QUALIFICATION, RECEVABLE);
    ProcessInstance pi = instance(reference);
    assertThat(pi).hasPassed(TACHE_DETERMINER_PARCOURS).isWaitingAt(TACHE_COMPLETER);
    assertThat(pi).variables().containsEntry(PARCOURS, "A_COMPLETER");
    assertThat(runtimeService.getVariable(pi.getId(), QUESTION_VICTIME).toString()).contains("référence de votre plainte");

    victime(famille.identifiant(), reference, REPONSE_VICTIME, "J'ai porté plainte contre la commune pour la plaque d'égout descellée.",
        PV_REFERENCE, "Plainte 2026/118");
    agent(reference, TACHE_QUALIFIER, DECISION_QUALIFICATION, RECEVABLE);
    assertThat(pi).variables().containsEntry(PARCOURS, "FONDS_GARANTIE").containsEntry(PAYEUR, "FGTI");
    agent(reference, TACHE_CHIFFRER, chiffrage(NOTIFIER, FRAIS_420_50.formatted(LocalDate.now(HORLOGE))));
    assureur.imposer(AssureurSimule.Conduite.CONTESTATION);
    agent(reference, TACHE_NOTIFIER, DECISION_NOTIFICATION, ENVOYER);
    executerJobsDus(reference);
    HorlogeDeTest.depasser(Period.ofDays(21));
    lePayeurRepond(reference);
    assertThat(pi).isWaitingAt(TACHE_DESACCORD);
    refusDuFormulaire(() -> agent(reference, TACHE_DESACCORD, DECISION_DESACCORD, ABANDONNER)).hasMessageContaining("abandonné");
    agent(reference, TACHE_DESACCORD, DECISION_DESACCORD, ABANDONNER, MOTIF, "La chute relève de l'inattention de la victime selon le procès-verbal.");
    executerJobsDus(reference);
    assertThat(pi).isEnded().hasPassed(TACHE_ABANDONNER, FIN_ABANDON);
    assertThat(dossier(reference).getStatut()).isEqualTo(StatutAccident.ABANDONNEE);
    assertThat(notificationsDe(reference)).last().satisfies(n -> assertThat(n.texte()).contains("inattention", "ne changent pas"));
  }

  @Test
  void une_declaration_tardive_est_acceptee_marquee_et_la_victime_sait_pourquoi_le_delai_compte() {
    var famille = comptes.famille();
    String reference = declarer(famille.identifiant(), avec(accidentDeLaRoute(), DATE_ACCIDENT, LocalDate.now(HORLOGE).minusDays(20).toString()));
    assertThat(dossier(reference).isEnRetard()).isTrue();
    assertThat(titresNotifications(reference)).containsExactly("Déclaration d'accident enregistrée (déclaration tardive)");
    assertThat(notificationsDe(reference).get(0).texte()).contains("dans les 15 jours", "réclamer à temps");
    assertThat(taskService.getVariableLocal(tache(reference, TACHE_QUALIFIER).getId(), RESUME).toString()).contains("**Déclaration tardive**");
    // On the 15th day it is still on time.
    var autre = comptes.famille();
    String aTemps = declarer(autre.identifiant(), avec(accidentDeLaRoute(), DATE_ACCIDENT, LocalDate.now(HORLOGE).minusDays(15).toString()));
    assertThat(dossier(aTemps).isEnRetard()).isFalse();
  }

  @Test
  void un_accident_un_dossier_une_seconde_declaration_est_refusee_avec_la_reference_du_premier() {
    var famille = comptes.famille();
    String reference = declarer(famille.identifiant(), accidentDeLaRoute());
    long avant = dossiers.count();
    refusDuFormulaire(() -> declarer(famille.identifiant(), avec(accidentDeLaRoute(), CIRCONSTANCES, "Autre récit du même accident.")))
        .hasMessageContaining("déjà déclaré").hasMessageContaining(reference);
    assertThat(dossiers.count()).isEqualTo(avant);
    // Another kind of accident the same day is another accident.
    String autre = declarer(famille.identifiant(), avec(accidentDeLaRoute(), NATURE, "agression"));
    assertThat(autre).isNotEqualTo(reference);
  }

  @Test
  void une_saisie_invalide_est_refusee_en_francais_et_rien_n_est_enregistre() {
    var famille = comptes.famille();
    var autre = comptes.famille();
    long avant = dossiers.count();
    refusDuFormulaire(() -> declarer(famille.identifiant(), avec(accidentDeLaRoute(), DATE_ACCIDENT, LocalDate.now(HORLOGE).plusDays(2).toString())))
        .hasMessageContaining("est dans le futur");
    refusDuFormulaire(() -> declarer(famille.identifiant(), avec(accidentDeLaRoute(), BLESSE, "autre", BENEFICIAIRE, "Tom",
        DATE_ACCIDENT, LocalDate.now(HORLOGE).minusYears(10).toString()))).hasMessageContaining("antérieure à la naissance de Tom MARTIN");
    refusDuFormulaire(() -> declarer(famille.identifiant(), avec(accidentDeLaRoute(), NATURE, "chute-de-meteorite")))
        .hasMessageContaining("« chute-de-meteorite » n'est pas possible pour le champ « natureAccident »");
    refusDuFormulaire(() -> declarer(famille.identifiant(), avec(accidentDeLaRoute(), BLESSE, "autre", BENEFICIAIRE, autre.ado().valeur())))
        .hasMessageContaining("n'est pas rattachée à votre compte");
    refusDuFormulaire(() -> declarer(famille.identifiant(), avec(accidentDeLaRoute(), PIECE_PV,
        org.camunda.bpm.engine.variable.Variables.fileValue("pv.exe").file(new byte[] {'M', 'Z', 1, 2}).mimeType("application/pdf").create())))
        .hasMessageContaining("« pv.exe » n'est ni un PDF, ni un JPEG, ni un PNG");
    refusDuFormulaire(() -> declarer(famille.identifiant(), avec(accidentDeLaRoute(), TIERS_CONNU, null)))
        .hasMessageContaining("Indiquez si vous connaissez la personne responsable");
    assertThat(dossiers.count()).isEqualTo(avant);
    assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(CLE).startedBy(famille.identifiant()).count()).isZero();
  }

  @Test
  void un_demarrage_qui_porte_des_decisions_ou_une_reference_est_refuse_et_rien_n_est_enregistre() {
    var famille = comptes.famille();
    long avant = dossiers.count();
    refusDuFormulaire(() -> declarer(famille.identifiant(), avec(accidentDeLaRoute(), PARCOURS, "FONDS_GARANTIE", PAYEUR, "FGAO",
        PRIORITE, 99, REPONSE_PAYEUR, PAIEMENT, REFERENCE, "ACT-2026-999999", "principalConvenu", 1L)))
        .hasMessageContaining("Le champ « parcours » n'est pas attendu")
        .hasMessageContaining("Le champ « reference » n'est pas attendu");
    assertThat(dossiers.count()).isEqualTo(avant);
    // What the form declares is all the process keeps of the start: the reference and who declared.
    String reference = declarer(famille.identifiant(), accidentDeLaRoute());
    assertThat(runtimeService.getVariables(instance(reference).getId())).containsOnlyKeys(REFERENCE, INITIATOR, NOM_BENEFICIAIRE)
        .containsEntry(REFERENCE, reference).containsEntry(INITIATOR, famille.identifiant());
  }

  @Test
  void la_victime_declare_pour_son_enfant_par_son_prenom_et_le_pv_joint_est_garde_avec_le_dossier() {
    var famille = comptes.famille();
    byte[] pdf = "%PDF-1.4\n%fin\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    String reference = declarer(famille.identifiant(), avec(accidentDeLaRoute(), BLESSE, "autre", BENEFICIAIRE, "zoé", NATURE, "scolaire",
        PIECE_PV, org.camunda.bpm.engine.variable.Variables.fileValue("pv.pdf").file(pdf).mimeType("application/pdf").create()));
    assertThat(dossier(reference).getNirBeneficiaire()).isEqualTo(famille.collegien());
    assertThat(dossier(reference).getNomBeneficiaire()).isEqualTo("Zoé MARTIN");
    assertThat(runtimeService.getVariable(instance(reference).getId(), PIECE_PV)).as("le fichier est dans le dossier, pas dans le moteur").isNull();
    assertThat(taskService.getVariableLocal(tache(reference, TACHE_QUALIFIER).getId(), RESUME).toString()).contains("(pièce jointe reçue)");
  }

  @Test
  void un_payeur_indisponible_fait_reessayer_l_envoi_puis_un_incident_et_la_creance_n_est_recue_qu_une_fois() {
    var famille = comptes.famille();
    String reference = declarer(famille.identifiant(), accidentDeLaRoute());
    agent(reference, TACHE_QUALIFIER, DECISION_QUALIFICATION, RECEVABLE);
    agent(reference, TACHE_CHIFFRER, chiffrage(NOTIFIER, FRAIS_420_50.formatted(LocalDate.now(HORLOGE))));
    agent(reference, TACHE_NOTIFIER, DECISION_NOTIFICATION, ENVOYER);
    assureur.echouerProchainesReclamations(3);
    var gestion = processEngine.getManagementService();
    for (int essai = 1; essai <= 3; essai++) {
      var job = gestion.createJobQuery().processInstanceId(instance(reference).getId()).activityId(TACHE_ENVOYER).singleResult();
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> gestion.executeJob(job.getId()))
          .hasMessageContaining("n'a pas pris la créance");
      HorlogeDeTest.depasser(java.time.Duration.ofMinutes(5));
    }
    var job = gestion.createJobQuery().processInstanceId(instance(reference).getId()).activityId(TACHE_ENVOYER).singleResult();
    assertThat(job.getRetries()).isZero();
    assertThat(runtimeService.createIncidentQuery().processInstanceId(instance(reference).getId()).count()).isEqualTo(1);
    assertThat(envoisDe(reference)).as("rien n'est enregistré tant que le payeur n'a rien pris").isEmpty();
    gestion.setJobRetries(job.getId(), 1);
    executerJobsDus(reference);
    assertThat(instance(reference)).isWaitingAt(TACHE_ATTENDRE);
    assertThat(assureur.creancesRecues(reference)).containsExactly(reference + "/1");
  }
}
