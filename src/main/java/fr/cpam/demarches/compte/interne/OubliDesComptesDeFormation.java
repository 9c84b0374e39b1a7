package fr.cpam.demarches.compte.interne;

import fr.cpam.demarches.commun.OubliDeFormation;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A training session's fictitious accounts, their beneficiaries first: last of all, since the other
 * modules' rows name these people (docs/decisions/0098).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class OubliDesComptesDeFormation implements OubliDeFormation {

  private final JdbcTemplate jdbc;

  OubliDesComptesDeFormation(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void oublier(Oubli oubli) {
    for (String nir : oubli.assures()) {
      jdbc.update("delete from beneficiaire where assure_id in (select id from assure where nir = ?)", nir);
      jdbc.update("delete from assure where nir = ?", nir);
    }
  }
}
