package fr.cpam.demarches.paiements.interne;

import fr.cpam.demarches.commun.OubliDeFormation;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A training session's payments: of its dossiers (by reference) and of its fictitious people (by NIR) (docs/decisions/0098). */
@Component
@Order(40)
class OubliDesPaiementsDeFormation implements OubliDeFormation {

  private final JdbcTemplate jdbc;

  OubliDesPaiementsDeFormation(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void oublier(Oubli oubli) {
    for (String r : oubli.references()) {
      jdbc.update("delete from paiement where reference_dossier = ?", r);
    }
    for (String p : oubli.personnes()) {
      jdbc.update("delete from paiement where nir_beneficiaire = ? or nir_assure = ?", p, p);
    }
  }
}
