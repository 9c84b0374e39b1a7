package fr.cpam.demarches.delais;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import fr.cpam.demarches.TrancheWeb;
import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.compte.CompteService;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The délais' address answers a request it cannot read, or a field to correct, with
 * application/problem+json in French naming the field (a web slice: no engine, no database).
 */
@TrancheWeb(DelaisController.class)
@WithMockUser("agent.accueil")
class DelaisControllerTest {

  @Autowired MockMvc mvc;
  @MockitoBean DelaisTraitement delais;
  @MockitoBean CompteService comptes;

  @Test
  void un_champ_a_corriger_repond_422_en_le_nommant() throws Exception {
    when(delais.estimer(eq("impots"), any(), any()))
        .thenThrow(new DemandeInvalideException("thematique", "Thématique inconnue. Valeurs possibles : carte-vitale."));

    mvc.perform(get("/api/delais-traitement").param("thematique", "impots").param("dateEnvoi", "2026-11-27"))
        .andExpect(status().isUnprocessableEntity())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.champ").value("thematique"))
        .andExpect(jsonPath("$.detail").value("Thématique inconnue. Valeurs possibles : carte-vitale."));
  }

  @Test
  void sans_date_d_envoi_la_requete_est_refusee_en_400_en_nommant_le_parametre() throws Exception {
    mvc.perform(get("/api/delais-traitement").param("thematique", "carte-vitale"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.champ").value("dateEnvoi"))
        .andExpect(jsonPath("$.detail").value("Le paramètre « dateEnvoi » est obligatoire."));
    verifyNoInteractions(delais);
  }

  @Test
  void une_date_d_envoi_qui_n_est_pas_au_format_AAAA_MM_JJ_est_refusee_en_400_en_nommant_le_parametre() throws Exception {
    mvc.perform(get("/api/delais-traitement").param("thematique", "carte-vitale").param("dateEnvoi", "27/11/2026"))
        .andExpect(status().isBadRequest())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .andExpect(jsonPath("$.champ").value("dateEnvoi"))
        .andExpect(jsonPath("$.detail").value("La valeur « 27/11/2026 » n'est pas acceptée pour le paramètre « dateEnvoi ». Attendu : une date au format AAAA-MM-JJ."));
    verifyNoInteractions(delais);
  }

  @Test
  void hors_compte_d_assure_le_delai_est_celui_de_toutes_les_cpam() throws Exception {
    mvc.perform(get("/api/delais-traitement").param("thematique", "carte-vitale").param("dateEnvoi", "2026-11-27"))
        .andExpect(status().isOk());
    org.mockito.Mockito.verify(delais).estimer("carte-vitale", LocalDate.of(2026, 11, 27), null);
    verifyNoInteractions(comptes);
  }
}
