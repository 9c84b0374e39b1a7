package fr.cpam.demarches.connexion;

import fr.cpam.demarches.commun.Empreinte;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.notification.Courriels;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * « Créer un compte »: an insured person known to the CPAM (the {@code assure} table) who has no
 * login yet creates it herself, in two steps.
 *
 * <ol>
 *   <li>She types her NIR with its key, her name, first name and birth date, and an e-mail
 *       address. The identity must be that of the insured person of this NIR (the name, usage or
 *       birth name, and the first name compared as FranceConnect's identity is, {@link
 *       IdentitePivot#normaliser}; the birth date exactly), else the form says so and nothing is
 *       recorded but the request's count. When it is, a link valid {@link #VALIDITE} is sent to
 *       the address: the same answer, the same work in the request and an e-mail in both cases
 *       whether or not she already has a login (no enumeration of the accounts): with a login
 *       already, the e-mail says so and points to « Code oublié » instead of the link.
 *   <li>The link (once, before its end) leads to the choice of the personal code, under the
 *       citizens' code policy; then the login is created, in group {@code assures}, and the
 *       address recorded as the account's, in one transaction.
 * </ol>
 *
 * Limits, per rolling hour: {@code cpam.connexion.creation-compte.par-nir-et-heure} requests per
 * typed NIR (whatever the identity typed with it: the form is no oracle for guessing identities)
 * and {@code par-demandeur-et-heure} per requesting address (docs/securite.md).
 */
@Service
class CreationCompte {

  private static final Logger LOG = LoggerFactory.getLogger(CreationCompte.class);
  private static final SecureRandom HASARD = new SecureRandom();
  static final Duration VALIDITE = Duration.ofHours(24);
  /** The rows (and their links) kept this long: beyond the link's life and the hour of the limits. */
  private static final Duration GARDE = Duration.ofDays(2);
  static final String CHEMIN_CONFIRMATION = "/connexion/creer-compte/confirmer";

  /** What a first step gets. */
  enum Issue {
    LIEN_ENVOYE,
    IDENTITE_NON_RECONNUE,
    TROP_POUR_CE_NUMERO,
    TROP_POUR_CE_DEMANDEUR
  }

  /** What the second step gets. */
  enum Creation {
    CREE,
    LIEN_INVALIDE,
    DEJA_UN_COMPTE,
    CODE_REFUSE
  }

  /** A link still valid: the insured person and the address it confirms. */
  record Lien(long id, Nir nir, String email) {}

  private final JdbcTemplate jdbc;
  private final CompteService comptes;
  private final IdentityService identites;
  private final Courriels courriels;
  private final EnvoisDiffere envois;
  private final DemandesParHeure limites;
  private final Clock horloge;

  CreationCompte(
      JdbcTemplate jdbc,
      CompteService comptes,
      IdentityService identites,
      Courriels courriels,
      EnvoisDiffere envois,
      @Value("${cpam.connexion.creation-compte.par-nir-et-heure:3}") int parNirEtHeure,
      @Value("${cpam.connexion.creation-compte.par-demandeur-et-heure:20}") int parDemandeurEtHeure,
      Clock horloge) {
    this.jdbc = jdbc;
    this.comptes = comptes;
    this.identites = identites;
    this.courriels = courriels;
    this.envois = envois;
    this.limites = new DemandesParHeure(jdbc, "demande_creation_compte", parNirEtHeure, parDemandeurEtHeure);
    this.horloge = horloge;
  }

  /**
   * The first step, its form already checked.
   *
   * @param demandeur the requesting address (the client's IP), counted for the limit
   * @param adresseDuSite where the link of the e-mail leads (scheme, host, context path)
   */
  @Transactional
  Issue demander(Nir nir, String nom, String prenom, LocalDate naissance, String email, String demandeur, String adresseDuSite) {
    Instant maintenant = horloge.instant();
    DemandesParHeure.Demande demande = limites.compter(nir.identifiant(), demandeur, maintenant);
    if (demande.refusee()) {
      return demande.depassement() == DemandesParHeure.Depassement.POUR_CE_NUMERO ? Issue.TROP_POUR_CE_NUMERO : Issue.TROP_POUR_CE_DEMANDEUR;
    }
    String cle = demande.cle();
    String qui = demande.qui();
    limites.oublierParfois(maintenant, GARDE);
    Optional<Assure> assure = comptes.trouver(nir).filter(a -> correspond(a, nom, prenom, naissance));
    if (assure.isEmpty()) {
      jdbc.update(
          "insert into demande_creation_compte (identifiant, demandeur, demandee_le) values (?, ?, ?)",
          cle, qui, Timestamp.from(maintenant));
      return Issue.IDENTITE_NON_RECONNUE;
    }
    byte[] octets = new byte[32];
    HASARD.nextBytes(octets);
    String jeton = Base64.getUrlEncoder().withoutPadding().encodeToString(octets);
    jdbc.update(
        "insert into demande_creation_compte (identifiant, demandeur, demandee_le, jeton, nir, email, valable_jusqu_a)"
            + " values (?, ?, ?, ?, ?, ?, ?)",
        cle, qui, Timestamp.from(maintenant), Empreinte.sha256(jeton), nir.valeur(), email,
        Timestamp.from(maintenant.plus(VALIDITE)));
    String lien = adresseDuSite + CHEMIN_CONFIRMATION + "?jeton=" + jeton;
    String prenomDuCompte = assure.get().prenom();
    envois.plusTard(() -> envoyer(nir, email, prenomDuCompte, lien));
    return Issue.LIEN_ENVOYE;
  }

  /**
   * The identity typed is that of the insured person: the name (usage or birth name), the first
   * name (the usual one, or given names at birth, in any order) and the birth date.
   */
  static boolean correspond(Assure assure, String nom, String prenom, LocalDate naissance) {
    String n = IdentitePivot.normaliser(nom);
    String p = IdentitePivot.normaliser(prenom);
    return assure.dateNaissance().equals(naissance)
        && (n.equals(IdentitePivot.normaliser(assure.nom())) || n.equals(IdentitePivot.normaliser(assure.nomNaissance())))
        && !p.isEmpty()
        && (p.equals(IdentitePivot.normaliser(assure.prenom()))
            || IdentitePivot.liste(assure.prenoms()).containsAll(IdentitePivot.liste(prenom)));
  }

  /** Out of the request: the link, or, for a person who has a login already, where to go instead. */
  void envoyer(Nir nir, String email, String prenom, String lien) {
    try {
      boolean dejaUnCompte = comptes.aUneConnexion(nir);
      boolean envoye = dejaUnCompte
          ? courriels.envoyer(email, "Vous avez déjà un compte", texteDejaUnCompte(prenom))
          : courriels.envoyer(email, "Confirmez votre adresse pour créer votre compte", texteLien(prenom, lien));
      LOG.info("Créer un compte : {} pour {}{}", dejaUnCompte ? "compte existant" : "lien de confirmation",
          nir.masque(), envoye ? ", envoyé par courriel" : ", courriel NON envoyé");
    } catch (RuntimeException e) {
      LOG.warn("Créer un compte : courriel non traité ({})", e.getClass().getSimpleName());
    }
  }

  /** The link of an e-mail, if it is still valid: not used, not expired. */
  @Transactional(readOnly = true)
  Optional<Lien> lien(String jeton) {
    if (jeton == null || jeton.isBlank() || jeton.length() > 100) {
      return Optional.empty();
    }
    return jdbc.query(
            "select id, nir, email from demande_creation_compte where jeton = ? and utilisee_le is null and valable_jusqu_a > ?",
            (ligne, n) -> new Lien(ligne.getLong(1), Nir.de(ligne.getString(2)), ligne.getString(3)),
            Empreinte.sha256(jeton), Timestamp.from(horloge.instant()))
        .stream()
        .findFirst();
  }

  /** Whether this code is accepted as the personal code of this NIR (the citizens' policy). */
  boolean codeAccepte(Nir nir, String code) {
    return identites.checkPasswordAgainstPolicy(code, identites.newUser(nir.identifiant())).isValid();
  }

  /**
   * The second step: the login created with the chosen code, the address recorded, this link and
   * every other link of this person used up; all or nothing.
   */
  @Transactional
  Creation creer(String jeton, String code) {
    Optional<Lien> lien = lien(jeton);
    if (lien.isEmpty()) {
      return Creation.LIEN_INVALIDE;
    }
    Nir nir = lien.get().nir();
    if (comptes.aUneConnexion(nir)) {
      return Creation.DEJA_UN_COMPTE;
    }
    if (!codeAccepte(nir, code)) {
      return Creation.CODE_REFUSE;
    }
    int utilises = jdbc.update(
        "update demande_creation_compte set utilisee_le = ? where nir = ? and utilisee_le is null",
        Timestamp.from(horloge.instant()), nir.valeur());
    if (utilises == 0) {
      return Creation.LIEN_INVALIDE;
    }
    comptes.creerConnexion(nir, lien.get().email(), code);
    LOG.info("Créer un compte : connexion créée pour {}", nir.masque());
    return Creation.CREE;
  }

  static String texteLien(String prenom, String lien) {
    return "Bonjour " + prenom + ",\n\n"
        + "Vous avez demandé à créer votre compte de l'Assurance Maladie. Pour confirmer votre adresse"
        + " électronique et choisir votre code personnel, ouvrez ce lien :\n\n"
        + lien + "\n\n"
        + "Il est valable 24 heures, une seule fois.\n\n"
        + "Vous n'avez rien demandé ? N'ouvrez pas ce lien : aucun compte n'est créé sans lui. Si cela se"
        + " reproduit, appelez votre CPAM au 3646.\n\n"
        + "Ceci est un message automatique, merci de ne pas y répondre.\n"
        + "L'Assurance Maladie";
  }

  static String texteDejaUnCompte(String prenom) {
    return "Bonjour " + prenom + ",\n\n"
        + "Vous avez demandé à créer votre compte de l'Assurance Maladie, mais vous en avez déjà un : on ne peut"
        + " en avoir qu'un.\n\n"
        + "Connectez-vous avec votre numéro de sécurité sociale (13 caractères, sans la clé) et votre code"
        + " personnel. Vous l'avez oublié ? Choisissez « Code oublié » sur la page de connexion : un nouveau code"
        + " vous sera envoyé à l'adresse électronique de votre compte.\n\n"
        + "Vous n'avez rien demandé ? Quelqu'un connaît votre numéro et votre identité : appelez votre CPAM au"
        + " 3646.\n\n"
        + "Ceci est un message automatique, merci de ne pas y répondre.\n"
        + "L'Assurance Maladie";
  }
}
