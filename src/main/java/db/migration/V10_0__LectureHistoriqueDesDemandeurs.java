package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.camunda.bpm.engine.authorization.Resources;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Withdraws from the people who started dossiers the READ on their historic process instance
 * that earlier versions gave them (engine/AutorisationDemandeurPlugin): the engine lets it read
 * every historic variable of the dossier, the agents' included (docs/securite.md). Nothing to do
 * on a new database, where the engine has not created its tables yet.
 */
public class V10_0__LectureHistoriqueDesDemandeurs extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    if (!tableExiste(context, "ACT_RU_AUTHORIZATION")) {
      return;
    }
    try (Statement requete = context.getConnection().createStatement()) {
      requete.executeUpdate("DELETE FROM ACT_RU_AUTHORIZATION WHERE RESOURCE_TYPE_ = "
          + Resources.HISTORIC_PROCESS_INSTANCE.resourceType() + " AND USER_ID_ IS NOT NULL");
    }
  }

  private static boolean tableExiste(Context context, String table) throws Exception {
    var meta = context.getConnection().getMetaData();
    for (String nom : new String[] {table, table.toLowerCase()}) {
      try (ResultSet tables = meta.getTables(null, null, nom, null)) {
        if (tables.next()) {
          return true;
        }
      }
    }
    return false;
  }
}
