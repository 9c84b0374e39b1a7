package fr.cpam.demarches.formation;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.engine.Locataires;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A learner's first password is the one the trainer read on the sheet: shown once, but known to
 * another person. It is provisional: until the learner has chosen their own on {@value #PAGE},
 * Tasklist and the engine's REST API refuse their work ({@link RefusDesMotsDePasseProvisoires})
 * with a French message pointing to that page (docs/decisions/0092-mot-de-passe-provisoire-des-stagiaires.md).
 * The new password follows the staff's policy, which the engine checks whenever one is set.
 */
class MotsDePasseDesStagiaires {

  private static final Logger LOG = LoggerFactory.getLogger(MotsDePasseDesStagiaires.class);

  static final String PAGE = "/formation/mot-de-passe";
  static final String REFUS = "Votre mot de passe est provisoire : avant de travailler, choisissez le vôtre sur la page"
      + " « Choisir mon mot de passe » (" + PAGE + "), puis reconnectez-vous.";
  static final String POLITIQUE = "Le mot de passe compte au moins 10 caractères, dont une minuscule, une majuscule, un chiffre et"
      + " un caractère spécial (par exemple ! ? # %), et ne contient ni votre identifiant ni votre nom.";

  /** What the learner types. */
  record Choix(String identifiant, String actuel, String nouveau, String confirmation) {}

  private final JdbcTemplate jdbc;
  private final IdentityService identityService;

  MotsDePasseDesStagiaires(JdbcTemplate jdbc, IdentityService identityService) {
    this.jdbc = jdbc;
    this.identityService = identityService;
  }

  /** Whether this person is a learner who has not chosen their password yet (one statement for a learner, none for others). */
  boolean provisoire(String identifiant) {
    if (identifiant == null || !identifiant.startsWith(Locataires.PREFIXE_STAGIAIRE)) {
      return false;
    }
    Integer n = jdbc.queryForObject("select count(*) from formation_stagiaire where identifiant = ? and mot_de_passe_choisi = false",
        Integer.class, identifiant);
    return n != null && n > 0;
  }

  /**
   * The learner's own password replaces the provisional one. A wrong login or current password
   * gets the same answer (no account enumeration) and counts as a failed login (the engine's
   * lock after repeated failures); a new password outside the policy, equal to the current one or
   * typed differently twice is refused field by field; nothing changes then.
   */
  void choisir(Choix choix) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    String identifiant = choix.identifiant() == null ? "" : choix.identifiant().strip();
    boolean stagiaire = identifiant.startsWith(Locataires.PREFIXE_STAGIAIRE) && jdbc.queryForObject(
        "select count(*) from formation_stagiaire where identifiant = ?", Integer.class, identifiant) > 0;
    if (identifiant.isEmpty() || choix.actuel() == null || choix.actuel().isEmpty() || !stagiaire
        || !identityService.checkPassword(identifiant, choix.actuel())) {
      erreurs.add(new ErreurChamp("actuel", "L'identifiant ou le mot de passe actuel n'est pas le bon : reprenez ceux de la feuille"
          + " remise par le formateur."));
      throw new DemandeInvalideException(erreurs);
    }
    User utilisateur = identityService.createUserQuery().userId(identifiant).singleResult();
    if (choix.nouveau() == null || choix.nouveau().isEmpty()) {
      erreurs.add(new ErreurChamp("nouveau", "Choisissez votre nouveau mot de passe. " + POLITIQUE));
    } else if (choix.nouveau().equals(choix.actuel())) {
      erreurs.add(new ErreurChamp("nouveau", "Choisissez un mot de passe différent de celui de la feuille."));
    } else if (!identityService.checkPasswordAgainstPolicy(choix.nouveau(), utilisateur).isValid()) {
      erreurs.add(new ErreurChamp("nouveau", POLITIQUE));
    }
    if (choix.confirmation() == null || !choix.confirmation().equals(choix.nouveau())) {
      erreurs.add(new ErreurChamp("confirmation", "Les deux saisies diffèrent : tapez le même nouveau mot de passe deux fois."));
    }
    if (!erreurs.isEmpty()) {
      throw new DemandeInvalideException(erreurs);
    }
    utilisateur.setPassword(choix.nouveau());
    identityService.saveUser(utilisateur);
    jdbc.update("update formation_stagiaire set mot_de_passe_choisi = true where identifiant = ?", identifiant);
    LOG.info("Stagiaire {} : mot de passe choisi", identifiant);
  }
}
