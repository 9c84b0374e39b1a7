package fr.cpam.demarches.notification.interne;

import fr.cpam.demarches.commun.OubliDeFormation;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A training session's notifications: of its dossiers (by reference) and those sent to its
 * fictitious insured people (by their login, the NIR's first 13 characters) (docs/decisions/0098).
 */
@Component
@Order(50)
class OubliDesNotificationsDeFormation implements OubliDeFormation {

  private final JdbcTemplate jdbc;

  OubliDesNotificationsDeFormation(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void oublier(Oubli oubli) {
    for (String r : oubli.references()) {
      jdbc.update("delete from notification where reference_dossier = ?", r);
    }
    for (String nir : oubli.assures()) {
      jdbc.update("delete from notification where destinataire = ?", nir.substring(0, 13));
    }
  }
}
