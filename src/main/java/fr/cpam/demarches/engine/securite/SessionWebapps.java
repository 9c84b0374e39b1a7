package fr.cpam.demarches.engine.securite;

import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.interne.VerrouConnexion;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.util.ServletContextUtil;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * One session for Tasklist, Cockpit, Admin and the citizen's pages: the webapps' own.
 *
 * <p>Camunda keeps who is logged in in the HTTP session ({@link Authentications}); our login page
 * writes the same entry as Tasklist's login, with the same checks (the code, the delays and locks
 * of {@link VerrouConnexion}, the same French messages as HTTP Basic), and the pages read it back
 * as the Spring Security context. So logging in on either side opens both, and logging out of
 * either (Tasklist removes its entry, the pages end the session) closes both.
 */
@Component
@NamedInterface(Securite.API)
public class SessionWebapps implements SecurityContextRepository {

  /** The webapps a person may open, in the order a staff member lands in them. */
  public static final List<String> APPLICATIONS = List.of("tasklist", "cockpit", "admin");

  private final ProcessEngine moteur;
  private final IdentiteMoteurAuthenticationProvider identification;

  SessionWebapps(ProcessEngine moteur, IdentiteMoteurAuthenticationProvider identification) {
    this.moteur = moteur;
    this.identification = identification;
  }

  /** Who is logged in: the engine user id, their groups and the webapps they may open. */
  @NamedInterface(Securite.API)
  public record Connecte(String utilisateur, List<String> groupes, Set<String> applications) {
    public boolean estAssure() {
      return groupes.contains(Groupes.ASSURES);
    }

    /** A trainer of a training server: their pages are under {@code /formation/}, not in a webapp. */
    public boolean estFormateur() {
      return groupes.contains(Groupes.FORMATEURS);
    }

    /** Where a staff member lands: the first webapp they may open, if any. */
    public Optional<String> premiereApplication() {
      return APPLICATIONS.stream().filter(applications::contains).findFirst();
    }
  }

  /**
   * Checks the identifier and the code as Tasklist's login does, then opens the session under a
   * new id (the old one is dropped: no session fixation).
   *
   * @return who is now logged in, or empty when the code is right but the person opens no page
   *     here (technical senders): nothing is opened then
   * @throws AuthenticationException a wrong code ({@code BadCredentialsException}), a delay or a
   *     lock ({@code LockedException}), each with its French message; the same for an unknown
   *     identifier as for a wrong code
   */
  public Optional<Connecte> connecter(HttpServletRequest request, String identifiant, String code) {
    Authentication personne =
        identification.authenticate(
            UsernamePasswordAuthenticationToken.unauthenticated(VerrouConnexion.normaliser(identifiant), code));
    List<String> groupes =
        personne.getAuthorities().stream().map(a -> a.getAuthority().substring("ROLE_".length())).toList();
    return ouvrir(request, personne.getName(), groupes);
  }

  /**
   * Opens the session of a person whose identity another door has already proven (for example an
   * identity provider); the same session and rights as with the code.
   */
  public Optional<Connecte> ouvrir(HttpServletRequest request, String utilisateur, List<String> groupes) {
    UserAuthentication entree = AuthenticationUtil.createAuthentication(moteur, utilisateur, groupes, null);
    if (entree == null) {
      return Optional.empty();
    }
    Connecte connecte = new Connecte(entree.getName(), entree.getGroupIds(), entree.getAuthorizedApps());
    if (!connecte.estAssure() && !connecte.estFormateur() && connecte.premiereApplication().isEmpty()) {
      return Optional.empty();
    }
    Date validite = ServletContextUtil.getAuthCacheValidationTime(request.getServletContext());
    if (validite != null) {
      entree.setCacheValidationTime(validite);
    }
    AuthenticationUtil.revalidateSession(request, entree);
    return Optional.of(connecte);
  }

  /** Logs out of everything: the session ends, Tasklist's entry with it. */
  public void fermer(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
  }

  /** Who the session says is logged in, if anyone. */
  public Optional<Connecte> connecte(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Authentications entrees = AuthenticationUtil.getAuthsFromSession(session);
    if (entrees.getAuthenticationForProcessEngine(moteur.getName()) instanceof UserAuthentication entree) {
      return Optional.of(new Connecte(entree.getName(), entree.getGroupIds(), entree.getAuthorizedApps()));
    }
    return Optional.empty();
  }

  // ---- The session as Spring Security's context of the pages ---------------------------------

  private final SecurityContextHolderStrategy contextes = SecurityContextHolder.getContextHolderStrategy();

  @Override
  public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
    return new DeferredSecurityContext() {
      private SecurityContext contexte;

      @Override
      public SecurityContext get() {
        if (contexte == null) {
          contexte = contextes.createEmptyContext();
          connecte(request).ifPresent(c -> contexte.setAuthentication(authentification(c)));
        }
        return contexte;
      }

      @Override
      public boolean isGenerated() {
        return get().getAuthentication() == null;
      }
    };
  }

  @Override
  @SuppressWarnings("deprecation")
  public SecurityContext loadContext(org.springframework.security.web.context.HttpRequestResponseHolder holder) {
    return loadDeferredContext(holder.getRequest()).get();
  }

  /** Nothing to save: the session's entry is written at login only. */
  @Override
  public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {}

  @Override
  public boolean containsContext(HttpServletRequest request) {
    return connecte(request).isPresent();
  }

  static Authentication authentification(Connecte connecte) {
    var roles = connecte.groupes().stream().map(Groupes::role).map(SimpleGrantedAuthority::new).toList();
    return UsernamePasswordAuthenticationToken.authenticated(connecte.utilisateur(), null, roles);
  }
}
