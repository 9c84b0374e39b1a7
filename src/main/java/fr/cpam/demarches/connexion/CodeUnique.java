package fr.cpam.demarches.connexion;

import fr.cpam.demarches.commun.Empreinte;
import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.securite.SecondFacteur;
import fr.cpam.demarches.engine.securite.VerrouDesConnexions;
import fr.cpam.demarches.notification.Courriels;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * « Code à usage unique »: after the right personal code, a citizen gets a 6-digit code by
 * e-mail, valid 10 minutes, and types it before her session opens. Three wrong codes end the
 * attempt (she logs in again with her personal code for a new one), and each wrong code counts as
 * a failed login of her identifier ({@link VerrouDesConnexions}: the same delays, then the lock).
 *
 * <p>For citizens only, when {@code cpam.connexion.code-unique.actif} is true (per environment:
 * on in production, off in the demo so that its {@code curl} examples keep HTTP Basic). Never for
 * the technical senders ({@code medecin}, {@code employeur}), nor for staff. The code waits in the
 * HTTP session of the login (its SHA-256 with a salt, never the code itself).
 */
@Service
public class CodeUnique implements SecondFacteur {

  static final Duration VALIDITE = Duration.ofMinutes(10);
  static final int ESSAIS = 3;
  private static final String ATTRIBUT = CodeUnique.class.getName();
  private static final SecureRandom HASARD = new SecureRandom();
  private static final DateTimeFormatter HEURE = DateTimeFormatter.ofPattern("HH'h'mm");

  /** The login waiting for its one-time code, kept in the session. */
  record EnAttente(
      String utilisateur, List<String> groupes, String adresse, String sel, String empreinte, Instant expire, int essais)
      implements Serializable {}

  /** What a typed code gives. */
  public sealed interface Verification {}

  /** The right code, in time: the session may open for this person. */
  public record Valide(String utilisateur, List<String> groupes) implements Verification {}

  /** A refusal, with its French words; {@code recommencer} when the attempt is over. */
  public record Refus(String message, boolean recommencer) implements Verification {}

  private final CompteService comptes;
  private final Courriels courriels;
  private final VerrouDesConnexions verrou;
  private final AtomicBoolean actif;
  private final Clock horloge;

  CodeUnique(
      CompteService comptes,
      Courriels courriels,
      VerrouDesConnexions verrou,
      @Value("${cpam.connexion.code-unique.actif:false}") boolean actif, Clock horloge) {
    this.comptes = comptes;
    this.courriels = courriels;
    this.verrou = verrou;
    this.actif = new AtomicBoolean(actif);
    this.horloge = horloge;
  }

  @Override
  public boolean requis(String utilisateur, List<String> groupes) {
    return actif.get()
        && groupes.contains(Groupes.ASSURES)
        && !groupes.contains(Groupes.MEDECINS)
        && !groupes.contains(Groupes.EMPLOYEURS);
  }

  /** Switches the one-time code on or off while the application runs (tests). */
  void activer(boolean oui) {
    actif.set(oui);
  }

  /**
   * Sends a new one-time code to the account's address and keeps it in the session, in place of
   * any earlier one.
   *
   * @return the address it went to, masked ({@code c•••@example.fr}); empty when the account has
   *     no address or the e-mail could not be sent (nothing kept then)
   */
  public Optional<String> envoyer(HttpSession session, String utilisateur, List<String> groupes) {
    session.removeAttribute(ATTRIBUT);
    Optional<Assure> compte = utilisateur.length() == 13 ? comptes.trouver(Nir.depuisIdentifiant(utilisateur)) : Optional.empty();
    String email = compte.map(Assure::email).filter(e -> !e.isBlank()).orElse(null);
    if (email == null) {
      return Optional.empty();
    }
    String code = String.format("%06d", HASARD.nextInt(1_000_000));
    byte[] octets = new byte[16];
    HASARD.nextBytes(octets);
    String sel = HexFormat.of().formatHex(octets);
    Instant expire = horloge.instant().plus(VALIDITE);
    boolean envoye = courriels.envoyer(email, "Votre code de connexion", texte(compte.get().prenom(), code, expire));
    if (!envoye) {
      return Optional.empty();
    }
    String adresse = masquer(email);
    session.setAttribute(ATTRIBUT, new EnAttente(utilisateur, List.copyOf(groupes), adresse, sel, Empreinte.sha256(sel + code), expire, 0));
    return Optional.of(adresse);
  }

  /** The masked address the code went to, when a login waits for its one-time code in this session. */
  public Optional<String> enAttente(HttpSession session) {
    return session != null && session.getAttribute(ATTRIBUT) instanceof EnAttente attente
        ? Optional.of(attente.adresse())
        : Optional.empty();
  }

  /** Checks a typed code against the one kept in the session; the right one is used up. */
  public Verification verifier(HttpSession session, String saisi) {
    if (!(session != null && session.getAttribute(ATTRIBUT) instanceof EnAttente attente)) {
      return new Refus("Aucun code à usage unique n'est en attente : connectez-vous avec votre code personnel pour en"
          + " recevoir un.", true);
    }
    if (!horloge.instant().isBefore(attente.expire())) {
      session.removeAttribute(ATTRIBUT);
      return new Refus("Ce code a expiré (il vaut 10 minutes) : connectez-vous de nouveau avec votre code personnel pour"
          + " en recevoir un autre.", true);
    }
    String code = saisi == null ? "" : saisi.replace(" ", "").strip();
    if (code.matches("\\d{6}") && MessageDigest.isEqual(
        Empreinte.sha256(attente.sel() + code).getBytes(StandardCharsets.US_ASCII), attente.empreinte().getBytes(StandardCharsets.US_ASCII))) {
      session.removeAttribute(ATTRIBUT);
      verrou.debloquer(attente.utilisateur());
      return new Valide(attente.utilisateur(), attente.groupes());
    }
    Optional<String> blocage = verrou.compterEchec(attente.utilisateur());
    int essais = attente.essais() + 1;
    if (essais >= ESSAIS || blocage.isPresent()) {
      session.removeAttribute(ATTRIBUT);
      return new Refus(blocage.orElse("Trois codes à usage unique erronés : ce code ne vaut plus. Connectez-vous de"
          + " nouveau avec votre code personnel pour en recevoir un autre."), true);
    }
    session.setAttribute(ATTRIBUT, new EnAttente(attente.utilisateur(), attente.groupes(), attente.adresse(), attente.sel(),
        attente.empreinte(), attente.expire(), essais));
    int restants = ESSAIS - essais;
    return new Refus("Ce code ne correspond pas à celui envoyé par courriel. Vérifiez les 6 chiffres : il vous reste "
        + restants + " essai" + (restants > 1 ? "s" : "") + ".", false);
  }

  static String texte(String prenom, String code, Instant expire) {
    return "Bonjour " + prenom + ",\n\n"
        + "Pour terminer votre connexion à votre compte de l'Assurance Maladie, saisissez ce code à usage unique :\n\n"
        + code + "\n\n"
        + "Il vaut 10 minutes (jusqu'à " + HEURE.format(expire.atZone(Fuseau.PARIS)) + "), une seule fois.\n\n"
        + "Vous n'essayez pas de vous connecter ? Quelqu'un connaît votre code personnel : changez-le (« Code oublié »"
        + " sur la page de connexion) ou appelez votre CPAM au 3646. Ne communiquez ce code à personne, même à un"
        + " agent de l'Assurance Maladie.\n\n"
        + "Ceci est un message automatique, merci de ne pas y répondre.\n"
        + "L'Assurance Maladie";
  }

  /** {@code claire.dubois@example.fr} → {@code c•••@example.fr}. */
  static String masquer(String email) {
    int arobase = email.indexOf('@');
    return arobase <= 0 ? "•••" : email.charAt(0) + "•••" + email.substring(arobase);
  }

}
