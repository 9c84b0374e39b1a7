package fr.cpam.demarches.messagerie;

import static fr.cpam.demarches.messagerie.MessageAssureProcess.*;

import fr.cpam.demarches.commun.ConflitException;
import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.DonneesDuServeur;
import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.MoteurAuthentifie;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import fr.cpam.demarches.messagerie.interne.ApercuConversation;
import fr.cpam.demarches.messagerie.interne.Conversation;
import fr.cpam.demarches.messagerie.interne.ConversationRepository;
import fr.cpam.demarches.messagerie.interne.Echange;
import fr.cpam.demarches.messagerie.interne.NatureEchange;
import fr.cpam.demarches.messagerie.interne.PieceJointe;
import fr.cpam.demarches.messagerie.interne.PieceJointeRepository;
import fr.cpam.demarches.messagerie.interne.StatutConversation;
import fr.cpam.demarches.notification.NotificationService;
import fr.cpam.demarches.notification.NotificationVue;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The messagerie as the citizen uses it: write, reply, read the inbox and a conversation; and
 * as an agent reads a conversation. Each request is one transaction: a refused request leaves
 * nothing behind, and the process starts (or resumes) inside it.
 */
@Service
public class MessagerieService {

  /** One line of the inbox: a conversation with the CPAM or a notification of another procedure. */
  public record ElementBoite(
      String genre, String reference, Long notificationId, String titre, String detail, String statut, Instant date, long nonLus) {}

  public record Boite(List<ElementBoite> elements, int page, int taille, long total, long nonLus, long conversationsNonLues, long notificationsNonLues) {}

  private static final Set<NatureEchange> POUR_L_ASSURE = NatureEchange.pourLAssureToutes();

  private final ConversationRepository conversations;
  private final PieceJointeRepository piecesJointes;
  private final TraitementMessageService traitement;
  private final RegleMessage regles;
  private final CompteService comptes;
  private final NotificationService notifications;
  private final MoteurAuthentifie moteur;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final Clock horloge;

  MessagerieService(
      ConversationRepository conversations,
      PieceJointeRepository piecesJointes,
      TraitementMessageService traitement,
      RegleMessage regles,
      CompteService comptes,
      NotificationService notifications,
      MoteurAuthentifie moteur,
      RuntimeService runtimeService,
      TaskService taskService, Clock horloge) {
    this.conversations = conversations;
    this.piecesJointes = piecesJointes;
    this.traitement = traitement;
    this.regles = regles;
    this.comptes = comptes;
    this.notifications = notifications;
    this.moteur = moteur;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.horloge = horloge;
  }

  /** The citizen writes to their CPAM: the message is recorded and the procedure starts. */
  @Transactional
  Conversation envoyer(String motif, String type, String objet, String texte, List<Fichier> fichiers) {
    List<ErreurChamp> erreurs = new ArrayList<>(regles.verifierNouveauMessage(motif, type, objet, texte));
    erreurs.addAll(regles.verifierPiecesJointes(fichiers));
    refuserSi(erreurs);
    comptes.compteConnecte();
    Conversation conversation = traitement.nouvelle(UtilisateurConnecte.idObligatoire(), motif, type, objet, texte);
    joindre(conversation.getEchanges().get(0), fichiers);
    conversations.save(conversation);
    // The conversation is recorded: the process takes it from our code, not from variables a
    // request could send (EnregistrerMessageDelegate).
    DonneesDuServeur.avec(Map.of(REFERENCE, conversation.getReference()),
        () -> moteur.executer(() -> runtimeService.startProcessInstanceByKey(CLE)));
    return conversation;
  }

  /**
   * The citizen replies in an open conversation. When the CPAM asked them for more, the reply
   * is the complement the process waits for; otherwise it joins the conversation the agent reads.
   */
  @Transactional
  Echange repondre(String reference, String texte, List<Fichier> fichiers) {
    return repondre(reference, UtilisateurConnecte.idObligatoire(), texte, fichiers);
  }

  /** The same, for the conversation's citizen named (her engine id), outside any request of hers. */
  @Transactional
  Echange repondre(String reference, String assure, String texte, List<Fichier> fichiers) {
    Conversation conversation = deLAssure(reference, assure);
    if (conversation.estCloturee()) {
      throw new ConflitException(
          "reference", "La conversation " + reference + " est clôturée : écrivez un nouveau message pour une nouvelle demande.");
    }
    List<ErreurChamp> erreurs = new ArrayList<>();
    regles.verifierTexte("texte", texte, "Écrivez votre réponse.").ifPresent(erreurs::add);
    erreurs.addAll(regles.verifierPiecesJointes(fichiers));
    refuserSi(erreurs);
    boolean complement = conversation.getStatut() == StatutConversation.EN_ATTENTE_ASSURE;
    Echange echange =
        conversation.ajouter(
            complement ? NatureEchange.COMPLEMENT : NatureEchange.MESSAGE, conversation.getTitulaire(), null, texte.strip(), horloge);
    joindre(echange, fichiers);
    conversations.saveAndFlush(conversation);
    if (complement) {
      conversation.reprendre();
      runtimeService.createMessageCorrelation(MESSAGE_COMPLEMENT_RECU).processInstanceBusinessKey(reference).correlate();
    } else {
      // The agents' open tasks show the conversation (a variable of each task, FormulairesMessagerie).
      String markdown = traitement.markdown(reference);
      taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKeyIn(TACHE_TRAITER, TACHE_EN_RETARD).list()
          .forEach(t -> taskService.setVariableLocal(t.getId(), CONVERSATION, markdown));
    }
    return echange;
  }

  /** The inbox: conversations and notifications of the other procedures, newest first. */
  @Transactional(readOnly = true)
  public Boite boite(int page, int taille) {
    String moi = UtilisateurConnecte.idObligatoire();
    // Both lists newest first: the page requested is among the first (page + 1) × size of their merge.
    int premiers = (page + 1) * taille;
    List<ApercuConversation> siennes = conversations.apercus(moi, POUR_L_ASSURE, PageRequest.of(0, premiers));
    ApercuConversation.Totaux totaux = conversations.totaux(moi, POUR_L_ASSURE);
    Page<NotificationVue> autres = notifications.deHorsDossiers(moi, PREFIXE_REFERENCE, PageRequest.of(0, premiers));
    List<ElementBoite> tous = new ArrayList<>();
    siennes.forEach(a -> {
      Conversation c = a.conversation();
      tous.add(new ElementBoite(
          "CONVERSATION", c.getReference(), null, c.getObjet(), c.getMotif().libelle(), c.getStatut().libelle(),
          c.getDerniereActivite(), a.nonLus()));
    });
    autres.forEach(n -> tous.add(new ElementBoite(
        "NOTIFICATION", n.referenceDossier(), n.id(), n.titre(), n.texte(), null,
        n.creeLe(), n.lue() ? 0 : 1)));
    tous.sort(Comparator.comparing(ElementBoite::date).reversed());
    List<ElementBoite> pageDemandee = tous.stream().skip((long) page * taille).limit(taille).toList();
    long notificationsNonLues = notifications.nonLuesHorsDossiers(moi, PREFIXE_REFERENCE);
    return new Boite(
        pageDemandee, page, taille, totaux.conversations() + autres.getTotalElements(),
        totaux.nonLues() + notificationsNonLues, totaux.nonLues(), notificationsNonLues);
  }

  /** The citizen writes to her CPAM (Mon espace): the same checks as the API; returns the reference. */
  @Transactional
  public String ecrire(String motif, String type, String objet, String texte, List<Fichier> fichiers) {
    return envoyer(motif, type, objet, texte, fichiers).getReference();
  }

  /** The citizen answers in one of her conversations (Mon espace): the same checks as the API. */
  @Transactional
  public void repondreA(String reference, String texte, List<Fichier> fichiers) {
    repondre(reference, texte, fichiers);
  }

  /** The citizen reads one of her conversations: shown as she sees it, and marked as read. */
  @Transactional
  public ConversationVue lireEtMarquerLue(String reference) {
    return ConversationVue.pourAssure(marquerLue(reference));
  }

  /** The motifs a citizen chooses from, in their order (code, words). */
  public static List<ConversationVue.Code> motifs() {
    return java.util.Arrays.stream(Motif.values()).map(m -> new ConversationVue.Code(m.name(), m.libelle())).toList();
  }

  /** The kinds of message (code, words): question by default. */
  public static List<ConversationVue.Code> types() {
    return java.util.Arrays.stream(TypeMessage.values()).map(t -> new ConversationVue.Code(t.code(), t.libelle())).toList();
  }

  /** What the citizen has not read yet: conversations with an unread entry of the CPAM, and notifications. */
  @Transactional(readOnly = true)
  public long nonLus() {
    String moi = UtilisateurConnecte.idObligatoire();
    return conversations.totaux(moi, POUR_L_ASSURE).nonLues() + notifications.nonLuesHorsDossiers(moi, PREFIXE_REFERENCE);
  }

  /** A conversation the caller may read: their own (citizen), or one of their services' (agent). */
  @Transactional(readOnly = true)
  Conversation lire(String reference) {
    if (UtilisateurConnecte.estAssure()) {
      return deLAssure(reference);
    }
    Conversation conversation = conversations.findByReference(reference).orElseThrow(() -> introuvable(reference));
    List<String> groupes = UtilisateurConnecte.groupes();
    if (groupes.contains(Groupes.SUPERVISEURS) || conversation.servicesConcernes().stream().anyMatch(groupes::contains)) {
      conversation.getEchanges().forEach(e -> e.getPiecesJointes().size());
      return conversation;
    }
    throw introuvable(reference);
  }

  /** The citizen has read the CPAM's messages of a conversation (and the alerts about it). */
  @Transactional
  Conversation marquerLue(String reference) {
    Conversation conversation = deLAssure(reference);
    conversation.marquerLu(horloge);
    notifications.marquerLuesDuDossier(conversation.getTitulaire(), reference);
    return conversation;
  }

  @Transactional(readOnly = true)
  PieceJointe pieceJointe(String reference, Long id) {
    lire(reference);
    PieceJointe piece =
        piecesJointes
            .findByIdAndEchangeConversationReference(id, reference)
            .orElseThrow(() -> new IntrouvableException("Aucune pièce jointe " + id + " dans la conversation " + reference + "."));
    if (UtilisateurConnecte.estAssure() && !piece.getEchange().visibleAssure()) {
      throw new IntrouvableException("Aucune pièce jointe " + id + " dans la conversation " + reference + ".");
    }
    piece.getContenu();
    return piece;
  }

  private Conversation deLAssure(String reference) {
    return deLAssure(reference, UtilisateurConnecte.idObligatoire());
  }

  private Conversation deLAssure(String reference, String moi) {
    Conversation conversation =
        conversations.findByReference(reference).filter(c -> c.getTitulaire().equals(moi)).orElseThrow(() -> introuvable(reference));
    conversation.getEchanges().forEach(e -> e.getPiecesJointes().size());
    return conversation;
  }

  private static IntrouvableException introuvable(String reference) {
    return new IntrouvableException("Aucune conversation " + reference + " dans votre messagerie.");
  }

  private static void joindre(Echange echange, List<Fichier> fichiers) {
    for (Fichier f : fichiers) {
      echange.joindre(RegleMessage.nomPropre(f.nom()), RegleMessage.typeMime(f.nom()), f.contenu());
    }
  }

  private static void refuserSi(List<ErreurChamp> erreurs) {
    if (!erreurs.isEmpty()) {
      throw new DemandeInvalideException(erreurs);
    }
  }
}
