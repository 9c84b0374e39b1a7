package fr.cpam.demarches.paiements.interne;

import fr.cpam.demarches.commun.DatesRepoussees;
import fr.cpam.demarches.commun.ParametresSql;
import fr.cpam.demarches.paiements.DatesDesPaiements;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link DatesDesPaiements} on this module's table: one read, one batched write. */
@Component
class DatesDesPaiementsEnBase implements DatesDesPaiements {

  private final JdbcTemplate jdbc;

  DatesDesPaiementsEnBase(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void decaler(List<String> references, long jours) {
    if (references.isEmpty() || jours == 0) {
      return;
    }
    DatesRepoussees.jours(jdbc, "paiement", " where reference_dossier" + ParametresSql.dans(references.size()), references, jours,
        "date_paiement", "periode_debut", "periode_fin", "date_prevue");
  }
}
