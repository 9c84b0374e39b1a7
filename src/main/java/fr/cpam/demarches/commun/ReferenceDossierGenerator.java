package fr.cpam.demarches.commun;

import javax.sql.DataSource;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Component;

/**
 * Gives each dossier its reference, the business key of its process instance: a prefix per
 * procedure, the year and a number unique across the whole system, for example
 * {@code CV-2026-000123}. The number comes from a database sequence, so that several nodes of
 * a cluster never hand out the same one.
 */
@Component
public class ReferenceDossierGenerator {

  static final String SEQUENCE = "seq_reference_dossier";

  private final DataFieldMaxValueIncrementer sequence;

  ReferenceDossierGenerator(DataSource dataSource) throws Exception {
    String produit = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
    this.sequence =
        produit.toLowerCase().contains("postgres")
            ? new PostgresSequenceMaxValueIncrementer(dataSource, SEQUENCE)
            : new H2SequenceMaxValueIncrementer(dataSource, SEQUENCE);
  }

  /** A new reference such as {@code CV-2026-000123} for the prefix {@code CV}. */
  public String nouvelle(String prefixe) {
    return String.format("%s-%d-%06d", prefixe, Horloge.aujourdhui().getYear(), sequence.nextLongValue());
  }
}
