package fr.cpam.demarches.messagerie;

import fr.cpam.demarches.commun.SuiviDossiers;
import fr.cpam.demarches.messagerie.interne.Conversation;
import fr.cpam.demarches.messagerie.interne.ConversationRepository;
import fr.cpam.demarches.messagerie.interne.NatureEchange;
import fr.cpam.demarches.messagerie.interne.StatutConversation;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's messages to her CPAM in "Mes démarches": each conversation is a dossier, its
 * visible exchanges are its steps (never the agents' internal notes, never the texts: the
 * conversation itself is in the Messagerie).
 */
@Component
class SuiviConversations implements SuiviDossiers {

  static final String THEMATIQUE = "messagerie";

  private final ConversationRepository conversations;

  SuiviConversations(ConversationRepository conversations) {
    this.conversations = conversations;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Dossier> recents(String compte, int nombre) {
    return conversations.findByTitulaireOrderByCreeLeDescIdDesc(compte, PageRequest.of(0, nombre)).stream()
        .map(c -> vue(c, List.of()))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public long nombre(String compte) {
    return conversations.countByTitulaire(compte);
  }

  @Override
  public boolean peutTenir(String reference) {
    return SuiviDossiers.prefixee(reference, MessageAssureProcess.PREFIXE_REFERENCE);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Dossier> dossier(String compte, String reference) {
    return conversations.findByReference(reference)
        .filter(c -> c.getTitulaire().equals(compte))
        .map(c -> vue(c, c.getEchanges().stream()
            .filter(e -> e.getNature().visibleAssure())
            .map(e -> new Etape(e.getCreeLe(), libelle(e.getNature()), null))
            .toList()));
  }

  static String libelle(NatureEchange nature) {
    return switch (nature) {
      case MESSAGE -> "Votre message envoyé";
      case COMPLEMENT -> "Votre complément envoyé";
      case QUESTION -> "Votre CPAM vous demande un complément";
      case REPONSE -> "Réponse de votre CPAM";
      case CLOTURE -> "Conversation close par votre CPAM";
      default -> "Message transmis à un autre service";
    };
  }

  private static Dossier vue(Conversation c, List<Etape> etapes) {
    Attente attente = c.getStatut() == StatutConversation.EN_ATTENTE_ASSURE
        ? new Attente("Votre CPAM attend votre réponse à sa question.", "Répondre", null)
        : null;
    return new Dossier(c.getReference(), "Message à votre CPAM : « " + c.getObjet() + " »", null,
        c.getStatut().libelle(), c.getStatut() != StatutConversation.CLOTUREE, c.getCreeLe(), etapes, attente, THEMATIQUE, List.of());
  }
}
