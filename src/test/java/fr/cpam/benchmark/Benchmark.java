package fr.cpam.benchmark;

import fr.cpam.demarches.CompteurSql;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

/**
 * The benchmark: {@code mvn -Pbench verify} (see docs/performance.md).
 *
 * <p>Starts an embedded PostgreSQL server (with {@code synchronous_commit=on}, as in
 * production). For each database (PostgreSQL, then H2 for comparison) it starts the application
 * and the bare engine, each in a JVM of its own ({@link Cible}), each loading the same volume,
 * and measures the database's own single-row commit rate. Then it drives every workload over
 * HTTP, on the bare engine and on the application in turn, round after round, so that both
 * meet the same load from the rest of the machine. Finally each target is started again three
 * times on its loaded database to time its start-up. Prints one table: every figure next to the
 * bare engine's, measured in the same run.
 *
 * <p>Knobs (system properties): {@code bench.volume} (1 = 100 000 open tasks and 1 000 000
 * completed dossiers; default 0.1), {@code bench.duree} (seconds of measure per workload and
 * target, default 6), {@code bench.bases} (default {@code pg,h2}), {@code bench.sans} (engine
 * patches turned off in the application, e.g. {@code compteur-taches}, or {@code correctifs} for all).
 */
public final class Benchmark {

  private static final int TACHES_PLEIN_VOLUME = 100_000;
  private static final int HISTORIQUE_PLEIN_VOLUME = 1_000_000;
  private static final int TOURNEE_PLEIN_VOLUME = 10_000;
  /**
   * Young people who turn 16 on one day in a large CPAM ({@code -Dbench.lettres}): Paris had about
   * 31 000 births in 2010, some 85 a day; the whole country's day is about 2 300 (833 000 births).
   */
  private static final int LETTRES_PAR_JOUR = 100;
  private static final int FILS = 4;
  private static final int TOURS = 2;
  /**
   * Arrival rates of the open model, as parts of the closed model's throughput measured just
   * before ({@code -Dbench.ouvert=0.1,0.25,0.5}; default half): latencies at 50 % of what a
   * target can do include the queueing of a busy server, at 10 % those of a quiet one.
   */
  private static final List<Double> PARTS_OUVERTES =
      java.util.Arrays.stream(System.getProperty("bench.ouvert", "0.5").split(",")).map(String::trim).map(Double::valueOf).toList();
  /** With {@code -Dbench.explain=30}, PostgreSQL logs the plan of every statement slower than 30 ms. */
  private static final int EXPLAIN = Integer.getInteger("bench.explain", 0);

  private final List<Resultat> resultats = new CopyOnWriteArrayList<>();
  private final double volume = Double.parseDouble(System.getProperty("bench.volume", "0.1"));
  /** H2 is there for comparison only: at most a tenth of the volume unless told otherwise. */
  private final double volumeH2 = System.getProperty("bench.volume.h2", "").isBlank() ? Math.min(volume, 0.1)
      : Double.parseDouble(System.getProperty("bench.volume.h2"));
  private final double volumeHistorique = Double.parseDouble(System.getProperty("bench.volume.historique", Double.toString(volume)));
  private final long duree = Long.getLong("bench.duree", 6);
  /** Longest warm-up of each target on each workload before it is measured ({@link #chauffer}). */
  private final Duration chauffeMax = Duration.ofSeconds(Long.getLong("bench.chauffe", 30));
  /** How many times each target is started again to time its start-up (median). */
  private final int demarrages = Integer.getInteger("bench.demarrages", 3);
  /**
   * With {@code -Dbench.cds=true}, each target is also timed on a class data sharing archive of
   * its own (recorded by one start of its own first), as the production image starts.
   */
  private final boolean cds = Boolean.getBoolean("bench.cds");
  private boolean jarsEcrits;
  private final Path dossier = Path.of("target", "benchmark").toAbsolutePath();
  /** The SMTP server the application's e-mails go to (one-time codes, TravauxConnexion). */
  private final com.icegreen.greenmail.util.GreenMail boite =
      new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(0, "127.0.0.1", "smtp"));
  private volatile String historique = "full";
  private volatile String suppression = "end";

  public static void main(String[] args) throws Exception {
    new Benchmark().lancer();
  }

  private void lancer() throws Exception {
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("io.zonky"))
        .setLevel(EXPLAIN > 0 ? ch.qos.logback.classic.Level.INFO : ch.qos.logback.classic.Level.WARN);
    Files.createDirectories(dossier);
    boite.start();
    List<String> bases = List.of(System.getProperty("bench.bases", "pg,h2").split(","));
    EmbeddedPostgres serveur = null;
    Map<String, String[]> urls = new LinkedHashMap<>();
    try {
      for (String base : bases) {
        String[] url;
        if (base.equals("pg")) {
          if (serveur == null) {
            serveur = EmbeddedPostgres.builder()
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "300")
                .setServerConfig("shared_buffers", "256MB")
                // Loading the volume writes gigabytes: fewer checkpoints during the load.
                .setServerConfig("max_wal_size", "8GB")
                .setServerConfig("checkpoint_timeout", "30min")
                .setServerConfig("maintenance_work_mem", "256MB")
                .setServerConfig("shared_preload_libraries", EXPLAIN > 0 ? "auto_explain" : "")
                .setServerConfig("auto_explain.log_min_duration", EXPLAIN > 0 ? EXPLAIN + "ms" : "-1")
                .setServerConfig("auto_explain.log_analyze", EXPLAIN > 0 ? "on" : "off")
                .setDataDirectory(dossier.resolve("postgres-" + System.currentTimeMillis()))
                .setCleanDataDirectory(true)
                .start();
          }
          url = new String[] {nouvelleBase(serveur, "application"), nouvelleBase(serveur, "moteur_nu"), nouvelleBase(serveur, "commits"),
              nouvelleBase(serveur, "formation")};
        } else {
          Path h2 = dossier.resolve("h2-" + System.currentTimeMillis());
          url = new String[] {
            "jdbc:h2:file:" + h2.resolve("application") + ";DB_CLOSE_ON_EXIT=FALSE",
            "jdbc:h2:file:" + h2.resolve("moteur-nu") + ";DB_CLOSE_ON_EXIT=FALSE",
            "jdbc:h2:file:" + h2.resolve("commits"),
            "jdbc:h2:file:" + h2.resolve("formation") + ";DB_CLOSE_ON_EXIT=FALSE"
          };
        }
        urls.put(base, url);
        mesurerUneBase(base, url);
      }
      if (cds && demarrages > 0) {
        for (var e : urls.entrySet()) {
          lancer("nu", e.getKey(), e.getValue()[1], Demarrage.ARCHIVAGE).attendre();
          lancer("application", e.getKey(), e.getValue()[0], Demarrage.ARCHIVAGE).attendre();
        }
      }
      for (int i = 0; i < demarrages; i++) {
        for (var e : urls.entrySet()) {
          // One after the other: they must not share the processors.
          for (Demarrage d : cds ? List.of(Demarrage.SEUL, Demarrage.CDS) : List.of(Demarrage.SEUL)) {
            lancer("nu", e.getKey(), e.getValue()[1], d).attendre();
            lancer("application", e.getKey(), e.getValue()[0], d).attendre();
          }
        }
      }
    } finally {
      boite.stop();
      if (serveur != null) {
        serveur.close();
      }
    }
    String tableau = tableau();
    System.out.println();
    System.out.println(tableau);
    Files.writeString(dossier.resolve("resultats.md"), tableau, StandardCharsets.UTF_8);
    long erreurs = resultats.stream().mapToLong(Resultat::erreurs).sum();
    if (erreurs > 0) {
      System.out.println("ATTENTION : " + erreurs + " cycles en erreur (voir plus haut).");
    }
  }

  private void mesurerUneBase(String base, String[] url) throws Exception {
    String nomBase = base.equals("pg") ? "PostgreSQL" : "H2";
    commits(nomBase, url[2], base.equals("pg"));
    try (CibleDistante application = lancer("application", base, url[0], Demarrage.SERVIR)) {
      int portApplication = application.port();
      try (CibleDistante nu = lancer("nu", base, url[1], Demarrage.SERVIR)) {
        int portNu = nu.port();
        Map<String, CibleDistante> cibles = Map.of(Travaux.NU, nu, Travaux.APPLICATION, application);
        if (retenue("tournee")) {
          // First: the dossiers the other workloads make (indemnités journalières: their first
          // payment falls due 14 days later, the run's day) would be due the same day, handed back
          // to their process by the run, and their work counted as the run's (docs/performance.md,
          // note 8).
          System.out.println("[" + nomBase + "] tournée de paiements…");
          nu.executer("TOURNEE");
          application.executer("TOURNEE");
        }
        List<Travaux.Travail> travaux = new ArrayList<>(new Travaux(portNu, portApplication).liste());
        travaux.addAll(new TravauxProcedures(portApplication).liste());
        travaux.addAll(new TravauxPaiements(portNu, portApplication).liste());
        travaux.addAll(new TravauxConnexion(portNu, portApplication, boite).liste());
        for (Travaux.Travail travail : travaux) {
          if (retenue(travail.cle())) {
            boolean codeUnique = travail.cle().equals("connexion.code-unique");
            if (codeUnique) {
              application.executer("CODE_UNIQUE oui");
            }
            try {
              mesurer(nomBase, travail, cibles);
            } finally {
              if (codeUnique) {
                application.executer("CODE_UNIQUE non");
              }
            }
          }
        }
        if (retenue("analyses.statistiques")) {
          System.out.println("[" + nomBase + "] analyses : chiffres d'une définition, une requête à la fois…");
          TravauxAnalyses.Statistiques s = TravauxAnalyses.statistiques(portNu, portApplication, 3);
          double nuMs = TravauxAnalyses.Statistiques.mediane(s.nuMs());
          double applicationMs = TravauxAnalyses.Statistiques.mediane(s.applicationMs());
          String libelle = "Analyses : " + s.resume();
          ajouter(new Resultat(nomBase, Travaux.NU, "analyses.statistiques", libelle, "analyses.statistiques",
              1000.0 / nuMs, 0, nuMs, nuMs, nuMs, 0, s.nuMs().length, 0));
          ajouter(new Resultat(nomBase, Travaux.APPLICATION, "analyses.statistiques", libelle, "analyses.statistiques",
              1000.0 / applicationMs, 0, applicationMs, applicationMs, applicationMs, 0, s.applicationMs().length, 0));
        }
        if (retenue("analyses.export")) {
          System.out.println("[" + nomBase + "] analyses : export du journal des événements pendant une procédure…");
          TravauxAnalyses.Export e = TravauxAnalyses.exporter(portApplication, FILS, Duration.ofSeconds(duree));
          ajouter(new Resultat(nomBase, Travaux.APPLICATION, "analyses.export", "Analyses : " + e.resume(), "-",
              1000.0 / Math.max(1, e.millisecondes()), 0, e.millisecondes(), e.millisecondes(), e.millisecondes(), 0, 1, 0));
        }
        if (retenueEnPartie("formation.")) {
          // The trainer's pages live on a training server only: a third target, on its own database.
          try (CibleDistante formation = lancer(TravauxFormation.FORMATION, base, url[3], Demarrage.SERVIR)) {
            Map<String, CibleDistante> avecFormation = Map.of(Travaux.NU, nu, TravauxFormation.FORMATION, formation);
            for (Travaux.Travail travail : new TravauxFormation(portNu, formation.port()).liste()) {
              if (retenue(travail.cle())) {
                mesurer(nomBase, travail, avecFormation);
              }
            }
          }
        }
        if (retenue("lettres")) {
          System.out.println("[" + nomBase + "] lettres des 16 ans…");
          nu.executer("LETTRES");
          application.executer("LETTRES");
        }
      }
    }
  }

  /** {@code -Dbench.charges=paiements,delais}: only the workloads whose key starts with one of these prefixes. */
  private static boolean retenue(String cle) {
    String charges = System.getProperty("bench.charges", "");
    return charges.isBlank() || java.util.Arrays.stream(charges.split(",")).anyMatch(p -> cle.startsWith(p.trim()));
  }

  /**
   * Whether a workload of that family is kept: {@code -Dbench.charges=formation.motdepasse} starts
   * the training server for that one line, as {@code formation} starts it for all of them.
   */
  private static boolean retenueEnPartie(String famille) {
    String charges = System.getProperty("bench.charges", "");
    return retenue(famille) || java.util.Arrays.stream(charges.split(",")).anyMatch(p -> p.trim().startsWith(famille));
  }

  /** The database alone: one row inserted and committed per transaction, FILS connections. */
  private void commits(String base, String url, boolean postgres) throws Exception {
    String utilisateur = postgres ? "postgres" : "sa";
    String motDePasse = postgres ? "postgres" : "";
    try (Connection c = DriverManager.getConnection(url, utilisateur, motDePasse); Statement s = c.createStatement()) {
      s.execute("create table banc_commit (id bigint primary key, texte varchar(60))");
    }
    AtomicLong ids = new AtomicLong();
    List<Connection> connexions = new ArrayList<>();
    java.util.concurrent.BlockingQueue<PreparedStatement> pool = new java.util.concurrent.LinkedBlockingQueue<>();
    for (int i = 0; i < 2 * FILS; i++) {
      Connection c = DriverManager.getConnection(url, utilisateur, motDePasse);
      connexions.add(c);
      pool.add(c.prepareStatement("insert into banc_commit values (?, ?)"));
    }
    Charge.Cycle cycle = () -> {
      PreparedStatement ps = pool.take();
      try {
        ps.setLong(1, ids.incrementAndGet());
        ps.setString(2, "ligne du banc d'essai");
        ps.executeUpdate();
      } finally {
        pool.add(ps);
      }
      return 0;
    };
    Charge.Mesure fermee = Charge.debit(FILS, Duration.ofSeconds(duree), Integer.MAX_VALUE, cycle);
    double debit = Math.min(500, fermee.cyclesParSeconde() / 2);
    Charge.Mesure ouverte = Charge.latence(debit, Duration.ofSeconds(duree), Integer.MAX_VALUE, cycle);
    for (Connection c : connexions) {
      c.close();
    }
    ajouter(new Resultat(base, Travaux.NU, "base.commit", "Base seule : insert + commit d'une ligne", "base.commit",
        fermee.cyclesParSeconde(), debit, ouverte.percentileMs(50), ouverte.percentileMs(95), ouverte.percentileMs(99), 1,
        fermee.cycles() + ouverte.cycles(), fermee.erreurs() + ouverte.erreurs()));
  }

  /**
   * Warms each target up, then, round after round and target after target: the closed model
   * (FILS threads back to back) for the throughput, the open model at half that throughput (at
   * most the workload's ceiling per second) for the latencies.
   */
  private void mesurer(String base, Travaux.Travail travail, Map<String, CibleDistante> cibles) {
    System.out.println("[" + base + "] " + travail.libelle() + "…");
    Map<String, List<Charge.Mesure>> fermees = new LinkedHashMap<>();
    Map<String, Map<Double, List<Charge.Mesure>>> ouvertes = new LinkedHashMap<>();
    Map<String, CompteurSql.Releve> sql = new LinkedHashMap<>();
    Map<String, Map<Double, Double>> debits = new LinkedHashMap<>();
    for (var e : travail.cycles().entrySet()) {
      chauffer(travail, e.getKey(), e.getValue());
    }
    Duration phase = Duration.ofMillis(duree * 1000 / TOURS);
    for (int tour = 0; tour < TOURS; tour++) {
      for (var e : travail.cycles().entrySet()) {
        String cible = e.getKey();
        CibleDistante distante = cibles.get(cible);
        CompteurSql.Releve avant = distante.releve();
        Charge.Mesure fermee = Charge.debit(FILS, phase, moitie(travail, cible), e.getValue());
        fermees.computeIfAbsent(cible, k -> new ArrayList<>()).add(fermee);
        for (double part : PARTS_OUVERTES) {
          double debit = Math.max(1, Math.min(travail.plafond(), fermee.cyclesParSeconde() * part));
          Charge.Mesure ouverte = Charge.latence(debit, phase, disponibles(travail, cible), e.getValue());
          ouvertes.computeIfAbsent(cible, k -> new LinkedHashMap<>()).computeIfAbsent(part, k -> new ArrayList<>()).add(ouverte);
          debits.computeIfAbsent(cible, k -> new LinkedHashMap<>()).merge(part, debit / TOURS, Double::sum);
        }
        sql.merge(cible, distante.releve().moins(avant), Benchmark::plus);
      }
    }
    for (String cible : travail.cycles().keySet()) {
      Charge.Mesure fermee = Charge.Mesure.fusion(fermees.get(cible));
      for (double part : PARTS_OUVERTES) {
        Charge.Mesure ouverte = Charge.Mesure.fusion(ouvertes.get(cible).get(part));
        String cle = PARTS_OUVERTES.size() == 1 ? travail.cle() : travail.cle() + "@" + Math.round(part * 100);
        String libelle = PARTS_OUVERTES.size() == 1
            ? travail.libelle()
            : travail.libelle() + String.format(Locale.ROOT, " (arrivées à %d %% du débit)", Math.round(part * 100));
        ajouter(new Resultat(base, cible, cle, libelle, cle, fermee.cyclesParSeconde(), debits.get(cible).get(part),
            ouverte.percentileMs(50), ouverte.percentileMs(95), ouverte.percentileMs(99), sql.get(cible).parRequete(),
            fermee.cycles() + ouverte.cycles(), fermee.erreurs() + ouverte.erreurs()));
      }
    }
  }

  /**
   * Warms a target up on one workload until its just-in-time compiler has caught up: closed-model
   * slices of 2 seconds until two slices in a row are within 5 % of the one before (at least five
   * slices), at most {@code bench.chauffe} seconds, never more than half the data a consumable
   * workload has when it starts. A server that has been running for hours is measured, not one that is
   * still compiling the code of its first requests.
   */
  private void chauffer(Travaux.Travail travail, String cible, Charge.Cycle cycle) {
    long debut = System.nanoTime();
    long fin = debut + chauffeMax.toNanos();
    List<String> debits = new ArrayList<>();
    double precedent = 0;
    int stables = 0;
    boolean stable = false;
    // A consumable workload (tasks to complete) keeps at least half of its data for the measure.
    int reste = moitie(travail, cible);
    while (!stable && System.nanoTime() < fin && reste > 0) {
      Charge.Mesure tranche = Charge.debit(FILS, Duration.ofSeconds(2), reste, cycle);
      reste = reste == Integer.MAX_VALUE ? reste : reste - tranche.cycles() - tranche.erreurs();
      double debit = tranche.cyclesParSeconde();
      debits.add(String.format(Locale.ROOT, "%.0f", debit));
      stables = precedent > 0 && Math.abs(debit - precedent) / precedent < 0.05 ? stables + 1 : 0;
      stable = debits.size() >= 5 && stables >= 2;
      precedent = debit;
    }
    System.out.printf(Locale.ROOT, "  chauffe %s : %.0f s, %s, cycles/s par tranche de 2 s : %s%n", cible,
        (System.nanoTime() - debut) / 1e9, stable ? "stable" : "limite atteinte", String.join(" → ", debits));
  }

  private static int disponibles(Travaux.Travail travail, String cible) {
    IntSupplier d = travail.disponibles().get(cible);
    return d == null ? Integer.MAX_VALUE : d.getAsInt();
  }

  /** The closed model may use half of what the data allows: the open model needs the rest. */
  private static int moitie(Travaux.Travail travail, String cible) {
    int d = disponibles(travail, cible);
    return d == Integer.MAX_VALUE ? d : d / 2;
  }

  private static CompteurSql.Releve plus(CompteurSql.Releve a, CompteurSql.Releve b) {
    return new CompteurSql.Releve(a.requetes() + b.requetes(), a.instructionsDesRequetes() + b.instructionsDesRequetes(),
        a.instructionsDesJobs() + b.instructionsDesJobs(), a.instructionsAutres() + b.instructionsAutres());
  }

  private void ajouter(Resultat r) {
    resultats.add(r);
    if (!r.charge().startsWith("demarrage")) {
      System.out.println(String.format(Locale.ROOT, "  %s | %s | %.1f cycles/s, p50 %.1f ms, p99 %.1f ms à %.1f/s, %.1f SQL/req, %d cycles, %d erreurs",
          r.cible(), r.libelle(), r.cyclesParSeconde(), r.p50(), r.p99(), r.debitOuvert(), r.sqlParRequete(), r.cycles(), r.erreurs()));
    }
  }

  private static String nouvelleBase(EmbeddedPostgres serveur, String nom) throws Exception {
    try (Connection c = serveur.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("create database " + nom);
    }
    return serveur.getJdbcUrl("postgres", nom);
  }

  /** How a target is started: to serve the workloads, or only to time its start-up. */
  private enum Demarrage {
    /** Loads the volume, then serves the workloads. */
    SERVIR,
    /** Starts, prints its start-up time and stops. */
    SEUL,
    /** Starts once to record the classes it loads in its class data sharing archive. */
    ARCHIVAGE,
    /** Starts on that archive ({@code -Xshare:on}: fails rather than start without it). */
    CDS;

    boolean archive() {
      return this == ARCHIVAGE || this == CDS;
    }
  }

  private CibleDistante lancer(String cible, String base, String url, Demarrage demarrage) throws Exception {
    boolean demarrageSeul = demarrage != Demarrage.SERVIR;
    List<String> commande = new ArrayList<>();
    commande.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (demarrage.archive()) {
      Path archive = dossier.resolve("cds").resolve(cible + "-" + base + ".jsa");
      commande.add(demarrage == Demarrage.ARCHIVAGE ? "-XX:ArchiveClassesAtExit=" + archive : "-XX:SharedArchiveFile=" + archive);
      if (demarrage == Demarrage.CDS) {
        commande.add("-Xshare:on");
      }
      commande.add("-Xlog:cds=off");
      commande.add("-Xlog:cds+dynamic=off");
      commande.add("-Ddemarrage.variante=" + (demarrage == Demarrage.CDS ? ".cds" : ".archivage"));
    }
    commande.add("-Xmx2g");
    // Both targets with the same collector: ParallelGC by default (throughput), G1 as the image runs.
    commande.add("-XX:+Use" + System.getProperty("bench.gc", "Parallel") + "GC");
    if (!demarrageSeul && Boolean.getBoolean("bench.jfr")) {
      // A CPU profile of each serving target, to read with `jfr print` (docs/performance.md).
      commande.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename=" + dossier.resolve(cible + "-" + base + ".jfr"));
    }
    commande.add("-Duser.timezone=Europe/Paris");
    commande.add("-Dfile.encoding=UTF-8");
    commande.add("-Dcible=" + cible);
    commande.add("-Dbase=" + base);
    commande.add("-Durl=" + url);
    commande.add("-Dhistorique=" + historique);
    commande.add("-Dsuppression=" + suppression);
    commande.add("-Dbench.assures=" + TravauxProcedures.ASSURES);
    commande.add("-Dbench.smtp.port=" + boite.getSmtp().getPort());
    commande.add("-Dbench.banque.latence=" + System.getProperty("bench.banque.latence", "0ms"));
    commande.add("-Dvolume.taches=" + Math.round(TACHES_PLEIN_VOLUME * volume(base)));
    commande.add("-Dvolume.historique=" + Math.round(HISTORIQUE_PLEIN_VOLUME * volumeHistorique(base)));
    commande.add("-Dvolume.application=" + Math.round(HISTORIQUE_PLEIN_VOLUME * Double.parseDouble(
        System.getProperty("bench.volume.application", Double.toString(volumeHistorique(base))))));
    commande.add("-Dvolume.tournee=" + (retenue("tournee") ? Long.getLong("bench.tournee", Math.round(TOURNEE_PLEIN_VOLUME * volume(base))) : 0));
    commande.add("-Dvolume.lettres=" + (retenue("lettres") ? Long.getLong("bench.lettres", LETTRES_PAR_JOUR) : 0));
    // -Dbench.sans=compteur-taches,historique-allege (or "correctifs" for all): the application
    // without these engine patches (engine/interne/package-info.java, docs/decisions/0080).
    for (String correctif : System.getProperty("bench.sans", "").split(",")) {
      if (!correctif.isBlank()) {
        commande.add("-Ddemarches.moteur." + correctif.strip() + ".actif=false");
      }
    }
    if (demarrageSeul) {
      commande.add("-Ddemarrage=seul");
    }
    commande.add("-cp");
    commande.add(demarrage.archive() ? classpathEnJars() : classpath());
    commande.add(Cible.class.getName());
    return new CibleDistante(commande, base, cible, this::ajouter, ligne -> {
      if (ligne.contains("historique : ") && cible.equals("application")) {
        String[] parties = ligne.substring(ligne.indexOf("historique : ") + 13).split(", suppression : ");
        historique = parties[0].trim();
        suppression = parties[1].trim();
      }
      if (!demarrageSeul || ligne.contains("ERROR") || ligne.contains("Exception")) {
        System.out.println("  " + ligne);
      }
    });
  }

  private double volume(String base) {
    return base.equals("pg") ? volume : volumeH2;
  }

  private double volumeHistorique(String base) {
    return base.equals("pg") ? volumeHistorique : Math.min(volumeH2, volumeHistorique);
  }

  /**
   * The demo's simulated FranceConnect and what it alone brings (the pom's "provided" scope, without
   * GreenMail: the e-mails go to this benchmark's SMTP server), when a login workload is measured.
   */
  private static String fournisseurDeDemo() throws java.io.IOException {
    Path fichier = Path.of("target", "benchmark-classpath-fournisseur.txt");
    return retenue("connexion.franceconnect") && Files.exists(fichier)
        ? System.getProperty("path.separator") + Files.readString(fichier).trim()
        : "";
  }

  private static String classpath() throws java.io.IOException {
    Path fichier = Path.of("target", "benchmark-classpath.txt");
    if (Files.exists(fichier)) {
      String separateur = System.getProperty("path.separator");
      return Path.of("target", "test-classes").toAbsolutePath() + separateur + Path.of("target", "classes").toAbsolutePath()
          + separateur + Files.readString(fichier).trim() + fournisseurDeDemo();
    }
    return System.getProperty("java.class.path");
  }

  /**
   * The classpath with our classes in jars: the JVM archives no class read from a directory.
   * Written once per run, so that the archive and the starts on it see the same files.
   */
  private synchronized String classpathEnJars() throws java.io.IOException {
    Path jars = dossier.resolve("cds");
    Path classes = jars.resolve("classes.jar");
    Path classesDeTest = jars.resolve("test-classes.jar");
    if (!jarsEcrits) {
      jarsEcrits = true;
      Files.createDirectories(jars);
      enJar(Path.of("target", "classes"), classes);
      enJar(Path.of("target", "test-classes"), classesDeTest);
    }
    String separateur = System.getProperty("path.separator");
    return classesDeTest + separateur + classes + separateur + Files.readString(Path.of("target", "benchmark-classpath.txt")).trim()
        + fournisseurDeDemo();
  }

  private static void enJar(Path repertoire, Path jar) throws java.io.IOException {
    try (var sortie = new java.util.jar.JarOutputStream(Files.newOutputStream(jar));
         var fichiers = Files.walk(repertoire)) {
      // Directories too: Spring's package scanning and the engine's deployment look them up.
      for (Path f : (Iterable<Path>) fichiers.filter(f -> !f.equals(repertoire)).sorted()::iterator) {
        String nom = repertoire.relativize(f).toString().replace('\\', '/');
        boolean dossierSeul = Files.isDirectory(f);
        sortie.putNextEntry(new java.util.jar.JarEntry(dossierSeul ? nom + "/" : nom));
        if (!dossierSeul) {
          Files.copy(f, sortie);
        }
        sortie.closeEntry();
      }
    }
  }

  private String tableau() {
    StringBuilder t = new StringBuilder();
    t.append(String.format(Locale.ROOT, "Volume PostgreSQL : %d tâches ouvertes, %d dossiers terminés ; H2 : %d et %d ; %d s de mesure par charge et par cible ; historique %s, suppression %s ; %d cœurs.%n%n",
        Math.round(TACHES_PLEIN_VOLUME * volume("pg")), Math.round(HISTORIQUE_PLEIN_VOLUME * volumeHistorique("pg")),
        Math.round(TACHES_PLEIN_VOLUME * volume("h2")), Math.round(HISTORIQUE_PLEIN_VOLUME * volumeHistorique("h2")),
        duree, historique, suppression, Runtime.getRuntime().availableProcessors()));
    t.append("| Base | Charge | Cible | cycles/s | débit ouvert /s | p50 ms | p95 ms | p99 ms | SQL/req | débit ÷ nu | p99 ÷ nu |\n");
    t.append("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    resultats.stream()
        .filter(r -> !r.charge().startsWith("demarrage"))
        .sorted(Comparator.comparing(Resultat::base).reversed().thenComparing(r -> ordre(r.charge())).thenComparing(r -> !r.cible().equals(Travaux.NU)))
        .forEach(r -> {
          Optional<Resultat> nu = resultats.stream()
              .filter(x -> x != r && x.base().equals(r.base()) && x.cible().equals(Travaux.NU) && x.charge().equals(reference(r.charge())))
              .findFirst();
          t.append(String.format(Locale.ROOT, "| %s | %s | %s | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %s | %s |%n",
              r.base(), r.libelle(), r.cible(), r.cyclesParSeconde(), r.debitOuvert(), r.p50(), r.p95(), r.p99(), r.sqlParRequete(),
              nu.map(n -> n.cyclesParSeconde() == 0 ? "" : String.format(Locale.ROOT, "%.2f", r.cyclesParSeconde() / n.cyclesParSeconde())).orElse(""),
              nu.map(n -> String.format(Locale.ROOT, "%.2f", r.p99() / n.p99())).orElse("")));
        });
    if (demarrages == 0) {
      return t.toString();
    }
    t.append("\n| Démarrage (JVM neuve, base chargée ; médiane (min–max) de " + demarrages + ") | moteur nu (ms) | application (ms) | application ÷ nu (médianes) |\n|---|---:|---:|---:|\n");
    for (String base : resultats.stream().map(Resultat::base).distinct().toList()) {
      for (String variante : List.of("", ".cds")) {
        List<Double> nu = demarrages(base, Travaux.NU, variante);
        List<Double> app = demarrages(base, Travaux.APPLICATION, variante);
        if (!nu.isEmpty() && !app.isEmpty()) {
          double n = nu.get(nu.size() / 2);
          double a = app.get(app.size() / 2);
          t.append(String.format(Locale.ROOT, "| %s%s | %.0f (%.0f–%.0f) | %.0f (%.0f–%.0f) | %.2f |%n", base, variante.isEmpty() ? "" : ", archive CDS",
              n, nu.get(0), nu.get(nu.size() - 1), a, app.get(0), app.get(app.size() - 1), a / n));
        }
      }
    }
    return t.toString();
  }

  /** The start-up times of a target, shortest first. */
  private List<Double> demarrages(String base, String cible, String variante) {
    return resultats.stream()
        .filter(r -> r.charge().equals("demarrage" + variante) && r.base().equals(base) && r.cible().equals(cible))
        .map(Resultat::p50)
        .sorted()
        .toList();
  }

  /**
   * The bare engine's workload a workload is compared with: starts with starts, completions with
   * completions; an arrival-rate suffix ({@code @50}) is kept.
   */
  private static String reference(String charge) {
    int a = charge.indexOf('@');
    return a < 0 ? referenceSansDebit(charge) : referenceSansDebit(charge.substring(0, a)) + charge.substring(a);
  }

  private static String referenceSansDebit(String charge) {
    return switch (charge) {
      case "messagerie.envoi" -> "minimal.demarrage";
      case "messagerie.reponse" -> "minimal.completion";
      case "connexion.code-unique", "connexion.franceconnect" -> "connexion.code";
      default -> TravauxProcedures.reference(charge);
    };
  }

  private static String ordre(String charge) {
    return switch (charge.substring(0, charge.indexOf('.'))) {
      case "base" -> "0";
      case "minimal" -> "1";
      case "tasklist" -> "2";
      default -> "3" + charge.substring(0, charge.indexOf('.'));
    };
  }
}
