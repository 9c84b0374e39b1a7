package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who a sender account speaks for. A doctor's account (group {@code medecins}) carries the
 * doctor's RPPS number: the notices it sends are recorded as prescribed by that doctor, and it
 * acts (prolongation, early return to work) only on the arrêts that doctor prescribed. An
 * employer's account (group {@code employeurs}: the payroll software of one company, or of a
 * declaring third party for several) carries one or more SIRET: it acts (attestation, early
 * return) only on the arrêts of those establishments' employees. An account with no tie acts on
 * nothing. Ties are written by an administrator ({@code PUT /api/emetteurs/{identifiant}}), by
 * the demo for its two accounts.
 */
@Component
public class Emetteurs {

  static final String RPPS = "RPPS";
  static final String SIRET = "SIRET";

  private final JdbcTemplate jdbc;

  Emetteurs(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * What a sender account speaks for: its RPPS (a doctor), its SIRET (an employer).
   * {@link #CPAM} is the CPAM's own code (jobs, tests of the procedure): every arrêt.
   */
  record Emetteur(Optional<String> rpps, Set<String> sirets, boolean tous) {
    static final Emetteur AUCUN = new Emetteur(Optional.empty(), Set.of(), false);
    static final Emetteur CPAM = new Emetteur(Optional.empty(), Set.of(), true);
  }

  /** The connected account's ties (none for a person who is not a sender). */
  Emetteur connecte() {
    return UtilisateurConnecte.id().map(this::de).orElse(Emetteur.AUCUN);
  }

  Emetteur de(String utilisateur) {
    Optional<String> rpps = Optional.empty();
    Set<String> sirets = new TreeSet<>();
    for (var ligne : jdbc.queryForList(
        "select nature, identifiant from rattachement_emetteur where utilisateur = ?", utilisateur)) {
      String identifiant = (String) ligne.get("identifiant");
      if (RPPS.equals(ligne.get("nature"))) {
        rpps = Optional.of(identifiant);
      } else {
        sirets.add(identifiant);
      }
    }
    return new Emetteur(rpps, Set.copyOf(sirets), false);
  }

  /**
   * Replaces what an account speaks for: a doctor's RPPS (11 digits), or an employer's SIRET.
   *
   * @throws DemandeInvalideException when the numbers are malformed or do not fit the account's group
   */
  @Transactional
  public void rattacher(String utilisateur, List<String> groupes, String rpps, List<String> sirets) {
    List<String> siretsVerifies = sirets == null ? List.of() : sirets.stream().map(s -> Siret.verifier("sirets", s)).distinct().toList();
    boolean medecin = groupes.contains(Groupes.MEDECINS);
    boolean employeur = groupes.contains(Groupes.EMPLOYEURS);
    if (!medecin && !employeur) {
      throw new DemandeInvalideException(null, "Ce compte n'est ni un médecin (groupe medecins) ni un employeur (groupe employeurs).");
    }
    if (medecin && (rpps == null || !rpps.matches("\\d{11}") || !siretsVerifies.isEmpty())) {
      throw new DemandeInvalideException("rpps", "Un compte de médecin porte son numéro RPPS (11 chiffres), et aucun SIRET.");
    }
    if (employeur && (rpps != null || siretsVerifies.isEmpty())) {
      throw new DemandeInvalideException("sirets", "Un compte d'employeur porte un ou plusieurs SIRET, et aucun RPPS.");
    }
    jdbc.update("delete from rattachement_emetteur where utilisateur = ?", utilisateur);
    if (medecin) {
      jdbc.update("insert into rattachement_emetteur (utilisateur, nature, identifiant) values (?, ?, ?)", utilisateur, RPPS, rpps);
    }
    for (String siret : siretsVerifies) {
      jdbc.update("insert into rattachement_emetteur (utilisateur, nature, identifiant) values (?, ?, ?)", utilisateur, SIRET, siret);
    }
  }
}
