package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.messagerie.DecisionsTraitement.ActionSuperviseur;
import fr.cpam.demarches.messagerie.DecisionsTraitement.Affectation;
import fr.cpam.demarches.messagerie.DecisionsTraitement.DecisionAgent;
import fr.cpam.demarches.messagerie.DecisionsTraitement.Suite;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The rules of the agents', supervisors' and citizen's answers on a message, one by one, without the engine. */
class DecisionsTraitementTest {

  private static final String PREMIER_NIVEAU = Groupes.ACCUEIL;
  private static final String AUTRE_SERVICE = Groupes.GESTION_DROITS;
  private static final Affectation AU_PREMIER_NIVEAU = new Affectation(PREMIER_NIVEAU, PREMIER_NIVEAU);
  private static final Affectation TRANSMIS = new Affectation(AUTRE_SERVICE, PREMIER_NIVEAU);

  private final IdentityService identites = mock(IdentityService.class, RETURNS_DEEP_STUBS);
  private final TraitementMessageService traitement = mock(TraitementMessageService.class);
  private final DecisionsTraitement decisions =
      new DecisionsTraitement(new RegleMessage(DataSize.ofMegabytes(5), 5), traitement, identites);

  @Test
  void une_reponse_ecrite_est_une_suite_acceptee() {
    assertThat(decisions.verifier(agent(REPONDRE, "Votre attestation est en ligne.", null, null, null), AU_PREMIER_NIVEAU))
        .isEqualTo(Suite.REPONDRE);
  }

  @Test
  void sans_decision_ou_avec_une_decision_inconnue_l_agent_doit_choisir() {
    assertThat(erreurs(() -> decisions.verifier(agent(null, null, null, null, null), AU_PREMIER_NIVEAU)))
        .containsExactly(new ErreurChamp(DECISION, "Choisissez la suite à donner au message."));
    assertThat(erreurs(() -> decisions.verifier(agent("classer", null, null, null, null), AU_PREMIER_NIVEAU)))
        .extracting(ErreurChamp::champ).containsExactly(DECISION);
  }

  @Test
  void repondre_demande_une_reponse_et_questionner_une_question() {
    assertThat(erreurs(() -> decisions.verifier(agent(REPONDRE, "  ", null, null, null), AU_PREMIER_NIVEAU)))
        .containsExactly(new ErreurChamp(REPONSE, "Écrivez la réponse à l'assuré."));
    assertThat(erreurs(() -> decisions.verifier(agent(DEMANDER_COMPLEMENT, null, null, null, null), AU_PREMIER_NIVEAU)))
        .containsExactly(new ErreurChamp(QUESTION, "Écrivez la question à poser à l'assuré."));
  }

  @Test
  void une_reponse_de_plus_de_4000_caracteres_est_refusee() {
    assertThat(erreurs(() -> decisions.verifier(agent(REPONDRE, "a".repeat(RegleMessage.TEXTE_MAX + 1), null, null, null), AU_PREMIER_NIVEAU)))
        .extracting(ErreurChamp::message).containsExactly("Le texte dépasse 4000 caractères (4001) : raccourcissez-le.");
  }

  @Test
  void transmettre_demande_un_autre_service_connu_et_le_motif_toutes_les_erreurs_a_la_fois() {
    assertThat(erreurs(() -> decisions.verifier(agent(TRANSMETTRE, null, null, "inconnu", null), AU_PREMIER_NIVEAU)))
        .containsExactly(
            new ErreurChamp(SERVICE_CIBLE, "Choisissez le service à qui transmettre le message."),
            new ErreurChamp(MOTIF_TRANSFERT, "Indiquez pourquoi vous transmettez le message."));
    assertThat(erreurs(() -> decisions.verifier(agent(TRANSMETTRE, null, null, PREMIER_NIVEAU, "Question de remboursement"), AU_PREMIER_NIVEAU)))
        .containsExactly(new ErreurChamp(SERVICE_CIBLE, "Le message est déjà dans ce service : choisissez-en un autre."));
    assertThat(decisions.verifier(agent(TRANSMETTRE, null, null, AUTRE_SERVICE, "Question de remboursement"), AU_PREMIER_NIVEAU))
        .isEqualTo(Suite.TRANSMETTRE);
  }

  @Test
  void un_message_n_est_rendu_au_premier_niveau_que_depuis_un_autre_service_avec_ses_elements() {
    assertThat(AU_PREMIER_NIVEAU.peutRendre()).isFalse();
    assertThat(TRANSMIS.peutRendre()).isTrue();
    assertThat(erreurs(() -> decisions.verifier(agent(RENDRE, null, null, null, null), AU_PREMIER_NIVEAU)))
        .containsExactly(
            new ErreurChamp(DECISION, "Le message est déjà au service de premier niveau : il ne peut pas lui être rendu."),
            new ErreurChamp(MOTIF_TRANSFERT, "Indiquez au premier niveau les éléments de réponse ou la raison du renvoi."));
    assertThat(decisions.verifier(agent(RENDRE, null, null, null, "Hors de notre périmètre"), TRANSMIS)).isEqualTo(Suite.RENDRE);
  }

  @Test
  void rendu_le_message_revient_au_premier_niveau_transmis_il_va_au_service_choisi() {
    assertThat(TRANSMIS.apres(Suite.RENDRE, Groupes.RCT)).isEqualTo(PREMIER_NIVEAU);
    assertThat(AU_PREMIER_NIVEAU.apres(Suite.TRANSMETTRE, Groupes.RCT)).isEqualTo(Groupes.RCT);
  }

  @Test
  void le_superviseur_reaffecte_a_un_service_connu_et_a_un_agent_de_ce_service() {
    assertThat(erreurs(() -> decisions.verifier(new ActionSuperviseur(REAFFECTER, "inconnu", null, null))))
        .containsExactly(new ErreurChamp(SERVICE_REAFFECTATION, "Choisissez le service qui traitera le message."));
    when(identites.createUserQuery().userId(anyString()).memberOfGroup(anyString()).count()).thenReturn(0L);
    assertThat(erreurs(() -> decisions.verifier(new ActionSuperviseur(REAFFECTER, AUTRE_SERVICE, " personne ", null))))
        .containsExactly(new ErreurChamp(AGENT_REAFFECTATION, "Aucun agent « personne » dans le service " + Groupes.libelle(AUTRE_SERVICE) + "."));
    when(identites.createUserQuery().userId(anyString()).memberOfGroup(anyString()).count()).thenReturn(1L);
    assertThat(decisions.verifier(new ActionSuperviseur(REAFFECTER, AUTRE_SERVICE, "agent.prestations", null))).isFalse();
    assertThat(decisions.verifier(new ActionSuperviseur(REAFFECTER, AUTRE_SERVICE, "", null))).isFalse();
  }

  @Test
  void le_superviseur_repond_avec_un_texte_ou_doit_choisir_une_action() {
    assertThat(erreurs(() -> decisions.verifier(new ActionSuperviseur(REPONDRE, null, null, ""))))
        .containsExactly(new ErreurChamp(REPONSE_SUPERVISEUR, "Écrivez la réponse à l'assuré."));
    assertThat(erreurs(() -> decisions.verifier(new ActionSuperviseur(null, null, null, null))))
        .containsExactly(new ErreurChamp(ACTION_SUPERVISEUR, "Choisissez de réaffecter le message ou d'y répondre vous-même."));
    assertThat(decisions.verifier(new ActionSuperviseur(REPONDRE, null, null, "Voici la réponse."))).isTrue();
  }

  @Test
  void le_complement_de_l_assure_est_un_texte_et_rend_le_dossier_a_la_cpam() {
    assertThat(erreurs(() -> decisions.recevoirComplement("MS-1", " ")))
        .containsExactly(new ErreurChamp(COMPLEMENT, "Écrivez votre réponse à la question de votre CPAM."));
    verify(traitement, never()).reprendre("MS-1");
    decisions.recevoirComplement("MS-1", "Voici mon attestation.");
    verify(traitement).reprendre("MS-1");
  }

  private static DecisionAgent agent(String decision, String reponse, String question, String service, String motif) {
    return new DecisionAgent(decision, reponse, question, service, motif);
  }

  private static List<ErreurChamp> erreurs(Runnable appel) {
    DemandeInvalideException refus = catchThrowableOfType(appel::run, DemandeInvalideException.class);
    assertThat(refus).as("refusé").isNotNull();
    return refus.erreurs();
  }
}
