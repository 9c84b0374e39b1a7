package fr.cpam.demarches.indemnites.interne;

import fr.cpam.demarches.commun.OubliDeFormation;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A training session's arrêts de travail, by reference, with their notices, salary certificates,
 * payments of allowances and the simulated bank's transfers of them (docs/decisions/0098).
 */
@Component
@Order(30)
class OubliDesArretsDeFormation implements OubliDeFormation {

  private final JdbcTemplate jdbc;

  OubliDesArretsDeFormation(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void oublier(Oubli oubli) {
    for (String r : oubli.references()) {
      jdbc.update("delete from virement_simule where reference_virement in (select v.reference_virement from versement_ij v"
          + " join arret_travail a on a.id = v.arret_id where a.reference = ?)", r);
      for (String table : new String[] {"avis_arret", "attestation_salaire", "versement_ij"}) {
        jdbc.update("delete from " + table + " where arret_id in (select id from arret_travail where reference = ?)", r);
      }
      jdbc.update("delete from arret_travail where reference = ?", r);
    }
  }
}
