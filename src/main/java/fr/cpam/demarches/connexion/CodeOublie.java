package fr.cpam.demarches.connexion;

import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.engine.securite.VerrouDesConnexions;
import fr.cpam.demarches.notification.Courriels;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * « Code oublié »: a citizen gives the 13 NIR characters of her login and the e-mail address of
 * her account; when both are those of an account, a new 4-digit personal code (under the
 * citizens' code policy) replaces the old one, is sent to that address, and ends any delay or
 * lock of the login ({@link VerrouDesConnexions#debloquer}).
 *
 * <p>No enumeration: the request itself does the same work whatever was typed (count the recent
 * requests, record this one, hand it over) and gets the same answer; whether an account matches
 * is found out afterwards, on a thread of its own, where nobody waits for it, a moment after the
 * answer has left. Limits, per rolling
 * hour: {@code cpam.connexion.code-oublie.par-nir-et-heure} requests per typed identifier (known
 * or not) and {@code par-demandeur-et-heure} per requesting address (docs/securite.md).
 */
@Service
public class CodeOublie {

  private static final Logger LOG = LoggerFactory.getLogger(CodeOublie.class);
  private static final SecureRandom HASARD = new SecureRandom();

  /** What a request gets: recorded, or refused by one of the limits. */
  enum Issue {
    ENREGISTREE,
    TROP_POUR_CE_NUMERO,
    TROP_POUR_CE_DEMANDEUR
  }

  private final JdbcTemplate jdbc;
  private final CompteService comptes;
  private final IdentityService identites;
  private final VerrouDesConnexions verrou;
  private final Courriels courriels;
  private final DemandesParHeure limites;
  private final EnvoisDiffere envois;

  private final Clock horloge;

  CodeOublie(
      JdbcTemplate jdbc,
      CompteService comptes,
      IdentityService identites,
      VerrouDesConnexions verrou,
      Courriels courriels,
      EnvoisDiffere envois,
      @Value("${cpam.connexion.code-oublie.par-nir-et-heure:3}") int parNirEtHeure,
      @Value("${cpam.connexion.code-oublie.par-demandeur-et-heure:20}") int parDemandeurEtHeure, Clock horloge) {
    this.jdbc = jdbc;
    this.comptes = comptes;
    this.identites = identites;
    this.verrou = verrou;
    this.courriels = courriels;
    this.envois = envois;
    this.limites = new DemandesParHeure(jdbc, "demande_code_oublie", parNirEtHeure, parDemandeurEtHeure);
    this.horloge = horloge;
  }

  /**
   * Records a request and hands it over; the same work and the same answer whether or not an
   * account has this identifier and this address.
   *
   * @param identifiant the 13 NIR characters, already checked for their form
   * @param demandeur the requesting address (the client's IP), counted for the limit
   */
  Issue demander(String identifiant, String email, String demandeur) {
    Instant maintenant = horloge.instant();
    DemandesParHeure.Demande demande = limites.compter(identifiant, demandeur, maintenant);
    if (demande.refusee()) {
      return demande.depassement() == DemandesParHeure.Depassement.POUR_CE_NUMERO ? Issue.TROP_POUR_CE_NUMERO : Issue.TROP_POUR_CE_DEMANDEUR;
    }
    jdbc.update(
        "insert into demande_code_oublie (identifiant, demandeur, demandee_le) values (?, ?, ?)",
        demande.cle(), demande.qui(), Timestamp.from(maintenant));
    limites.oublierParfois(maintenant, DemandesParHeure.FENETRE);
    envois.plusTard(() -> traiter(identifiant, email));
    return Issue.ENREGISTREE;
  }

  /** Out of the request: a new code when the identifier and the address are an account's. */
  void traiter(String identifiant, String email) {
    try {
      Optional<Assure> compte = comptes.trouver(Nir.depuisIdentifiant(identifiant));
      if (compte.isEmpty()
          || compte.get().email() == null
          || !normaliser(compte.get().email()).equals(normaliser(email))) {
        return;
      }
      User utilisateur = identites.createUserQuery().userId(identifiant).singleResult();
      if (utilisateur == null) {
        return;
      }
      String code = nouveauCode(utilisateur);
      utilisateur.setPassword(code);
      identites.saveUser(utilisateur);
      verrou.debloquer(identifiant);
      boolean envoye = courriels.envoyer(
          compte.get().email(),
          "Votre nouveau code personnel",
          texte(compte.get().prenom(), code));
      LOG.info("Code oublié : nouveau code personnel pour {}{}", compte.get().nir().masque(),
          envoye ? ", envoyé par courriel" : ", courriel NON envoyé");
    } catch (RuntimeException e) {
      LOG.warn("Code oublié : demande non traitée ({})", e.getClass().getSimpleName());
    }
  }

  /** A random 4-digit code that the citizens' policy accepts for this person. */
  private String nouveauCode(User utilisateur) {
    while (true) {
      String code = String.format("%04d", HASARD.nextInt(10_000));
      if (identites.checkPasswordAgainstPolicy(code, utilisateur).isValid()) {
        return code;
      }
    }
  }

  static String texte(String prenom, String code) {
    return "Bonjour " + prenom + ",\n\n"
        + "Vous avez demandé un nouveau code personnel pour votre compte de l'Assurance Maladie.\n\n"
        + "Votre nouveau code personnel : " + code + "\n\n"
        + "Il remplace l'ancien dès maintenant. Connectez-vous avec votre numéro de sécurité sociale"
        + " (13 caractères, sans la clé) et ce code. Si votre connexion était bloquée après plusieurs"
        + " codes erronés, elle est débloquée.\n\n"
        + "Vous n'avez rien demandé ? Quelqu'un connaît votre numéro et votre adresse électronique :"
        + " connectez-vous avec ce code puis appelez votre CPAM au 3646.\n\n"
        + "Ceci est un message automatique, merci de ne pas y répondre.\n"
        + "L'Assurance Maladie";
  }

  private static String normaliser(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

}
