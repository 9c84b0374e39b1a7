package fr.cpam.demarches.engine;

import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling our API: the engine user id (the 13 NIR digits for a citizen, the login for
 * staff) and their groups, as authenticated by HTTP Basic or by the Tasklist session.
 */
public final class UtilisateurConnecte {

  private UtilisateurConnecte() {}

  /** The engine user id of the caller, if someone is authenticated. */
  public static Optional<String> id() {
    return authentification().map(Authentication::getName);
  }

  /** The engine user id of the caller; fails when nobody is authenticated. */
  public static String idObligatoire() {
    return id().orElseThrow(
        () -> new org.springframework.security.authentication.AuthenticationCredentialsNotFoundException(
            "Connectez-vous pour accéder à ce service."));
  }

  /** The caller's groups (engine group ids). */
  public static List<String> groupes() {
    return authentification()
        .map(
            a ->
                a.getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .filter(r -> r.startsWith("ROLE_"))
                    .map(r -> r.substring("ROLE_".length()))
                    .toList())
        .orElse(List.of());
  }

  public static boolean estDans(String groupe) {
    return groupes().contains(groupe);
  }

  /** True for a citizen (group {@code assures}). */
  public static boolean estAssure() {
    return estDans(Groupes.ASSURES);
  }

  /** True for an agent of a back-office service or a supervisor. */
  public static boolean estAgent() {
    return groupes().stream().anyMatch(g -> Groupes.SERVICES.contains(g) || Groupes.SUPERVISEURS.equals(g));
  }

  private static Optional<Authentication> authentification() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    if (a == null || !a.isAuthenticated() || a instanceof AnonymousAuthenticationToken) {
      return Optional.empty();
    }
    return Optional.of(a);
  }
}
