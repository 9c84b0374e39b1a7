package fr.cpam.demarches.analyse;

import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * The indexes the analyses need on the engine's history tables, where the engine has none
 * ({@code db/moteur/}, docs/decisions/0055): migrated by a second Flyway, with its own history
 * table, once the engine exists. The application's Flyway runs before the engine creates its
 * tables, so it cannot hold them.
 */
@Component
class IndexMoteur implements InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(IndexMoteur.class);

  static final String EMPLACEMENT = "classpath:db/moteur";
  static final String TABLE = "flyway_index_moteur";

  private final DataSource source;

  /** The engine is asked for only so that its tables exist before the migration. */
  IndexMoteur(DataSource source, ProcessEngine moteur) {
    this.source = source;
  }

  @Override
  public void afterPropertiesSet() {
    var resultat =
        Flyway.configure()
            .dataSource(source)
            .locations(EMPLACEMENT)
            .table(TABLE)
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    if (resultat.migrationsExecuted > 0) {
      LOG.info("{} migration(s) des index du moteur appliquée(s)", resultat.migrationsExecuted);
    }
  }
}
