package fr.cpam.demarches.engine.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.engine.ActionRefuseeException;
import jakarta.ws.rs.core.Response;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.junit.jupiter.api.Test;

/** The REST layer's "Cannot submit task form <id>: ..." never reaches a person as such. */
class ErreursApiMoteurTest {

  static final String TACHE = "00e5f0cd-f1e5-11f1-8699-02fc00000001";

  @Test
  void un_formulaire_refuse_est_dit_en_francais_sans_l_identifiant_de_la_tache() {
    var erreur = new InvalidRequestException(Response.Status.BAD_REQUEST, new ProcessEngineException("Variable value is null"),
        "Cannot submit task form " + TACHE + ": Variable value is null");
    Response reponse = ErreursApiMoteur.reponse(erreur).orElseThrow();
    assertThat(reponse.getStatus()).isEqualTo(400);
    assertThat(reponse.getEntity().toString()).contains(ErreursApiMoteur.FORMULAIRE_REFUSE).doesNotContain(TACHE).doesNotContain("Cannot");
  }

  @Test
  void la_raison_donnee_par_notre_code_est_gardee() {
    var nous = new ActionRefuseeException("Une démarche se complète par son formulaire.");
    var erreur = new InvalidRequestException(Response.Status.BAD_REQUEST, new ProcessEngineException("enveloppe", nous),
        "Cannot complete task " + TACHE + ": enveloppe");
    assertThat(ErreursApiMoteur.envoiRefuse(erreur)).isEqualTo("Une démarche se complète par son formulaire.");
  }
}
