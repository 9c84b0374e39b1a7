package fr.cpam.demarches.messagerie;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.commun.ReferenceDossierGenerator;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.messagerie.interne.Conversation;
import fr.cpam.demarches.messagerie.interne.ConversationRepository;
import fr.cpam.demarches.messagerie.interne.NatureEchange;
import fr.cpam.demarches.notification.NotificationService;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the steps of the process {@code MessageAssure} do to the conversation: record the
 * message, the CPAM's question or answer, the citizen's complement, a change of service, the
 * closure, and tell the citizen. Called by the delegates, inside the engine's transaction.
 */
@Service
class TraitementMessageService {

  private static final Logger LOG = LoggerFactory.getLogger(TraitementMessageService.class);
  static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);
  static final DateTimeFormatter JOUR_HEURE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH'h'mm", Locale.FRENCH);

  /** The mention of the voies de recours added to the answer to a réclamation that contests a decision. */
  static final String MENTION_RECOURS =
      "Voies de recours : si vous contestez cette décision, vous pouvez saisir la Commission de recours amiable"
          + " de %s dans un délai de 2 mois à compter de la réception de cette réponse, par courrier ou depuis"
          + " votre messagerie (motif « Droits et démarches », type « Réclamation »). Passé ce délai, la décision"
          + " ne pourra plus être contestée.";

  private final ConversationRepository conversations;
  private final ReferenceDossierGenerator references;
  private final RegleMessage regles;
  private final CompteService comptes;
  private final NotificationService notifications;
  private final TaskService taches;
  private final Clock horloge;

  TraitementMessageService(
      ConversationRepository conversations,
      ReferenceDossierGenerator references,
      RegleMessage regles,
      CompteService comptes,
      NotificationService notifications,
      TaskService taches,
      Clock horloge) {
    this.conversations = conversations;
    this.references = references;
    this.regles = regles;
    this.comptes = comptes;
    this.notifications = notifications;
    this.taches = taches;
    this.horloge = horloge;
  }

  /**
   * A message written in the Tasklist start form: checked again on the server (a refusal rolls
   * the start back and Tasklist shows the message), then recorded under a new reference.
   *
   * @throws DemandeInvalideException every field to correct (motif, type, objet, texte)
   */
  @Transactional
  Conversation enregistrerDepuisTasklist(String titulaire, String motif, String type, String objet, String texte) {
    List<ErreurChamp> erreurs = regles.verifierNouveauMessage(motif, type, objet, texte);
    if (!erreurs.isEmpty()) {
      throw new DemandeInvalideException(erreurs);
    }
    return conversations.save(nouvelle(titulaire, motif, type, objet, texte));
  }

  /** A new conversation with the citizen's first message; the caller has checked the input. */
  Conversation nouvelle(String titulaire, String motif, String type, String objet, String texte) {
    String cpam = compte(titulaire).map(a -> a.cpam().code()).orElse(null);
    TypeMessage genre = type == null || type.isBlank() ? TypeMessage.QUESTION : TypeMessage.deCode(type.strip()).orElseThrow();
    Conversation conversation =
        new Conversation(
            references.nouvelle(MessageAssureProcess.PREFIXE_REFERENCE),
            titulaire,
            cpam,
            Motif.deCode(motif.strip()).orElseThrow(),
            genre,
            objet.strip(), horloge);
    conversation.ajouter(NatureEchange.MESSAGE, titulaire, null, texte.strip(), horloge);
    LOG.info("Message {} reçu (motif {}, {})", conversation.getReference(), conversation.getMotif(), genre.code());
    return conversation;
  }

  /** Whether the conversation exists and is that citizen's. */
  @Transactional(readOnly = true)
  boolean appartientA(String reference, String titulaire) {
    return conversations.findByReference(reference).map(c -> c.getTitulaire().equals(titulaire)).orElse(false);
  }

  /** The service that has the message now and the date by which it must answer. */
  @Transactional
  void confier(String reference, String service, Date echeance) {
    trouver(reference).confier(service, echeance == null ? null : echeance.toInstant());
  }

  @Transactional
  void envoyerReponse(String reference, String auteur, String service, String texte, boolean contestation) {
    Conversation conversation = trouver(reference);
    String reponse = texte.strip();
    if (conversation.getType() == TypeMessage.RECLAMATION && contestation) {
      reponse = reponse + "\n\n" + mentionRecours(conversation);
    }
    conversation.ajouter(NatureEchange.REPONSE, auteur, service, reponse, horloge);
    conversation.cloturer(horloge);
    notifications.notifier(
        conversation.getTitulaire(),
        reference,
        titre("Réponse à votre message « ", conversation.getObjet(), " »"),
        "Votre CPAM a répondu à votre message " + reference + ". Consultez sa réponse dans votre messagerie.");
    LOG.info("Réponse envoyée pour le message {} par le service {}", reference, service);
  }

  String mentionRecours(Conversation conversation) {
    String caisse =
        compte(conversation.getTitulaire()).map(a -> "la " + a.cpam().libelle()).orElse("votre CPAM");
    return String.format(MENTION_RECOURS, caisse);
  }

  /** How long the citizen has to answer the CPAM's question before the request is closed. */
  static final java.time.Duration DELAI_COMPLEMENT = java.time.Duration.ofDays(30);

  /**
   * The CPAM asks the citizen for more: the question joins the conversation and the citizen is
   * told; returns the date by which she must answer ({@link #DELAI_COMPLEMENT}).
   */
  @Transactional
  Date demanderComplement(String reference, String auteur, String service, String question) {
    Date limite = Date.from(java.time.ZonedDateTime.now(horloge).plus(DELAI_COMPLEMENT).toInstant());
    Conversation conversation = trouver(reference);
    conversation.ajouter(NatureEchange.QUESTION, auteur, service, question.strip(), horloge);
    conversation.attendreAssure();
    notifications.notifier(
        conversation.getTitulaire(),
        reference,
        "Votre CPAM a besoin d'un complément",
        "Pour traiter votre message " + reference + ", votre CPAM vous pose une question. Répondez-lui depuis votre"
            + " messagerie avant le " + JOUR.format(limite.toInstant().atZone(Fuseau.PARIS))
            + " : sans réponse, votre demande sera clôturée.");
    return limite;
  }

  /** The conversation in Markdown for the agents' forms. */
  @Transactional(readOnly = true)
  String markdown(String reference) {
    Conversation conversation = trouver(reference);
    String nom = compte(conversation.getTitulaire()).map(Assure::nomComplet).orElse("Assuré");
    return ConversationMarkdown.de(conversation, nom);
  }

  /** The citizen has answered in Tasklist: the CPAM has the dossier again (the text follows, asynchronously). */
  @Transactional
  void reprendre(String reference) {
    trouver(reference).reprendre();
  }

  /** The citizen's answer given in the Tasklist task "Compléter votre demande". */
  @Transactional
  void enregistrerComplement(String reference, String auteur, String texte) {
    Conversation conversation = trouver(reference);
    conversation.ajouter(NatureEchange.COMPLEMENT, auteur, null, texte.strip(), horloge);
    conversation.reprendre();
  }

  /** Passed to another service (TRANSFERT) or handed back to the first level (RENVOI), with the reason. */
  @Transactional
  void changerService(String reference, NatureEchange nature, String auteur, String de, String vers, String motif) {
    Conversation conversation = trouver(reference);
    String note = (nature == NatureEchange.RENVOI ? "Rendu au service " : "Transmis au service ")
        + Services.libelle(vers) + " : " + motif.strip();
    conversation.ajouter(nature, auteur, de, note, horloge);
    conversation.confier(vers, conversation.getDateEcheance());
  }

  /**
   * A supervisor gives the late message to another service, and to one of its agents when named:
   * the conversation says so, and the open "Traiter le message" of the dossier goes to that
   * service alone (its candidate group) and to that agent (its assignee; nobody when none is named).
   */
  @Transactional
  void reaffecter(String reference, String processInstanceId, String auteur, String de, String vers, String agent) {
    String nomAgent = agent == null || agent.isBlank() ? null : agent.strip();
    Conversation conversation = trouver(reference);
    String note = "Délai dépassé : réaffecté au service " + Services.libelle(vers)
        + (nomAgent == null ? "" : " (" + nomAgent + ")") + " par l'encadrement.";
    conversation.ajouter(NatureEchange.REAFFECTATION, auteur, de, note, horloge);
    conversation.confier(vers, conversation.getDateEcheance());
    for (Task tache : taches.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(MessageAssureProcess.TACHE_TRAITER).list()) {
      taches.getIdentityLinksForTask(tache.getId()).stream()
          .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
          .forEach(l -> taches.deleteCandidateGroup(tache.getId(), l.getGroupId()));
      taches.addCandidateGroup(tache.getId(), vers);
      taches.setAssignee(tache.getId(), nomAgent);
    }
  }

  /** No complement within 30 days: the dossier closes with a note the citizen reads. */
  @Transactional
  void cloreSansReponse(String reference) {
    Conversation conversation = trouver(reference);
    conversation.ajouter(
        NatureEchange.CLOTURE,
        "systeme",
        conversation.getServiceActuel(),
        "Sans réponse de votre part dans le délai de 30 jours, votre demande est clôturée. Si vous en avez encore"
            + " besoin, écrivez un nouveau message en rappelant la référence " + reference + ".", horloge);
    conversation.cloturer(horloge);
    notifications.notifier(
        conversation.getTitulaire(),
        reference,
        titre("Demande clôturée : « ", conversation.getObjet(), " »"),
        "Votre CPAM n'a pas reçu le complément demandé pour votre message " + reference
            + " : la demande est clôturée. Vous pouvez écrire un nouveau message.");
    LOG.info("Message {} clos faute de complément", reference);
  }

  @Transactional(readOnly = true)
  Conversation trouver(String reference) {
    return conversations
        .findByReference(reference)
        .orElseThrow(() -> new IllegalStateException("Conversation introuvable : " + reference));
  }

  Optional<Assure> compte(String titulaire) {
    return titulaire != null && titulaire.length() == 13 ? comptes.trouver(Nir.depuisIdentifiant(titulaire)) : Optional.empty();
  }

  static String enClair(Instant instant) {
    return instant == null ? "" : JOUR_HEURE.format(instant.atZone(Fuseau.PARIS));
  }

  private static String titre(String debut, String objet, String fin) {
    int place = 150 - debut.length() - fin.length();
    String coupe = objet.length() > place ? objet.substring(0, place - 1) + "…" : objet;
    return debut + coupe + fin;
  }
}
