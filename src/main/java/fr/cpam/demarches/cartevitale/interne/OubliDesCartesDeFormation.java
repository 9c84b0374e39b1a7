package fr.cpam.demarches.cartevitale.interne;

import fr.cpam.demarches.commun.OubliDeFormation;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A training session's rows of this module (docs/decisions/0098): its dossiers with their status
 * history, oppositions, pieces, the simulated factory's orders and answers and the letters at 16
 * (by reference), then the cards and pieces of its fictitious people (by NIR).
 */
@Component
@Order(10)
class OubliDesCartesDeFormation implements OubliDeFormation {

  private final JdbcTemplate jdbc;

  OubliDesCartesDeFormation(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void oublier(Oubli oubli) {
    for (String r : oubli.references()) {
      jdbc.update("delete from dossier_carte_vitale_statut where dossier_id in (select id from dossier_carte_vitale where reference = ?)", r);
      for (String table : new String[] {"opposition_carte_vitale", "piece_justificative", "fabrique_simulee_reponse",
          "commande_fabrique_simulee", "lettre_seize_ans"}) {
        jdbc.update("delete from " + table + " where reference_dossier = ?", r);
      }
      jdbc.update("delete from dossier_carte_vitale where reference = ?", r);
    }
    for (String p : oubli.personnes()) {
      jdbc.update("delete from carte_vitale where titulaire = ?", p);
      jdbc.update("delete from piece_justificative where titulaire = ?", p);
    }
  }
}
