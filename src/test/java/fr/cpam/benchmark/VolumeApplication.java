package fr.cpam.benchmark;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The application's own tables at the benchmark's volume (the engine's are {@link Volume}'s):
 * "Mes paiements" of many citizens and the completed dossiers "Délais de traitement" computes
 * from, each made by one {@code INSERT ... SELECT} over a series of numbers.
 *
 * <ul>
 *   <li>{@code paiement}: {@value #PAIEMENTS_PAR_DOSSIER} lines per completed dossier of the
 *       volume (3 000 000 at full volume), {@value #LIGNES_PAR_ASSURE} per citizen over 36 months
 *       (older than the 27 months shown, as a database keeps them), four natures, about one
 *       awaited payment per citizen; the demo citizen Claire is one of them, her lines spread
 *       over the table and over herself and her two children.
 *   <li>{@code traitement_termine}: one line per completed dossier of the volume, over the last
 *       two years, the six themes and the ten CPAMs, with durations of 0 to 40 days.
 * </ul>
 */
final class VolumeApplication {

  static final int PAIEMENTS_PAR_DOSSIER = 3;
  static final int LIGNES_PAR_ASSURE = 300;
  private static final String CLAIRE = "285047511234560";
  private static final List<String> THEMATIQUES =
      List.of("arrets-travail", "carte-vitale", "messagerie", "changement-situation", "remboursements", "feuilles-soins-papier");
  private static final List<String> CPAM = List.of("131", "311", "331", "441", "594", "691", "751", "921", "931", "941");

  private final DataSource source;
  private final boolean postgres;

  VolumeApplication(DataSource source, boolean postgres) {
    this.source = source;
    this.postgres = postgres;
  }

  void charger(int dossiersTermines) throws SQLException {
    int lignes = Math.max(LIGNES_PAR_ASSURE, dossiersTermines * PAIEMENTS_PAR_DOSSIER);
    try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      long t = System.nanoTime();
      int n = s.executeUpdate(paiements(lignes, Math.max(1, lignes / LIGNES_PAR_ASSURE), beneficiairesDeClaire(s)));
      System.out.printf("  paiement : %d lignes en %d ms%n", n, (System.nanoTime() - t) / 1_000_000);
      t = System.nanoTime();
      n = s.executeUpdate(traitements(Math.max(1, dossiersTermines)));
      System.out.printf("  traitement_termine : %d lignes en %d ms%n", n, (System.nanoTime() - t) / 1_000_000);
      c.commit();
      if (postgres) {
        c.setAutoCommit(true);
        // The visibility map too: the délais query is meant to be an index-only scan.
        s.execute("vacuum analyze paiement");
        s.execute("vacuum analyze traitement_termine");
      }
    }
  }

  /** Claire and her children: NIR and full name of each. */
  private static List<String[]> beneficiairesDeClaire(Statement s) throws SQLException {
    List<String[]> b = new ArrayList<>();
    try (ResultSet rs = s.executeQuery(
        "select b.nir, b.prenom || ' ' || b.nom from beneficiaire b join assure a on a.id = b.assure_id where a.nir = '" + CLAIRE + "' order by b.nir")) {
      while (rs.next()) {
        b.add(new String[] {rs.getString(1), rs.getString(2)});
      }
    }
    if (b.isEmpty()) {
      b.add(new String[] {CLAIRE, "Claire DUBOIS"});
    }
    return b;
  }

  /** Citizen {@code mod(x, assures)}; citizen 0 is Claire, her lines spread over the table like anyone's. */
  private String paiements(int lignes, int assures, List<String[]> beneficiaires) {
    String assure = "mod(x, " + assures + ")";
    String autre = "'1' || lpad(cast(" + assure + " as varchar(12)), 12, '0') || '00'";
    String qui = "mod(x / " + assures + ", " + beneficiaires.size() + ")";
    StringBuilder nir = new StringBuilder("case when " + assure + " <> 0 then " + autre);
    StringBuilder nom = new StringBuilder("case when " + assure + " <> 0 then 'Assuré du banc ' || cast(" + assure + " as varchar(12))");
    for (int i = 0; i < beneficiaires.size(); i++) {
      nir.append(" when ").append(qui).append(" = ").append(i).append(" then '").append(beneficiaires.get(i)[0]).append("'");
      nom.append(" when ").append(qui).append(" = ").append(i).append(" then '").append(beneficiaires.get(i)[1].replace("'", "''")).append("'");
    }
    return insertionPaiements("case when " + assure + " = 0 then '" + CLAIRE + "' else " + autre + " end", nir + " end", nom + " end",
        "'BANC-P-' || cast(x as varchar(12))", lignes);
  }

  /** Line x: one of four natures, paid x mod 1 100 days ago (36 months), awaited when x mod 300 = 7 (about one per citizen). */
  private String insertionPaiements(String nirAssure, String nirBeneficiaire, String nom, String cle, int lignes) {
    String attendu = "mod(x, " + LIGNES_PAR_ASSURE + ") = 7";
    String nature = "case mod(x, 10) when 0 then 'INDEMNITES_JOURNALIERES' when 1 then 'INDEMNITES_MATERNITE_PATERNITE'"
        + " when 2 then 'PENSION_INVALIDITE' else 'REMBOURSEMENT_SOINS' end";
    String brut = "cast(5 + mod(x * 37, 30000) / 100.0 as numeric(12, 2))";
    String csg = "cast(case when mod(x, 10) < 3 then mod(x * 37, 30000) / 1500.0 else 0 end as numeric(12, 2))";
    String paye = jours("mod(x, 1100)");
    return "insert into paiement (cle_source, nir_assure, nir_beneficiaire, nom_beneficiaire, nature, libelle, date_paiement,"
        + " periode_debut, periode_fin, montant_brut, csg, crds, retenues, montant_net, paye_a, libelle_paye_a, statut,"
        + " etape_attente, reference_dossier, mis_a_jour_le)"
        + " select " + cle + ", " + nirAssure + ", " + nirBeneficiaire + ", " + nom + ", " + nature + ", 'Prestation du banc d''essai',"
        + " case when " + attendu + " then null else " + paye + " end, " + jours("mod(x, 1100) + 14") + ", " + paye + ", "
        + brut + ", " + csg + ", 0, " + csg + ", " + brut + " - " + csg + ", 'ASSURE', 'Vous',"
        + " case when " + attendu + " then 'EN_ATTENTE' else 'PAYE' end,"
        + " case when " + attendu + " then 'Prochain versement prévu' else null end, null, current_timestamp"
        + " from " + serie(lignes);
  }

  /** Dossier x: completed x mod 730 days ago, took 0 to 40 days. */
  private String traitements(int lignes) {
    String fin = postgres
        ? "current_timestamp - mod(x, 730) * interval '1 day' - mod(x, 86400) * interval '1 second'"
        : "dateadd(second, -(mod(x, 730) * 86400 + mod(x, 86400)), current_timestamp)";
    String duree = "(mod(x * 7, 31) + mod(x, 11))";
    String debut = postgres
        ? "current_timestamp - (mod(x, 730) + " + duree + ") * interval '1 day'"
        : "dateadd(day, -(mod(x, 730) + " + duree + "), current_timestamp)";
    return "insert into traitement_termine (process_instance_id, cle_processus, thematique, cpam_code, debut, fin, duree_jours)"
        + " select 'BANC-T-' || cast(x as varchar(12)), 'BancDossier', " + choix("mod(x / 10, " + THEMATIQUES.size() + ")", THEMATIQUES)
        + ", " + choix("mod(x, " + CPAM.size() + ")", CPAM) + ", " + debut + ", " + fin + ", " + duree
        + " from " + serie(lignes);
  }

  private static String choix(String indice, List<String> valeurs) {
    StringBuilder c = new StringBuilder("case " + indice);
    for (int i = 0; i < valeurs.size(); i++) {
      c.append(" when ").append(i).append(" then '").append(valeurs.get(i)).append("'");
    }
    return c.append(" end").toString();
  }

  private String jours(String avant) {
    return postgres ? "current_date - (" + avant + ")" : "cast(dateadd(day, -(" + avant + "), current_date) as date)";
  }

  private String serie(int lignes) {
    return postgres ? "generate_series(1, " + lignes + ") x" : "system_range(1, " + lignes + ")";
  }
}
