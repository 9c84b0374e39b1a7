package fr.cpam.demarches.indemnites;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A bank that behaves like one: it takes some time, sometimes refuses an order (a share of
 * failures set by {@code indemnites.banque.taux-echec}), and remembers every order it executed,
 * in its own transaction as an outside system would: if our side rolls back after the transfer,
 * asking again with the same key returns the same transfer, never a second one.
 */
@Component
class BanqueSimulee implements BanqueAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(BanqueSimulee.class);

  private final JdbcTemplate jdbc;
  private final TransactionTemplate transactionPropre;
  private final Duration latence;
  private final double tauxEchec;
  private final AtomicInteger echecsForces = new AtomicInteger();
  private final Clock horloge;

  BanqueSimulee(
      JdbcTemplate jdbc,
      PlatformTransactionManager transactions,
      @Value("${indemnites.banque.latence:150ms}") Duration latence,
      @Value("${indemnites.banque.taux-echec:0.03}") double tauxEchec, Clock horloge) {
    this.jdbc = jdbc;
    this.transactionPropre = new TransactionTemplate(transactions);
    this.horloge = horloge;
    this.transactionPropre.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.latence = latence;
    this.tauxEchec = tauxEchec;
  }

  @Override
  public String virer(String cleIdempotence, BigDecimal montant, String beneficiaire, String libelle) {
    attendre();
    List<String> dejaFait =
        jdbc.queryForList("select reference_virement from virement_simule where cle_idempotence = ?", String.class, cleIdempotence);
    if (!dejaFait.isEmpty()) {
      LOG.info("Banque : ordre {} déjà exécuté, même virement renvoyé", cleIdempotence);
      return dejaFait.get(0);
    }
    if (echecsForces.getAndUpdate(n -> Math.max(0, n - 1)) > 0 || ThreadLocalRandom.current().nextDouble() < tauxEchec) {
      throw new VirementImpossibleException(cleIdempotence, "La banque n'a pas pu exécuter l'ordre " + cleIdempotence + " (service indisponible)");
    }
    String reference = "VIR-" + UUID.randomUUID().toString().substring(0, 13).toUpperCase();
    transactionPropre.executeWithoutResult(
        s ->
            jdbc.update(
                "insert into virement_simule (cle_idempotence, reference_virement, montant, beneficiaire, execute_le) values (?, ?, ?, ?, ?)",
                cleIdempotence,
                reference,
                montant,
                beneficiaire,
                Timestamp.from(horloge.instant())));
    LOG.info("Banque : virement {} exécuté ({})", reference, libelle);
    return reference;
  }

  /** For tests and demonstrations: the next {@code nombre} orders fail. */
  void echouerProchainsVirements(int nombre) {
    echecsForces.set(nombre);
  }

  int nombreDeVirements(String prefixeCle) {
    Integer n = jdbc.queryForObject("select count(*) from virement_simule where cle_idempotence like ?", Integer.class, prefixeCle + "%");
    return n == null ? 0 : n;
  }

  private void attendre() {
    try {
      Thread.sleep(latence.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
