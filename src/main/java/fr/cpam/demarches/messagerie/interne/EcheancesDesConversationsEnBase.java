package fr.cpam.demarches.messagerie.interne;

import fr.cpam.demarches.commun.DatesRepoussees;
import fr.cpam.demarches.commun.ParametresSql;
import fr.cpam.demarches.messagerie.EcheancesDesConversations;
import java.time.Duration;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link EcheancesDesConversations} on this module's table: one read, one batched write. */
@Component
class EcheancesDesConversationsEnBase implements EcheancesDesConversations {

  private final JdbcTemplate jdbc;

  EcheancesDesConversationsEnBase(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void repousser(List<String> references, Duration delta) {
    if (references.isEmpty()) {
      return;
    }
    DatesRepoussees.instants(jdbc, "select id, date_echeance from messagerie_conversation where date_echeance is not null and reference"
        + ParametresSql.dans(references.size()), "update messagerie_conversation set date_echeance = ? where id = ?", references, delta);
  }
}
