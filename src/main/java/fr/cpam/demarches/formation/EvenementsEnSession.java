package fr.cpam.demarches.formation;

import fr.cpam.demarches.engine.AjoutAuxProcessus;
import fr.cpam.demarches.engine.Locataires;
import fr.cpam.demarches.engine.MoteurAuthentifie;
import fr.cpam.demarches.engine.ProcessusDeploye;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Plays, in a live session, what the outside world does after a learner's task: the events a
 * scenario declares {@code apres} a task (the employer's new attestation, the citizen's answer to
 * a request for more, a prolongation, the card factory's refusal of an order) and the fictitious citizen's own tasks (the photo and
 * identity document asked for a card). Without it a learner's dossier would stall after that task.
 *
 * <p>When: after the commit of the transaction that completed an agent task of a session's
 * dossier, or that brought the dossier to a place where it waits for the outside (the arrêt's
 * wait for an attestation, the citizen's "compléter votre demande", her pieces, the card's wait
 * for the factory). An event is
 * played once the learner has done its task and the dossier waits for it ({@link
 * Partie#attend}); until then it stays due and the next of these moments plays it. Listeners
 * added to every model when it is parsed ({@link AjoutAuxProcessus}); they return at once for a
 * dossier outside a training tenant (production pays nothing).
 *
 * <p>Once only: each event is played in its own transaction that first writes its row of
 * {@code formation_evenement} (unique by tenant, dossier and rank): two moments, or two nodes,
 * never play it twice. An event that fails is not lost: its row says {@code echec} with the
 * reason, and the dossier gets an engine incident ({@value #INCIDENT}) that the trainer sees on
 * the progress page and in Cockpit.
 */
@Component
class EvenementsEnSession implements AjoutAuxProcessus {

  private static final Logger LOG = LoggerFactory.getLogger(EvenementsEnSession.class);

  /** The engine incident's type of an event that could not be played. */
  static final String INCIDENT = "formationEvenement";

  /** The rank of the citizen's pieces in {@code formation_evenement}: a failure there, kept not to retry it at every moment. */
  static final int PIECES = -1;

  /** Where a dossier waits for the outside world (the models' ids). */
  static final List<String> ATTENTES = List.of("Task_AttendreAttestation", Partie.TACHE_COMPLEMENT, Partie.TACHE_PIECES,
      "Task_AttendreFabrication");

  /** The dossiers being played on this thread: a moment reached while playing one is taken by the loop that plays it. */
  private static final ThreadLocal<Set<String>> EN_COURS = ThreadLocal.withInitial(HashSet::new);

  private final ObjectProvider<Scenarios> scenarios;
  private final ObjectProvider<DecisionsDesStagiaires> decisions;
  private final ObjectProvider<Partie> partie;
  private final ObjectProvider<JdbcTemplate> jdbc;
  private final ObjectProvider<PlatformTransactionManager> transactions;
  private final ObjectProvider<RuntimeService> runtimeService;
  private final ObjectProvider<MoteurAuthentifie> moteur;
  private final ObjectProvider<Clock> horloge;

  EvenementsEnSession(ObjectProvider<Scenarios> scenarios, ObjectProvider<DecisionsDesStagiaires> decisions,
      ObjectProvider<Partie> partie, ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<PlatformTransactionManager> transactions,
      ObjectProvider<RuntimeService> runtimeService, ObjectProvider<MoteurAuthentifie> moteur, ObjectProvider<Clock> horloge) {
    this.scenarios = scenarios;
    this.decisions = decisions;
    this.partie = partie;
    this.jdbc = jdbc;
    this.transactions = transactions;
    this.runtimeService = runtimeService;
    this.moteur = moteur;
    this.horloge = horloge;
  }

  @Override
  public void auDeploiement(ProcessusDeploye processus) {
    ExecutionListener moment = this::apresLaTransaction;
    for (String tache : scenarios.getObject().tachesDAgent(processus.cle())) {
      try {
        processus.aLaFinDe(tache, moment);
      } catch (IllegalStateException tacheDUnModeleAppele) {
        // The task belongs to a model this one calls: its own parse adds the listener.
      }
    }
    for (String attente : ATTENTES) {
      try {
        processus.auDebutDe(attente, moment);
      } catch (IllegalStateException pasDansCeModele) {
        // Not a place of this model.
      }
    }
  }

  /** A moment of a session's dossier: what is due is played once this transaction is committed. */
  void apresLaTransaction(DelegateExecution execution) {
    String locataire = execution.getTenantId();
    String reference = execution.getProcessBusinessKey();
    if (locataire == null || reference == null || execution.isCanceled() || !TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    Dossier dossier = new Dossier(locataire, reference);
    if (TransactionSynchronizationManager.getSynchronizations().contains(dossier)) {
      return;
    }
    TransactionSynchronizationManager.registerSynchronization(dossier);
  }

  /** The synchronization of one dossier in one transaction (equal by dossier: registered once). */
  private final class Dossier implements TransactionSynchronization {
    private final String locataire;
    private final String reference;

    Dossier(String locataire, String reference) {
      this.locataire = locataire;
      this.reference = reference;
    }

    @Override
    public void afterCommit() {
      jouer(locataire, reference);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Dossier d && d.locataire.equals(locataire) && d.reference.equals(reference);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(locataire, reference);
    }
  }

  /** Plays what is due in the dossier of that learner's tenant, until it waits for the learner or the trainer's clock. */
  void jouer(String locataire, String reference) {
    String cle = locataire + "/" + reference;
    if (!EN_COURS.get().add(cle)) {
      return;
    }
    try {
      List<Map<String, Object>> lignes = jdbc.getObject().queryForList("select d.scenario, d.nir from formation_dossier d"
          + " join formation_stagiaire t on t.id = d.stagiaire_id where t.locataire = ? and d.reference = ?", locataire, reference);
      if (lignes.isEmpty()) {
        return;
      }
      Scenario scenario = decisions.getObject().scenario((String) lignes.get(0).get("scenario"));
      if (scenario == null) {
        return;
      }
      Partie.AssureFictif assure = Partie.assure((String) lignes.get(0).get("nir"), null);
      // The outside world acts in the CPAM's name, as the job executor does: not as the learner
      // whose request committed the task (their authorizations are not the employer's).
      moteur.getObject().executerCommeSysteme(() -> Locataires.pendant(locataire, () -> {
        for (int tour = 0; tour < 20 && unTour(locataire, reference, scenario, assure); tour++) {
          // Something was played: what it led to may be due in turn.
        }
        return null;
      }));
    } finally {
      EN_COURS.get().remove(cle);
    }
  }

  private boolean unTour(String locataire, String reference, Scenario scenario, Partie.AssureFictif assure) {
    JdbcTemplate sql = jdbc.getObject();
    Set<String> faites = new HashSet<>(sql.queryForList(
        "select distinct tache from formation_decision where locataire = ? and reference = ?", String.class, locataire, reference));
    Set<Integer> joues = new HashSet<>(sql.queryForList(
        "select indice from formation_evenement where locataire = ? and reference = ?", Integer.class, locataire, reference));
    boolean fait = false;
    for (int i = 0; i < scenario.evenements().size(); i++) {
      Scenario.Evenement e = scenario.evenements().get(i);
      if (e.apres() != null && faites.contains(e.apres()) && !joues.contains(i) && partie.getObject().attend(e, reference)) {
        fait |= jouerUn(locataire, reference, scenario, i, e, assure);
      }
    }
    if (!joues.contains(PIECES)) {
      try {
        fait |= Boolean.TRUE.equals(nouvelleTransaction().execute(s -> partie.getObject().repondreCommeAssure(reference, assure)));
      } catch (RuntimeException ex) {
        signaler(locataire, reference, PIECES, "Les pièces de l'assurée fictive (" + scenario.fichier() + ") n'ont pas pu être"
            + " transmises : " + ex.getMessage(), ex);
      }
    }
    return fait;
  }

  private boolean jouerUn(String locataire, String reference, Scenario scenario, int indice, Scenario.Evenement e,
      Partie.AssureFictif assure) {
    try {
      nouvelleTransaction().executeWithoutResult(s -> {
        inserer(locataire, reference, indice, "joue", null);
        partie.getObject().evenement(e, reference, assure);
      });
      LOG.info("Formation : événement {} de {} (ligne {}) joué dans le dossier {}", e.type(), scenario.fichier(), e.ligne(), reference);
      return true;
    } catch (DuplicateKeyException dejaJoue) {
      return false;
    } catch (RuntimeException ex) {
      signaler(locataire, reference, indice, "L'événement « " + e.type() + " » de " + scenario.fichier() + " (ligne " + e.ligne()
          + ") n'a pas pu se produire : " + ex.getMessage(), ex);
      return false;
    }
  }

  /** An event not played: its row says so, and the dossier gets an incident the trainer sees. */
  private void signaler(String locataire, String reference, int indice, String message, RuntimeException cause) {
    String texte = message.length() > 1000 ? message.substring(0, 1000) : message;
    LOG.warn("Formation : dossier {} : {}", reference, texte, cause);
    try {
      nouvelleTransaction().executeWithoutResult(s -> {
        inserer(locataire, reference, indice, "echec", texte);
        // The incident stands where the dossier waits (an execution at an activity of one of its instances).
        RuntimeService moteur = runtimeService.getObject();
        for (ProcessInstance instance : moteur.createProcessInstanceQuery().processInstanceBusinessKey(reference).active().list()) {
          List<String> activites = moteur.getActiveActivityIds(instance.getId());
          if (!activites.isEmpty()) {
            String execution = moteur.createExecutionQuery().processInstanceId(instance.getId()).activityId(activites.get(0)).list()
                .get(0).getId();
            moteur.createIncident(INCIDENT, execution, String.valueOf(indice), texte);
            break;
          }
        }
      });
    } catch (DuplicateKeyException dejaSignale) {
      // Another moment recorded it first.
    }
  }

  private void inserer(String locataire, String reference, int indice, String etat, String message) {
    jdbc.getObject().update("insert into formation_evenement (locataire, reference, indice, etat, message, joue_le)"
            + " values (?, ?, ?, ?, ?, ?)",
        locataire, reference, indice, etat, message, Timestamp.from(horloge.getObject().instant()));
  }

  private TransactionTemplate nouvelleTransaction() {
    TransactionTemplate t = new TransactionTemplate(transactions.getObject());
    t.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    return t;
  }
}
