package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.messagerie.interne.Conversation;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;

/**
 * The rules of what the agents and the supervisors decide on a message ("Traiter le message",
 * "Message en retard") and of the citizen's complement ("Compléter votre demande"), checked on
 * the server whatever the browser checked, every field in error at once; and the header the
 * agents' forms show. A refusal is a {@link DemandeInvalideException} with its fields; the form
 * glue ({@link FormulairesMessagerie}) turns it into the Tasklist form error.
 */
@Service
class DecisionsTraitement {

  /** What the agent does with the message: the values of the form's {@code decision}. */
  enum Suite {
    REPONDRE(MessageAssureProcess.REPONDRE),
    DEMANDER_COMPLEMENT(MessageAssureProcess.DEMANDER_COMPLEMENT),
    TRANSMETTRE(MessageAssureProcess.TRANSMETTRE),
    RENDRE(MessageAssureProcess.RENDRE);

    final String code;

    Suite(String code) {
      this.code = code;
    }

    static java.util.Optional<Suite> deCode(String code) {
      return java.util.Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
  }

  /** Where the message is: the service that has it and the first-level service of its motif. */
  record Affectation(String groupeTraitant, String groupePremierNiveau) {

    /** Only a message passed on to another service may be handed back to the first level. */
    boolean peutRendre() {
      return !Objects.equals(groupeTraitant, groupePremierNiveau);
    }

    /** Where the message goes: back to the first level when handed back, else to the service chosen. */
    String apres(Suite suite, String serviceCible) {
      return suite == Suite.RENDRE ? groupePremierNiveau : serviceCible;
    }
  }

  /** The agent's answers on "Traiter le message", as given. */
  record DecisionAgent(String decision, String reponse, String question, String serviceCible, String motifTransfert) {}

  /** The supervisor's answers on "Message en retard", as given. */
  record ActionSuperviseur(String action, String service, String agent, String reponse) {}

  private final RegleMessage regles;
  private final TraitementMessageService traitement;
  private final IdentityService identites;

  DecisionsTraitement(RegleMessage regles, TraitementMessageService traitement, IdentityService identites) {
    this.regles = regles;
    this.traitement = traitement;
    this.identites = identites;
  }

  /**
   * The agent's decision: a known one, with its text (the answer, the question), and for a
   * transfer another service and the reason; a message goes back to the first level only from
   * another service, with what the first level needs to answer.
   *
   * @throws DemandeInvalideException every field to correct (decision, reponse, question, serviceCible, motifTransfert)
   */
  Suite verifier(DecisionAgent d, Affectation ou) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    Suite suite = d.decision() == null ? null : Suite.deCode(d.decision()).orElse(null);
    if (suite == null) {
      erreurs.add(new ErreurChamp(DECISION, "Choisissez la suite à donner au message."));
    } else {
      switch (suite) {
        case REPONDRE -> regles.verifierTexte(REPONSE, d.reponse(), "Écrivez la réponse à l'assuré.").ifPresent(erreurs::add);
        case DEMANDER_COMPLEMENT ->
            regles.verifierTexte(QUESTION, d.question(), "Écrivez la question à poser à l'assuré.").ifPresent(erreurs::add);
        case TRANSMETTRE -> {
          if (!Services.estService(d.serviceCible())) {
            erreurs.add(new ErreurChamp(SERVICE_CIBLE, "Choisissez le service à qui transmettre le message."));
          } else if (d.serviceCible().equals(ou.groupeTraitant())) {
            erreurs.add(new ErreurChamp(SERVICE_CIBLE, "Le message est déjà dans ce service : choisissez-en un autre."));
          }
          regles.verifierTexte(MOTIF_TRANSFERT, d.motifTransfert(), "Indiquez pourquoi vous transmettez le message.")
              .ifPresent(erreurs::add);
        }
        case RENDRE -> {
          if (!ou.peutRendre()) {
            erreurs.add(new ErreurChamp(DECISION, "Le message est déjà au service de premier niveau : il ne peut pas lui être rendu."));
          }
          regles.verifierTexte(MOTIF_TRANSFERT, d.motifTransfert(), "Indiquez au premier niveau les éléments de réponse ou la raison du renvoi.")
              .ifPresent(erreurs::add);
        }
      }
    }
    refuserSi(erreurs);
    return suite;
  }

  /**
   * The supervisor's action on a late message: give it to a known service (and, if named, to an
   * agent of that service), or answer it with a text.
   *
   * @return true when the supervisor answers, false when she reassigns
   * @throws DemandeInvalideException every field to correct (actionSuperviseur, serviceReaffectation, agentReaffectation, reponseSuperviseur)
   */
  boolean verifier(ActionSuperviseur a) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    if (REAFFECTER.equals(a.action())) {
      if (!Services.estService(a.service())) {
        erreurs.add(new ErreurChamp(SERVICE_REAFFECTATION, "Choisissez le service qui traitera le message."));
      } else if (a.agent() != null && !a.agent().isBlank()
          && identites.createUserQuery().userId(a.agent().strip()).memberOfGroup(a.service()).count() == 0) {
        erreurs.add(new ErreurChamp(AGENT_REAFFECTATION,
            "Aucun agent « " + a.agent().strip() + " » dans le service " + Services.libelle(a.service()) + "."));
      }
    } else if (REPONDRE.equals(a.action())) {
      regles.verifierTexte(REPONSE_SUPERVISEUR, a.reponse(), "Écrivez la réponse à l'assuré.").ifPresent(erreurs::add);
    } else {
      erreurs.add(new ErreurChamp(ACTION_SUPERVISEUR, "Choisissez de réaffecter le message ou d'y répondre vous-même."));
    }
    refuserSi(erreurs);
    return REPONDRE.equals(a.action());
  }

  /**
   * The citizen's answer to the CPAM's question, given in Tasklist: a text within the limits; the
   * CPAM then has the dossier again (the text is recorded by the step that follows).
   *
   * @throws DemandeInvalideException complement
   */
  void recevoirComplement(String reference, String complement) {
    regles.verifierTexte(COMPLEMENT, complement, "Écrivez votre réponse à la question de votre CPAM.")
        .ifPresent(e -> refuserSi(List.of(e)));
    traitement.reprendre(reference);
  }

  /** What the agents' forms show above the conversation: the dossier, its motif and kind, object, service and due date. */
  String entete(String reference, Date echeance) {
    Conversation conversation = traitement.trouver(reference);
    return "**Dossier " + reference + "** — " + conversation.getMotif().libelle() + " — "
        + conversation.getType().libelle() + "  \nObjet : " + ConversationMarkdown.echapper(conversation.getObjet())
        + "  \nService : " + Services.libelle(conversation.getServiceActuel())
        + "  \nRéponse attendue au plus tard le "
        + TraitementMessageService.enClair(echeance == null ? null : echeance.toInstant());
  }

  private static void refuserSi(List<ErreurChamp> erreurs) {
    if (!erreurs.isEmpty()) {
      throw new DemandeInvalideException(erreurs);
    }
  }
}
