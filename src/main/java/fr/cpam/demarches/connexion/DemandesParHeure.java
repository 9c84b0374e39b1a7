package fr.cpam.demarches.connexion;

import fr.cpam.demarches.commun.Empreinte;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.validation.BindingResult;

/**
 * The hourly limits of a form that sends e-mails to whoever types a NIR (« Code oublié », « Créer
 * un compte »): requests per rolling hour, per typed identifier (known or not) and per requesting
 * address, counted in the form's table (columns {@code identifiant}, {@code demandeur}: SHA-256 of
 * each, {@code demandee_le}) in one statement.
 */
final class DemandesParHeure {

  static final Duration FENETRE = Duration.ofHours(1);
  private static final SecureRandom HASARD = new SecureRandom();

  /** Which limit a new request would go beyond. */
  enum Depassement {
    AUCUN,
    POUR_CE_NUMERO,
    POUR_CE_DEMANDEUR
  }

  private final JdbcTemplate jdbc;
  private final String table;
  private final int parNirEtHeure;
  private final int parDemandeurEtHeure;

  DemandesParHeure(JdbcTemplate jdbc, String table, int parNirEtHeure, int parDemandeurEtHeure) {
    this.jdbc = jdbc;
    this.table = table;
    this.parNirEtHeure = parNirEtHeure;
    this.parDemandeurEtHeure = parDemandeurEtHeure;
  }

  /** A new request: the SHA-256 of the typed identifier and of the requesting address, and the limit it goes beyond. */
  record Demande(String cle, String qui, Depassement depassement) {
    boolean refusee() {
      return depassement != Depassement.AUCUN;
    }
  }

  /** Counts the recent requests of this identifier and of this address (one statement). */
  Demande compter(String identifiant, String demandeur, Instant maintenant) {
    String cle = Empreinte.sha256(identifiant);
    String qui = Empreinte.sha256(demandeur);
    return new Demande(cle, qui, depassement(cle, qui, maintenant));
  }

  /** The number's limit, said next to the number's field of the form (the page answers 429). */
  static void refuserPourCeNumero(BindingResult erreurs, String champDuNumero) {
    erreurs.rejectValue(champDuNumero, "limite",
        "Plusieurs demandes ont déjà été faites pour ce numéro dans l'heure : attendez une heure avant une nouvelle"
            + " demande, ou appelez votre CPAM au 3646.");
  }

  /** The connection's limit, said for the whole form (the page answers 429). */
  static void refuserPourCeDemandeur(BindingResult erreurs) {
    erreurs.reject("limite",
        "Trop de demandes depuis cette connexion dans l'heure : réessayez dans une heure, ou appelez votre CPAM au 3646.");
  }

  private Depassement depassement(String cle, String qui, Instant maintenant) {
    int[] recentes = jdbc.queryForObject(
        "select coalesce(sum(case when identifiant = ? then 1 else 0 end), 0),"
            + " coalesce(sum(case when demandeur = ? then 1 else 0 end), 0)"
            + " from " + table + " where demandee_le > ? and (identifiant = ? or demandeur = ?)",
        (ligne, n) -> new int[] {ligne.getInt(1), ligne.getInt(2)},
        cle, qui, Timestamp.from(maintenant.minus(FENETRE)), cle, qui);
    if (recentes[0] >= parNirEtHeure) {
      return Depassement.POUR_CE_NUMERO;
    }
    return recentes[1] >= parDemandeurEtHeure ? Depassement.POUR_CE_DEMANDEUR : Depassement.AUCUN;
  }

  /** Once in a hundred requests, forgets those older than {@code garder}. */
  void oublierParfois(Instant maintenant, Duration garder) {
    if (HASARD.nextInt(100) == 0) {
      jdbc.update("delete from " + table + " where demandee_le < ?", Timestamp.from(maintenant.minus(garder)));
    }
  }
}
