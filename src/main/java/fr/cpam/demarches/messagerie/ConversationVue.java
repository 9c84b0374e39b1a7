package fr.cpam.demarches.messagerie;

import fr.cpam.demarches.messagerie.interne.Conversation;
import fr.cpam.demarches.messagerie.interne.Echange;
import fr.cpam.demarches.messagerie.interne.StatutConversation;
import java.time.Instant;
import java.util.List;

/**
 * A conversation as the API shows it. The citizen sees the CPAM's entries signed by a service,
 * never by an agent, and no internal note; an agent also sees the notes and who wrote what.
 */
public record ConversationVue(
    String reference,
    Code motif,
    Code type,
    String objet,
    Code statut,
    String service,
    Instant reponseAttendueLe,
    Instant creeLe,
    Instant clotureLe,
    boolean peutRepondre,
    List<EchangeVue> echanges) {

  public record Code(String code, String libelle) {}

  public record EchangeVue(
      Long id, String nature, String de, String service, String auteur, Instant date, String texte, Boolean lu, List<PieceJointeVue> piecesJointes) {}

  public record PieceJointeVue(Long id, String nom, String type, long taille, String lien) {}

  static ConversationVue pourAssure(Conversation c) {
    return de(c, false);
  }

  static ConversationVue pourAgent(Conversation c) {
    return de(c, true);
  }

  private static ConversationVue de(Conversation c, boolean agent) {
    List<EchangeVue> echanges =
        c.getEchanges().stream().filter(e -> agent || e.visibleAssure()).map(e -> echange(c, e, agent)).toList();
    return new ConversationVue(
        c.getReference(),
        new Code(c.getMotif().name(), c.getMotif().libelle()),
        new Code(c.getType().code(), c.getType().libelle()),
        c.getObjet(),
        new Code(c.getStatut().name(), c.getStatut().libelle()),
        Services.libelle(c.getServiceActuel()),
        c.getStatut() == StatutConversation.EN_COURS ? c.getDateEcheance() : null,
        c.getCreeLe(),
        c.getClotureLe(),
        !c.estCloturee(),
        echanges);
  }

  private static EchangeVue echange(Conversation c, Echange e, boolean agent) {
    boolean assure = e.getNature().deLAssure();
    return new EchangeVue(
        e.getId(),
        e.getNature().name(),
        assure ? "ASSURE" : "CPAM",
        assure ? null : Services.libelle(e.getService()),
        agent ? e.getAuteur() : null,
        e.getCreeLe(),
        e.getTexte(),
        assure ? null : e.getLuLe() != null,
        e.getPiecesJointes().stream()
            .map(p -> new PieceJointeVue(
                p.getId(), p.getNomFichier(), p.getTypeContenu(), p.getTaille(),
                "/api/messagerie/conversations/" + c.getReference() + "/pieces-jointes/" + p.getId()))
            .toList());
  }
}
