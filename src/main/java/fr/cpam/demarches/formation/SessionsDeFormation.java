package fr.cpam.demarches.formation;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.commun.OubliDeFormation;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.engine.JournalDesOperations;
import fr.cpam.demarches.engine.Locataires;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Training sessions: a trainer creates one (title, dates, number of learners, scenarios); each
 * learner gets an account {@code stagiaire-<session>-NN} with a one-time password, the groups
 * their scenarios need, an engine tenant of their own, and their own copy of every scenario's
 * dossier in it. Closing a session removes its accounts and every instance, history, task, job
 * and application row of its dossiers; other sessions are untouched.
 *
 * <p>Why one engine tenant per learner (docs/decisions/0071-un-locataire-du-moteur-par-stagiaire.md):
 * learners of a session share the groups their scenarios need (gestion-droits, accueil…), so the
 * engine's group authorizations alone would show each learner the others' tasks. A tenant is the
 * engine's own wall: every query of the engine, of Tasklist and of its REST API returns only the
 * data of the person's tenants, with no code of ours on the read path, and every row the engine
 * writes for a dossier (runtime, jobs, history, decisions) carries the tenant, which makes the
 * close a query by tenant rather than a hunt.
 */
class SessionsDeFormation {

  private static final Logger LOG = LoggerFactory.getLogger(SessionsDeFormation.class);
  private static final SecureRandom HASARD = new SecureRandom();
  static final int STAGIAIRES_MAX = 30;

  /** What the trainer asks for. */
  record NouvelleSession(String titre, LocalDate debut, LocalDate fin, Integer stagiaires, List<String> scenarios) {}

  /** A learner's account, with the password shown once to the trainer. */
  record Compte(String identifiant, String motDePasse) {}

  record SessionCreee(long id, String code, List<Compte> comptes) {}

  /** A session as listed. */
  record Session(long id, String code, String titre, LocalDate debut, LocalDate fin, int stagiaires, List<String> scenarios,
      long retardMs) {
    /** The session's day when the server's time is {@code serveur} (HorlogeDeLaSalle). */
    public java.time.Instant jour(java.time.Instant serveur) {
      return serveur.minusMillis(retardMs);
    }
  }

  private final JdbcTemplate jdbc;
  private final Partie partie;
  private final Scenarios scenarios;
  private final IdentityService identityService;
  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final DecisionService decisionService;
  private final Clock horloge;
  private final EvenementsEnSession evenements;
  private final JournalDesOperations journal;
  private final CompteService comptes;
  private final List<OubliDeFormation> oublis;

  /** {@code oublis}: every module's, in their order (the accounts last; docs/decisions/0098). */
  SessionsDeFormation(JdbcTemplate jdbc, Partie partie, Scenarios scenarios, IdentityService identityService,
      RuntimeService runtimeService, HistoryService historyService, DecisionService decisionService, Clock horloge,
      EvenementsEnSession evenements, JournalDesOperations journal, CompteService comptes, List<OubliDeFormation> oublis) {
    this.jdbc = jdbc;
    this.partie = partie;
    this.scenarios = scenarios;
    this.identityService = identityService;
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.decisionService = decisionService;
    this.horloge = horloge;
    this.evenements = evenements;
    this.journal = journal;
    this.comptes = comptes;
    this.oublis = List.copyOf(oublis);
  }

  /**
   * Creates the session, its learners and their dossiers; refuses a wrong request with French
   * messages naming each field, before writing anything.
   */
  SessionCreee creer(NouvelleSession demande, String formateur) {
    Map<String, Scenario> connus = new LinkedHashMap<>();
    scenarios.charger().forEach(s -> connus.put(s.fichier(), s));
    List<ErreurChamp> erreurs = erreurs(demande, connus.keySet());
    if (!erreurs.isEmpty()) {
      throw new DemandeInvalideException(erreurs);
    }
    List<Scenario> joues = demande.scenarios().stream().distinct().map(connus::get).toList();
    String code = nouveauCode();
    GeneratedKeyHolder cle = new GeneratedKeyHolder();
    jdbc.update(c -> {
      var ps = c.prepareStatement("insert into formation_session (code, titre, date_debut, date_fin, scenarios, creee_le, creee_par)"
          + " values (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
      ps.setString(1, code);
      ps.setString(2, demande.titre().strip());
      ps.setObject(3, demande.debut());
      ps.setObject(4, demande.fin());
      ps.setString(5, String.join(",", joues.stream().map(Scenario::fichier).toList()));
      ps.setTimestamp(6, Timestamp.from(horloge.instant()));
      ps.setString(7, formateur);
      return ps;
    }, cle);
    long id = cle.getKey().longValue();
    try {
      return creerLesStagiaires(id, code, demande, joues, formateur);
    } catch (RuntimeException e) {
      // Nothing half-written: what was created of the session (accounts, tenants, dossiers) goes
      // with it. The session is not one transaction: its scenarios run jobs that keep their own.
      LOG.warn("Session de formation {} : création interrompue, ce qui en était créé est supprimé", code);
      fermer(code);
      throw e;
    }
  }

  private SessionCreee creerLesStagiaires(long id, String code, NouvelleSession demande, List<Scenario> joues, String formateur) {
    Set<String> groupes = groupesNecessaires(joues);
    List<Compte> comptes = new ArrayList<>();
    for (int n = 1; n <= demande.stagiaires(); n++) {
      String identifiant = String.format("stagiaire-%s-%02d", code, n);
      String locataire = "f" + code + String.format("%02d", n);
      String motDePasse = motDePasse();
      // The row first: a close after a failure finds the account and the tenant by it.
      long stagiaire = inserer("insert into formation_stagiaire (session_id, numero, identifiant, locataire) values (?, ?, ?, ?)",
          id, n, identifiant, locataire);
      User u = identityService.newUser(identifiant);
      u.setFirstName("Stagiaire " + n);
      u.setLastName(demande.titre().strip().length() > 40 ? demande.titre().strip().substring(0, 40) : demande.titre().strip());
      u.setPassword(motDePasse);
      identityService.saveUser(u);
      groupes.forEach(g -> identityService.createMembership(identifiant, g));
      identityService.saveTenant(identityService.newTenant(locataire));
      identityService.createTenantUserMembership(locataire, identifiant);
      for (Scenario s : joues) {
        jouer(stagiaire, locataire, s);
      }
      comptes.add(new Compte(identifiant, motDePasse));
    }
    LOG.info("Session de formation {} créée par {} : {} stagiaires, {} scénarios", code, formateur, comptes.size(), joues.size());
    return new SessionCreee(id, code, comptes);
  }

  /**
   * One scenario's dossier for one learner, in their tenant: the citizen, her deposit, what happens
   * right after; then what the citizen does at once (her pieces for a card), as in the session
   * later ({@link EvenementsEnSession}).
   */
  private void jouer(long stagiaire, String locataire, Scenario s) {
    Locataires.pendant(locataire, () -> {
      Partie.AssureFictif assure = partie.creerAssure(s.assure());
      String reference = partie.deposer(s, assure);
      for (Scenario.Evenement e : s.evenements()) {
        if (e.apres() == null && !"jours-passent".equals(e.type())) {
          partie.evenement(e, reference, assure);
        }
      }
      jdbc.update("insert into formation_dossier (stagiaire_id, scenario, reference, nir, identifiant_assure) values (?, ?, ?, ?, ?)",
          stagiaire, s.fichier(), reference, assure.nir().valeur(), assure.identifiant());
      evenements.jouer(locataire, reference);
      return null;
    });
  }

  private static final String SESSION = "select s.id, s.code, s.titre, s.date_debut, s.date_fin, s.scenarios,"
      + " (select count(*) from formation_stagiaire t where t.session_id = s.id), s.retard_ms from formation_session s";

  private static Session session(java.sql.ResultSet rs, int rang) throws java.sql.SQLException {
    return new Session(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
        rs.getObject(5, LocalDate.class), rs.getInt(7), List.of(rs.getString(6).split(",")), rs.getLong(8));
  }

  /** Every session, the latest first (one statement, whatever their number). */
  List<Session> sessions() {
    return jdbc.query(SESSION + " order by s.date_debut desc, s.id desc", SessionsDeFormation::session);
  }

  /** One session by its code; an unknown code is a 404 with a French message. */
  Session session(String code) {
    return jdbc.query(SESSION + " where s.code = ?", SessionsDeFormation::session, code).stream().findFirst()
        .orElseThrow(() -> new IntrouvableException("Aucune session de formation n'a le code « " + code + " » : elle a"
            + " peut-être été fermée."));
  }

  /** The session's learners' tenants. */
  List<String> locataires(String code) {
    return jdbc.queryForList("select t.locataire from formation_stagiaire t join formation_session s on s.id = t.session_id"
        + " where s.code = ? order by t.numero", String.class, code);
  }

  /**
   * Removes the session: its learners' dossiers ({@link #supprimerDossiers}), the learners'
   * accounts, their tenants, then the session itself.
   */
  void fermer(String code) {
    long id = idDe(code);
    List<String> locataires = locataires(code);
    int dossiers = supprimerDossiers(id, null);
    for (String identifiant : jdbc.queryForList("select identifiant from formation_stagiaire where session_id = ?", String.class, id)) {
      identityService.deleteUser(identifiant);
    }
    locataires.forEach(identityService::deleteTenant);
    jdbc.update("delete from formation_stagiaire where session_id = ?", id);
    jdbc.update("delete from formation_session where id = ?", id);
    LOG.info("Session de formation {} close : {} dossiers et leurs comptes supprimés", code, dossiers);
  }

  /**
   * Starts again one learner ({@code numero}) or every learner of the session ({@code null}):
   * their dossiers are removed as a close removes them ({@link #supprimerDossiers}), then every
   * scenario of the session is played again from the start in their tenant. Their accounts,
   * passwords and tenants stay; other learners and sessions are not touched. A whole session
   * started again starts at the server's time: its day catches up with the server (it only goes
   * forward); one learner's dossiers are played again at the server's time too.
   */
  void reinitialiser(String code, Integer numero) {
    long id = idDe(code);
    List<Map<String, Object>> stagiaires = jdbc.queryForList("select id, locataire from formation_stagiaire where session_id = ?"
        + (numero == null ? "" : " and numero = ?") + " order by numero", numero == null ? new Object[] {id} : new Object[] {id, numero});
    if (stagiaires.isEmpty()) {
      throw new IntrouvableException(numero == null ? "La session " + code + " n'a aucun stagiaire."
          : "Stagiaire inconnu dans la session " + code + " : " + numero);
    }
    Map<String, Scenario> connus = new LinkedHashMap<>();
    scenarios.charger().forEach(s -> connus.put(s.fichier(), s));
    String fichiers = jdbc.queryForObject("select scenarios from formation_session where id = ?", String.class, id);
    List<Scenario> joues = java.util.Arrays.stream(fichiers.split(",")).map(connus::get).filter(java.util.Objects::nonNull).toList();
    int supprimes = supprimerDossiers(id, numero);
    if (numero == null) {
      jdbc.update("update formation_session set retard_ms = 0 where id = ?", id);
    }
    for (Map<String, Object> t : stagiaires) {
      for (Scenario s : joues) {
        jouer(((Number) t.get("id")).longValue(), (String) t.get("locataire"), s);
      }
    }
    LOG.info("Session de formation {} : {} remis au début ({} dossiers supprimés, {} rejoués)", code,
        numero == null ? "tous les stagiaires" : "le stagiaire " + numero, supprimes, stagiaires.size() * joues.size());
  }

  private long idDe(String code) {
    Long id = jdbc.query("select id from formation_session where code = ?", rs -> rs.next() ? rs.getLong(1) : null, code);
    if (id == null) {
      throw new IntrouvableException("Session de formation inconnue : " + code);
    }
    return id;
  }

  /**
   * Removes the dossiers of the session's learners (one, by {@code numero}, or all): the engine's
   * dossiers of their tenants (running, history, decisions, jobs and tasks with them), the
   * application's rows of the dossiers and of their fictitious citizens, the citizens' accounts,
   * the recorded decisions and the dossiers' rows. The one way a session's data is removed, by a
   * close or a reset. Returns the number of dossiers removed.
   */
  private int supprimerDossiers(long id, Integer numero) {
    String filtre = " where t.session_id = ?" + (numero == null ? "" : " and t.numero = ?");
    Object[] valeurs = numero == null ? new Object[] {id} : new Object[] {id, numero};
    List<String> locataires = jdbc.queryForList("select t.locataire from formation_stagiaire t" + filtre, String.class, valeurs);
    List<Map<String, Object>> dossiers = jdbc.queryForList("select d.reference, d.nir, d.identifiant_assure from formation_dossier d"
        + " join formation_stagiaire t on t.id = d.stagiaire_id" + filtre, valeurs);
    List<String> references = dossiers.stream().map(d -> (String) d.get("reference")).toList();
    List<String> nirs = dossiers.stream().map(d -> (String) d.get("nir")).toList();
    if (!locataires.isEmpty()) {
      String[] tenants = locataires.toArray(String[]::new);
      List<String> enCours = runtimeService.createProcessInstanceQuery().tenantIdIn(tenants)
          .rootProcessInstances().list().stream().map(ProcessInstance::getId).toList();
      if (!enCours.isEmpty()) {
        // The processes a dossier called (the card's production) go with it: their history is deleted next.
        runtimeService.deleteProcessInstances(enCours, "Dossiers de formation supprimés", true, true, false);
      }
      List<String> historique = historyService.createHistoricProcessInstanceQuery().tenantIdIn(tenants)
          .list().stream().map(HistoricProcessInstance::getId).toList();
      if (!historique.isEmpty()) {
        historyService.deleteHistoricProcessInstancesIfExists(historique);
        // The engine keeps the operation log of deleted history (an audit trail): the dossiers'
        // entries go by their root instance, through the engine's door (docs/decisions/0098).
        journal.oublierLesDossiers(historique);
      }
      historyService.createHistoricDecisionInstanceQuery().tenantIdIn(tenants).list()
          .forEach(d -> historyService.deleteHistoricDecisionInstanceByInstanceId(d.getId()));
    }
    supprimerLignes(references, nirs);
    dossiers.stream().map(d -> (String) d.get("identifiant_assure")).distinct().forEach(identityService::deleteUser);
    jdbc.update("delete from formation_evenement where locataire in (select t.locataire from formation_stagiaire t" + filtre + ")", valeurs);
    jdbc.update("delete from formation_decision where locataire in (select t.locataire from formation_stagiaire t" + filtre + ")", valeurs);
    jdbc.update("delete from formation_dossier where stagiaire_id in (select t.id from formation_stagiaire t" + filtre + ")", valeurs);
    return references.size();
  }

  /**
   * The application's rows of the session's dossiers (by reference) and of its fictitious
   * citizens (by NIR, with their accounts' beneficiaries): each module forgets its own, on a
   * training database (docs/decisions/0070-base-de-formation-marquee.md,
   * docs/decisions/0098-formation-oublie-par-les-modules.md).
   */
  private void supprimerLignes(List<String> references, List<String> nirs) {
    Set<String> personnes = new LinkedHashSet<>();
    for (String nir : nirs) {
      comptes.nirsDesBeneficiaires(Nir.de(nir)).forEach(b -> personnes.add(b.valeur()));
      personnes.add(nir);
    }
    OubliDeFormation.Oubli oubli = new OubliDeFormation.Oubli(references, nirs, personnes);
    oublis.forEach(o -> o.oublier(oubli));
  }

  /**
   * The groups a learner needs for the session's scenarios: the candidate groups of each
   * expected task, and the services a message goes through (routing, transfer, reassignment).
   */
  Set<String> groupesNecessaires(List<Scenario> joues) {
    Set<String> groupes = new LinkedHashSet<>();
    for (Scenario s : joues) {
      for (Scenario.DecisionAttendue t : s.taches()) {
        groupes.addAll(scenarios.groupesCandidats(t.tache()));
        for (String champ : List.of("serviceCible", "serviceReaffectation")) {
          if (t.attendu().get(champ) instanceof String g) {
            groupes.add(g);
          }
        }
      }
      if ("MessageAssure".equals(s.procedure()) && s.depot().get("motif") instanceof String motif) {
        // The routing table decides the first service: asked here as the process asks it.
        groupes.add((String) decisionService.evaluateDecisionTableByKey("Decision_ServiceMessage", Map.of("motif", motif))
            .getSingleResult().getSingleEntry());
      }
    }
    groupes.remove(null);
    return groupes;
  }

  /** What is wrong in the request, field by field in the form's order (nothing: it may be created). */
  List<ErreurChamp> erreurs(NouvelleSession d) {
    return erreurs(d, scenarios.charger().stream().map(Scenario::fichier).collect(java.util.stream.Collectors.toSet()));
  }

  private List<ErreurChamp> erreurs(NouvelleSession d, Set<String> connus) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    if (d.titre() == null || d.titre().isBlank()) {
      erreurs.add(new ErreurChamp("titre", "Indiquez le titre de la session."));
    } else if (d.titre().strip().length() > 120) {
      erreurs.add(new ErreurChamp("titre", "Le titre compte au plus 120 caractères."));
    }
    if (d.debut() == null) {
      erreurs.add(new ErreurChamp("debut", "Indiquez le premier jour de la session (JJ/MM/AAAA)."));
    }
    if (d.fin() == null) {
      erreurs.add(new ErreurChamp("fin", "Indiquez le dernier jour de la session (JJ/MM/AAAA)."));
    } else if (d.debut() != null && d.fin().isBefore(d.debut())) {
      erreurs.add(new ErreurChamp("fin", "Le dernier jour ne peut pas précéder le premier jour de la session."));
    } else if (d.fin().isBefore(LocalDate.now(horloge))) {
      erreurs.add(new ErreurChamp("fin", "Le dernier jour de la session est déjà passé."));
    }
    if (d.stagiaires() == null || d.stagiaires() < 1 || d.stagiaires() > STAGIAIRES_MAX) {
      erreurs.add(new ErreurChamp("stagiaires", "Indiquez un nombre de stagiaires de 1 à " + STAGIAIRES_MAX + "."));
    }
    if (d.scenarios() == null || d.scenarios().isEmpty()) {
      erreurs.add(new ErreurChamp("scenarios", "Choisissez au moins un scénario."));
    } else {
      List<String> inconnus = d.scenarios().stream().filter(s -> !connus.contains(s)).toList();
      if (!inconnus.isEmpty()) {
        erreurs.add(new ErreurChamp("scenarios", "Scénario inconnu : " + String.join(", ", inconnus) + "."));
      }
    }
    return erreurs;
  }

  private String nouveauCode() {
    String alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
    while (true) {
      StringBuilder code = new StringBuilder();
      for (int i = 0; i < 4; i++) {
        code.append(alphabet.charAt(HASARD.nextInt(alphabet.length())));
      }
      Integer n = jdbc.queryForObject("select count(*) from formation_session where code = ?", Integer.class, code.toString());
      if (n == null || n == 0) {
        return code.toString();
      }
    }
  }

  /** 12 characters the staff policy accepts: capitals, lower case, digits and a sign, no look-alikes. */
  static String motDePasse() {
    String[] familles = {"ABCDEFGHJKLMNPQRSTUVWXYZ", "abcdefghijkmnpqrstuvwxyz", "23456789", "#%+=?!"};
    List<Character> c = new ArrayList<>();
    int[] nombres = {4, 4, 3, 1};
    for (int f = 0; f < familles.length; f++) {
      for (int i = 0; i < nombres[f]; i++) {
        c.add(familles[f].charAt(HASARD.nextInt(familles[f].length())));
      }
    }
    Collections.shuffle(c, HASARD);
    StringBuilder s = new StringBuilder();
    c.forEach(s::append);
    return s.toString();
  }

  private long inserer(String sql, Object... valeurs) {
    GeneratedKeyHolder cle = new GeneratedKeyHolder();
    jdbc.update(c -> {
      var ps = c.prepareStatement(sql, new String[] {"id"});
      for (int i = 0; i < valeurs.length; i++) {
        ps.setObject(i + 1, valeurs[i]);
      }
      return ps;
    }, cle);
    return cle.getKey().longValue();
  }
}
