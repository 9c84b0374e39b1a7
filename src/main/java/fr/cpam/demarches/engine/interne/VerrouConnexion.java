package fr.cpam.demarches.engine.interne;

import fr.cpam.demarches.commun.Empreinte;
import fr.cpam.demarches.engine.securite.SecondFacteur;
import fr.cpam.demarches.engine.securite.VerrouDesConnexions;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Slows down whoever guesses codes, without telling whether an account exists and without letting
 * a stranger lock anyone out for good (docs/decisions/0046).
 *
 * <p>Failures are counted per identifier typed, whether an account has it or not, in the table
 * {@code tentative_connexion} (a SHA-256 of the identifier, never the identifier itself). After
 * the n-th wrong code in a row, the next try waits 2^(n−1) seconds (1, 2, 4, 8 s); from the 5th,
 * the identifier is locked for 15 minutes, doubled at each new failure up to 24 hours. A lock
 * ends by itself; an agent or an administrator ends it at once ({@link #debloquer}), as will a new
 * code ("Code oublié", a later procedure, through the same method). During a delay or a lock the
 * code is not even checked. A right code clears the count. Unknown and known identifiers get the
 * same answers, statuses and work (a password hash is computed for an unknown one too).
 *
 * <p>Used by HTTP Basic ({@code engine.securite.IdentiteMoteurAuthenticationProvider}) and the webapps' login
 * ({@code engine.securite.ConnexionWebappFilter}). The engine's own lockout, which counts known users only and
 * locks for good, is off ({@code login-max-attempts}, {@code login-delay-base} in application.yml).
 */
@Component
public class VerrouConnexion implements VerrouDesConnexions {

  static final int ECHECS_AVANT_BLOCAGE = 5;
  static final Duration BLOCAGE_INITIAL = Duration.ofMinutes(15);
  static final Duration BLOCAGE_MAX = Duration.ofHours(24);
  /** Counts older than this, and not locked, are forgotten. */
  static final Duration OUBLI = Duration.ofDays(2);

  private final ProcessEngineConfigurationImpl configuration;
  private final JdbcTemplate jdbc;
  private final ObjectProvider<SecondFacteur> secondFacteur;

  public VerrouConnexion(
      ProcessEngineConfigurationImpl configuration, JdbcTemplate jdbc, ObjectProvider<SecondFacteur> secondFacteur) {
    this.configuration = configuration;
    this.jdbc = jdbc;
    this.secondFacteur = secondFacteur;
  }

  /**
   * What one login attempt gives. {@code refus}: why it is refused whatever the code (a delay or
   * a lock running, or starting with this failure); otherwise {@code codeCorrect} and, when it
   * is, the person's groups.
   */
  public record Essai(Optional<String> refus, boolean codeCorrect, List<String> groupes, boolean codeUniqueRequis) {}

  /**
   * Checks a code: refused during a delay or a lock, counted when wrong, the count cleared when
   * right (when a one-time code must follow, {@link SecondFacteur}, when that one is right).
   */
  public Essai essayer(String identifiant, String code) {
    // One read of the count: nothing more for a person who never mistyped (docs/performance.md).
    Optional<Compte> compte = compte(identifiant);
    Optional<String> refus = compte.flatMap(VerrouConnexion::attente);
    if (refus.isPresent()) {
      return new Essai(refus, false, List.of(), false);
    }
    Optional<List<String>> groupes = verifier(identifiant, code);
    if (groupes.isEmpty()) {
      return new Essai(echec(identifiant, compte), false, List.of(), false);
    }
    // With a one-time code still to type, the count is cleared by the right one-time code only:
    // its wrong ones add up across logins, up to the lock.
    SecondFacteur facteur = secondFacteur.getIfAvailable();
    boolean codeUniqueRequis = facteur != null && facteur.requis(identifiant, groupes.get());
    if (compte.isPresent() && !codeUniqueRequis) {
      reussite(identifiant);
    }
    return new Essai(Optional.empty(), true, groupes.get(), codeUniqueRequis);
  }

  /** The wrong codes in a row of an identifier, and the end of its wait. */
  record Compte(int echecs, Instant fin) {}

  private Optional<Compte> compte(String identifiant) {
    return jdbc.query(
            "select echecs, attendre_jusqu_a from tentative_connexion where identifiant = ?",
            (ligne, n) -> new Compte(ligne.getInt(1), ligne.getTimestamp(2).toInstant()),
            Empreinte.sha256(identifiant))
        .stream()
        .findFirst();
  }

  private static Optional<String> attente(Compte compte) {
    Instant maintenant = ClockUtil.getCurrentTime().toInstant();
    return compte.fin().isAfter(maintenant) ? Optional.of(message(Duration.between(maintenant, compte.fin()))) : Optional.empty();
  }

  /**
   * The code checked against the engine's user, in one engine command that writes nothing; the
   * person's groups when it is right. An unknown identifier costs the same hash.
   */
  private Optional<List<String>> verifier(String identifiant, String code) {
    return configuration.getCommandExecutorTxRequired().execute(contexte -> {
      ReadOnlyIdentityProvider identites = contexte.getReadOnlyIdentityProvider();
      UserEntity utilisateur = identites.findUserById(identifiant) instanceof UserEntity u ? u : null;
      String sel = utilisateur == null || utilisateur.getSalt() == null ? "0000000000000000" : utilisateur.getSalt();
      String attendu = utilisateur == null ? "{SHA-512}inconnu" : utilisateur.getPassword();
      boolean correct =
          code != null && configuration.getPasswordManager().check(EncryptionUtil.saltPassword(code, sel), attendu);
      if (!correct || utilisateur == null) {
        return Optional.<List<String>>empty();
      }
      return Optional.of(
          identites.createGroupQuery(contexte).groupMember(identifiant).list().stream().map(Group::getId).toList());
    });
  }

  /** Why a login is refused whatever its code, if it is: a delay or a lock is running. */
  Optional<String> attente(String identifiant) {
    return compte(identifiant).flatMap(VerrouConnexion::attente);
  }

  /** Counts a wrong code; says why the next tries wait when this failure starts a lock. */
  private Optional<String> echec(String identifiant, Optional<Compte> avant) {
    String cle = Empreinte.sha256(identifiant);
    Instant maintenant = ClockUtil.getCurrentTime().toInstant();
    int n = avant.map(c -> c.echecs() + 1).orElse(1);
    Duration attente = attente(n);
    Timestamp fin = Timestamp.from(maintenant.plus(attente));
    if (avant.isEmpty()) {
      jdbc.update(
          "insert into tentative_connexion (identifiant, echecs, dernier_echec, attendre_jusqu_a) values (?, ?, ?, ?)",
          cle, n, Timestamp.from(maintenant), fin);
    } else {
      jdbc.update(
          "update tentative_connexion set echecs = ?, dernier_echec = ?, attendre_jusqu_a = ? where identifiant = ?",
          n, Timestamp.from(maintenant), fin, cle);
    }
    if (ThreadLocalRandom.current().nextInt(100) == 0) {
      oublierLesAnciennes(maintenant);
    }
    return n >= ECHECS_AVANT_BLOCAGE ? Optional.of(message(attente)) : Optional.empty();
  }

  /** A right code: the count starts again from zero. */
  void reussite(String identifiant) {
    jdbc.update("delete from tentative_connexion where identifiant = ? ", Empreinte.sha256(identifiant));
  }

  /**
   * Ends a delay or a lock at once and clears the count: an agent or an administrator who checked
   * the person's identity, or a new personal code ("Code oublié").
   */
  public void debloquer(String identifiant) {
    reussite(normaliser(identifiant));
  }

  /**
   * Counts a failure of this identifier that is not a wrong personal code: a wrong one-time code
   * after the right personal code. The same delays and locks follow; says why the next tries
   * wait when this failure starts a lock.
   */
  public Optional<String> compterEchec(String identifiant) {
    String id = normaliser(identifiant);
    return echec(id, compte(id));
  }

  /** Whether a delay or a lock runs for this identifier now. */
  public boolean estBloque(String identifiant) {
    return attente(normaliser(identifiant)).isPresent();
  }

  /** The wait after the n-th failure in a row. */
  static Duration attente(int echecs) {
    if (echecs < ECHECS_AVANT_BLOCAGE) {
      return Duration.ofSeconds(1L << (echecs - 1));
    }
    int doublements = Math.min(echecs - ECHECS_AVANT_BLOCAGE, 10);
    Duration blocage = BLOCAGE_INITIAL.multipliedBy(1L << doublements);
    return blocage.compareTo(BLOCAGE_MAX) > 0 ? BLOCAGE_MAX : blocage;
  }

  private void oublierLesAnciennes(Instant maintenant) {
    jdbc.update(
        "delete from tentative_connexion where dernier_echec < ? and attendre_jusqu_a < ?",
        Timestamp.from(maintenant.minus(OUBLI)), Timestamp.from(maintenant));
  }

  /** The French words for a running wait: seconds for a delay, minutes or hours for a lock. */
  static String message(Duration reste) {
    long secondes = Math.max(1, reste.toSeconds() + (reste.toNanosPart() > 0 ? 1 : 0));
    if (secondes < 60) {
      return "Trop de tentatives de connexion : réessayez dans " + secondes + " seconde" + (secondes > 1 ? "s" : "") + ".";
    }
    long minutes = (secondes + 59) / 60;
    String duree = minutes < 120 ? minutes + " minutes" : ((minutes + 59) / 60) + " heures";
    return "Trop de codes erronés : la connexion est bloquée pendant " + duree + ". Réessayez ensuite, demandez un"
        + " nouveau code personnel (« Code oublié ») ou appelez votre CPAM au 3646, qui peut la débloquer.";
  }

  /** A citizen may type the NIR with spaces, as printed on the carte Vitale. */
  public static String normaliser(String identifiant) {
    return identifiant == null ? "" : identifiant.replace(" ", "").strip();
  }
}
