package fr.cpam.demarches.formation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import fr.cpam.demarches.HorlogeDeTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The training server's database check on its own H2 database, engine counts given: an empty
 * database becomes a training database, a marked one is accepted whatever it holds, a database
 * with dossiers and no mark is refused and stays unmarked.
 */
class BaseDeFormationTest {

  JdbcTemplate jdbc;
  RuntimeService runtime = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
  HistoryService historique = mock(HistoryService.class, RETURNS_DEEP_STUBS);
  BaseDeFormation base;

  @BeforeEach
  void uneBaseVide() {
    jdbc = new JdbcTemplate(new DriverManagerDataSource(
        "jdbc:h2:mem:formation-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1", "sa", ""));
    jdbc.execute("create table formation_base (id int not null primary key, creee_le timestamp not null)");
    BaseDeFormation.TABLES_DE_DOSSIERS.keySet().forEach(t -> jdbc.execute("create table " + t + " (reference varchar(30))"));
    base = new BaseDeFormation(jdbc, runtime, historique, HorlogeDeTest.HORLOGE);
  }

  @Test
  void une_base_vide_devient_une_base_de_formation_une_fois() {
    var marque = base.verifierOuMarquer();
    assertThat(base.marqueeLe()).contains(marque);
    assertThat(base.verifierOuMarquer()).isEqualTo(marque);
    assertThat(jdbc.queryForObject("select count(*) from formation_base", Long.class)).isOne();
  }

  @Test
  void une_base_qui_contient_des_dossiers_du_moteur_est_refusee_et_reste_sans_marque() {
    when(historique.createHistoricProcessInstanceQuery().count()).thenReturn(12L);
    when(runtime.createProcessInstanceQuery().count()).thenReturn(3L);

    assertThatThrownBy(base::verifierOuMarquer)
        .isInstanceOf(BaseDeFormation.BaseRefuseeException.class)
        .hasMessageContaining("Le profil « formation » refuse de démarrer")
        .hasMessageContaining("3 dossiers en cours dans le moteur, 12 dossiers dans l'historique du moteur")
        .hasMessageContaining("sa propre base");
    assertThat(base.marqueeLe()).isEmpty();
  }

  @Test
  void une_base_restauree_sans_historique_mais_avec_des_arrets_est_refusee() {
    jdbc.update("insert into arret_travail (reference) values ('IJ-1'), ('IJ-2')");

    assertThatThrownBy(base::verifierOuMarquer).hasMessageContaining("(2 arrêts de travail)");
    assertThat(base.marqueeLe()).isEmpty();
  }

  @Test
  void une_base_de_formation_est_acceptee_avec_ses_dossiers() {
    base.verifierOuMarquer();
    when(historique.createHistoricProcessInstanceQuery().count()).thenReturn(40L);
    jdbc.update("insert into dossier_carte_vitale (reference) values ('CV-1')");

    assertThat(base.verifierOuMarquer()).isEqualTo(base.marqueeLe().orElseThrow());
  }
}
