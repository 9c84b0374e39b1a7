package fr.cpam.demarches.indemnites.interne;

import fr.cpam.demarches.commun.DatesRepoussees;
import fr.cpam.demarches.commun.ParametresSql;
import fr.cpam.demarches.indemnites.DatesDesArrets;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** {@link DatesDesArrets} on this module's tables: one read and one batched write per table. */
@Component
class DatesDesArretsEnBase implements DatesDesArrets {

  private final JdbcTemplate jdbc;

  DatesDesArretsEnBase(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  @Transactional(propagation = Propagation.MANDATORY)
  public void decaler(List<String> references, long jours) {
    if (references.isEmpty() || jours == 0) {
      return;
    }
    String dans = ParametresSql.dans(references.size());
    String arrets = " where arret_id in (select id from arret_travail where reference" + dans + ")";
    DatesRepoussees.jours(jdbc, "arret_travail", " where reference" + dans, references, jours, "date_debut", "date_fin", "date_reprise",
        "date_effet_avis_medical", "premier_jour_indemnise", "dernier_jour_traite", "prochaine_echeance", "dernier_cycle");
    DatesRepoussees.jours(jdbc, "avis_arret", arrets, references, jours, "date_debut", "date_fin", "date_prescription");
    DatesRepoussees.jours(jdbc, "attestation_salaire", arrets, references, jours, "dernier_jour_travaille");
    DatesRepoussees.jours(jdbc, "versement_ij", arrets, references, jours, "periode_debut", "periode_fin");
  }
}
