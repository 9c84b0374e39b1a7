package fr.cpam.demarches.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.TestIntegrationPostgres;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.support.JdbcUtils;

@TestIntegrationPostgres
class DemarragePostgresIntTest {

  @Autowired DataSource dataSource;
  @Autowired Http http;

  @Test
  void l_application_demarre_sur_postgresql_avec_les_memes_migrations() throws Exception {
    String produit = JdbcUtils.extractDatabaseMetaData(dataSource, m -> m.getDatabaseProductName());
    assertThat(produit).isEqualTo("PostgreSQL");
    assertThat(http.en(Http.CLAIRE).get("/api/moi").json().path("beneficiaires")).hasSize(3);
  }
}
