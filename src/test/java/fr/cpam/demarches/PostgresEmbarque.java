package fr.cpam.demarches;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A real PostgreSQL server started from a Maven artifact (no Docker), one per test JVM. Each
 * caller gets a fresh database of its own on that server. At JVM exit the server stops only
 * after the Spring contexts that use it have closed, so that they shut down cleanly.
 */
public final class PostgresEmbarque {

  private static final AtomicInteger COMPTEUR = new AtomicInteger();
  private static final List<ConfigurableApplicationContext> UTILISATEURS = new CopyOnWriteArrayList<>();
  private static EmbeddedPostgres serveur;

  private PostgresEmbarque() {}

  public static synchronized EmbeddedPostgres serveur() {
    if (serveur == null) {
      try {
        serveur = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
      } catch (IOException e) {
        throw new IllegalStateException("PostgreSQL embarqué impossible à démarrer", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(PostgresEmbarque::arreterApresLesContextes, "arret-postgres-embarque"));
    }
    return serveur;
  }

  /** Records a context that uses the server: the server outlives it at JVM exit. */
  public static void utilisePar(ConfigurableApplicationContext contexte) {
    UTILISATEURS.add(contexte);
  }

  /** Creates a new empty database and returns its JDBC URL (user and password: postgres). */
  public static String nouvelleBase(String prefixe) {
    String nom = prefixe + "_" + COMPTEUR.incrementAndGet();
    DataSource postgres = serveur().getPostgresDatabase();
    try (Connection c = postgres.getConnection(); Statement s = c.createStatement()) {
      s.execute("create database " + nom);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return serveur().getJdbcUrl("postgres", nom);
  }

  private static void arreterApresLesContextes() {
    long limite = System.nanoTime() + 20_000_000_000L;
    while (UTILISATEURS.stream().anyMatch(ConfigurableApplicationContext::isActive) && System.nanoTime() < limite) {
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    try {
      serveur.close();
    } catch (IOException ignored) {
      // the JVM is stopping anyway
    }
  }
}
