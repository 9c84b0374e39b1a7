package fr.cpam.benchmark;

import fr.cpam.benchmark.nu.MoteurNu;
import fr.cpam.demarches.CompteurSql;
import fr.cpam.demarches.DemarchesCpamApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One target of the benchmark, in its own JVM: the bare engine or the application, on
 * PostgreSQL or H2. It starts, prints its start-up time, deploys the benchmark's models, loads
 * the volume, says {@code PRET} with its port, then serves the orchestrator's workloads (sent by
 * HTTP) until told to stop. With {@code -Ddemarrage=seul} it only measures its start.
 */
public final class Cible {

  /** The services' candidate groups and the demo agent of each (who holds a few tasks). */
  static final Map<String, String> GROUPES = new LinkedHashMap<>();

  static {
    GROUPES.put("accueil", "agent.accueil");
    GROUPES.put("gestion-droits", "agent.droits");
    GROUPES.put("prestations-especes", "agent.prestations");
    GROUPES.put("service-medical", "agent.medical");
    GROUPES.put("rct", "agent.rct");
  }


  private final String base;
  private final String cible;
  private final ConfigurableApplicationContext contexte;
  private final CompteurSql compteur;
  private final int port;
  private Tournee tournee;
  private Lettres lettres;

  private Cible(String base, String cible, ConfigurableApplicationContext contexte) {
    this.base = base;
    this.cible = cible;
    this.contexte = contexte;
    this.compteur = contexte.getBean(CompteurSql.class);
    this.port = Integer.parseInt(contexte.getEnvironment().getProperty("local.server.port"));
  }

  public static void main(String[] args) throws Exception {
    boolean nu = "nu".equals(System.getProperty("cible"));
    // A training server (TravauxFormation): the application with the profile formation, on a
    // database of its own and without the volume (a training server holds training data only).
    boolean formation = TravauxFormation.FORMATION.equals(System.getProperty("cible"));
    boolean postgres = "pg".equals(System.getProperty("base"));
    String url = System.getProperty("url");
    long debut = System.nanoTime();
    ConfigurableApplicationContext contexte = nu ? demarrerMoteurNu(postgres, url) : demarrerApplication(postgres, url, formation);
    double demarrage = (System.nanoTime() - debut) / 1e6;
    Cible c = new Cible(postgres ? "PostgreSQL" : "H2", nu ? "moteur nu" : formation ? TravauxFormation.FORMATION : "application", contexte);
    if (formation) {
      try {
        c.servir();
      } finally {
        contexte.close();
      }
      System.exit(0);
    }
    // The first start on an empty database also creates the schemas: only restarts are compared.
    String cle = "seul".equals(System.getProperty("demarrage")) ? "demarrage" + System.getProperty("demarrage.variante", "") : "demarrage.schema";
    c.emettre(new Resultat(c.base, c.cible, cle, "Démarrage (ms, JVM neuve)", cle, 0, 0, demarrage, demarrage, demarrage, 0, 1, 0));
    try {
      if (!"seul".equals(System.getProperty("demarrage"))) {
        c.preparer(nu, postgres);
        c.servir();
      }
    } finally {
      contexte.close();
    }
    System.exit(0);
  }

  static ConfigurableApplicationContext demarrerMoteurNu(boolean postgres, String url) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("spring.config.name", "moteur-nu");
    p.put("server.port", 0);
    p.put("spring.datasource.url", url);
    p.put("spring.datasource.username", postgres ? "postgres" : "sa");
    p.put("spring.datasource.password", postgres ? "postgres" : "");
    p.put("spring.datasource.hikari.maximum-pool-size", 20);
    p.put("camunda.bpm.auto-deployment-enabled", false);
    p.put("camunda.bpm.database.schema-update", true);
    p.put("camunda.bpm.history-level", System.getProperty("historique", "full"));
    p.put("camunda.bpm.generic-properties.properties.history-removal-time-strategy", System.getProperty("suppression", "end"));
    p.put("springdoc.api-docs.enabled", false);
    p.put("springdoc.swagger-ui.enabled", false);
    p.put("logging.level.root", "warn");
    return new SpringApplicationBuilder(MoteurNu.class).properties(p).run();
  }

  static ConfigurableApplicationContext demarrerApplication(boolean postgres, String url) {
    return demarrerApplication(postgres, url, false);
  }

  static ConfigurableApplicationContext demarrerApplication(boolean postgres, String url, boolean formation) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("server.port", 0);
    p.put("logging.level.root", "warn");
    // The simulated bank's wait per transfer (150 ms by default) stands for a remote call; the
    // payment run compares the engine work with the bare engine's, which has no bank.
    p.put("indemnites.banque.latence", System.getProperty("bench.banque.latence", "0ms"));
    // The benchmark's few citizens each start thousands of dossiers a day: the daily limit stays
    // checked (its query is measured), far above what they start.
    p.put("cpam.saisies.demarrages-par-jour", Integer.MAX_VALUE);
    // The e-mails (one-time codes) go to the benchmark's own SMTP server, which reads them (TravauxConnexion).
    if (System.getProperty("bench.smtp.port") != null) {
      p.put("spring.mail.host", "127.0.0.1");
      p.put("spring.mail.port", System.getProperty("bench.smtp.port"));
    }
    if (postgres) {
      p.put("DB_URL", url);
      p.put("DB_USER", "postgres");
      p.put("DB_PASSWORD", "postgres");
    } else {
      p.put("spring.datasource.url", url);
    }
    // Arguments, not default properties: a default property loses to every other source, so
    // application.yml's ${PORT:8080} and the bank's latency in indemnites.yml would win over it.
    return new SpringApplicationBuilder(DemarchesCpamApplication.class)
        .profiles(java.util.stream.Stream.of("demo", postgres ? "postgres" : null, formation ? "formation" : null)
            .filter(java.util.Objects::nonNull).toArray(String[]::new))
        .initializers(c -> c.getBeanFactory().registerSingleton("seulementLesOutilsDuBanc", new SeulementLesOutilsDuBanc()))
        .run(p.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
  }

  private void preparer(boolean nu, boolean postgres) throws Exception {
    ProcessEngine moteur = contexte.getBean(ProcessEngine.class);
    moteur.getRepositoryService().createDeployment()
        .name("banc-d-essai")
        .enableDuplicateFiltering(true)
        .addClasspathResource("benchmark/BancMinimal.bpmn")
        .addClasspathResource("benchmark/BancDossier.bpmn")
        .addClasspathResource("benchmark/BancTournee.bpmn")
        .deploy();
    if (!nu) {
      var autorisations = moteur.getAuthorizationService();
      if (autorisations.createAuthorizationQuery().groupIdIn("assures").resourceType(Resources.PROCESS_DEFINITION).resourceId("BancMinimal").count() == 0) {
        var a = autorisations.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
        a.setGroupId("assures");
        a.setResource(Resources.PROCESS_DEFINITION);
        a.setResourceId("BancMinimal");
        a.addPermission(Permissions.READ);
        a.addPermission(Permissions.CREATE_INSTANCE);
        autorisations.saveAuthorization(a);
      }
    }
    if (nu) {
      // The bare engine's Tasklist login (TravauxConnexion): one user, no authorization checked.
      var identites = moteur.getIdentityService();
      if (identites.createUserQuery().userId(TravauxConnexion.UTILISATEUR_NU).count() == 0) {
        var utilisateur = identites.newUser(TravauxConnexion.UTILISATEUR_NU);
        utilisateur.setPassword(TravauxConnexion.MOT_DE_PASSE_NU);
        identites.saveUser(utilisateur);
      }
    }
    int taches = Integer.getInteger("volume.taches", 10_000);
    int historique = Integer.getInteger("volume.historique", 100_000);
    Volume volume = new Volume(moteur, contexte.getBean(DataSource.class), postgres);
    long t = System.nanoTime();
    volume.tachesOuvertes(GROUPES, taches);
    if (!nu) {
      // The tasks were copied behind the engine's back: its counter of unassigned tasks is recomputed.
      contexte.getBean(fr.cpam.demarches.engine.interne.CompteurTachesGroupes.class).recompter();
    }
    volume.dossiersTermines(GROUPES, historique);
    if (!nu) {
      contexte.getBean(fr.cpam.demarches.performance.NouveauxAssures.class).creer(TravauxProcedures.ASSURES);
      // Then the citizens of the one-time code, each with her address (TravauxConnexion.citoyens()).
      contexte.getBean(fr.cpam.demarches.performance.NouveauxAssures.class).creer(TravauxConnexion.CITOYENS);
      var jdbc = new org.springframework.jdbc.core.JdbcTemplate(contexte.getBean(DataSource.class));
      for (String identifiant : TravauxConnexion.citoyens()) {
        jdbc.update("update assure set email = ? where nir like ?", TravauxConnexion.email(identifiant), identifiant + "%");
      }
      new VolumeApplication(contexte.getBean(DataSource.class), postgres).charger(Integer.getInteger("volume.application", historique));
    }
    tournee = new Tournee(contexte, nu);
    tournee.preparer(Integer.getInteger("volume.tournee", 0));
    lettres = new Lettres(contexte, nu);
    lettres.preparer(Integer.getInteger("volume.lettres", 0));
    info("volume chargé : " + taches + " tâches ouvertes, " + historique + " dossiers terminés en " + (System.nanoTime() - t) / 1_000_000_000 + " s");
    var configuration = (ProcessEngineConfigurationImpl) moteur.getProcessEngineConfiguration();
    info("historique : " + configuration.getHistory() + ", suppression : " + configuration.getHistoryRemovalTimeStrategy());
  }

  /**
   * Answers the orchestrator's commands on the standard input, one per line, until {@code STOP}:
   * {@code RELEVE} prints the SQL statements counted so far, {@code TOURNEE} and {@code LETTRES}
   * run the payment run and the letters at 16.
   */
  private void servir() throws java.io.IOException {
    System.out.println("PRET\t" + port);
    System.out.flush();
    var entree = new java.io.BufferedReader(new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
    for (String commande; (commande = entree.readLine()) != null && !commande.equals("STOP"); ) {
      if (commande.equals("RELEVE")) {
        CompteurSql.Releve r = compteur.releve();
        System.out.println("RELEVE\t" + r.requetes() + "\t" + r.instructionsDesRequetes() + "\t" + r.instructionsDesJobs() + "\t" + r.instructionsAutres());
        System.out.flush();
      } else if (commande.equals("TOURNEE")) {
        try {
          Resultat r = tournee.lancer(base, cible);
          if (r != null) {
            emettre(r);
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        System.out.println("FIN\tTOURNEE");
        System.out.flush();
      } else if (commande.startsWith("CODE_UNIQUE ")) {
        // The one-time code for this workload only: the others log citizens in with HTTP Basic.
        fr.cpam.demarches.connexion.InterrupteurCodeUnique.activer(
            contexte.getBean(fr.cpam.demarches.connexion.CodeUnique.class), commande.endsWith(" oui"));
        System.out.println("FIN\t" + commande);
        System.out.flush();
      } else if (commande.equals("LETTRES")) {
        try {
          lettres.lancer(base, cible).forEach(this::emettre);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        System.out.println("FIN\tLETTRES");
        System.out.flush();
      }
    }
  }

  private void emettre(Resultat r) {
    System.out.println(r.ligne());
    System.out.flush();
  }

  private void info(String texte) {
    System.out.println("[" + base + ", " + cible + "] " + texte);
    System.out.flush();
  }

  /**
   * The application's scan also finds the tests' own components (the target runs with
   * {@code target/test-classes} for {@link CompteurSql}): fixtures such as the analyses' known
   * history or the tests' clock, which need JUnit, absent here. Only the two the target uses stay.
   */
  static final class SeulementLesOutilsDuBanc extends org.springframework.boot.context.TypeExcludeFilter {
    private static final java.util.Set<String> GARDES =
        java.util.Set.of(CompteurSql.class.getName(), fr.cpam.demarches.performance.NouveauxAssures.class.getName());

    @Override
    public boolean match(org.springframework.core.type.classreading.MetadataReader lecteur,
        org.springframework.core.type.classreading.MetadataReaderFactory fabrique) throws java.io.IOException {
      return lecteur.getResource().getURL().toString().contains("test-classes")
          && !GARDES.contains(lecteur.getClassMetadata().getClassName());
    }

    @Override
    public boolean equals(Object autre) {
      return autre != null && autre.getClass() == getClass();
    }

    @Override
    public int hashCode() {
      return getClass().hashCode();
    }
  }
}
