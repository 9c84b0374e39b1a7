package fr.cpam.demarches.commun;

import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The training dossiers' references given by {@link ReferenceDossierGenerator} (docs/decisions/0098). */
@Component
@Order(OubliDesReferencesDeFormation.ORDRE)
class OubliDesReferencesDeFormation implements OubliDeFormation {

  /** After the modules' dossiers, before the accounts. */
  static final int ORDRE = 60;

  private final JdbcTemplate jdbc;

  OubliDesReferencesDeFormation(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void oublier(Oubli oubli) {
    for (String r : oubli.references()) {
      jdbc.update("delete from reference_dossier where reference = ?", r);
    }
  }
}
