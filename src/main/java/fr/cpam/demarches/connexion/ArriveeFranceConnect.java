package fr.cpam.demarches.connexion;

import fr.cpam.demarches.engine.securite.SessionWebapps;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * The return from FranceConnect. Identified and matched to exactly one account: the same session
 * as with the code (Mon espace and Tasklist open, the same rights), which keeps the ID token for
 * the logout at the provider. Anything else (no or several accounts, a refused answer: state
 * unknown or replayed, nonce, signature, expiry, level): the session ends, nobody is logged in,
 * and a page says why and what to do.
 */
@Component
class ArriveeFranceConnect implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ArriveeFranceConnect.class);

  private final RapprochementFranceConnect rapprochement;
  private final SessionWebapps sessions;
  private final IdentityService identites;
  private final FranceConnect franceConnect;

  ArriveeFranceConnect(
      RapprochementFranceConnect rapprochement, SessionWebapps sessions, IdentityService identites, FranceConnect franceConnect) {
    this.rapprochement = rapprochement;
    this.sessions = sessions;
    this.identites = identites;
    this.franceConnect = franceConnect;
  }

  @Override
  public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication identifie)
      throws IOException {
    SecurityContextHolder.clearContext();
    if (!(identifie.getPrincipal() instanceof OidcUser personne)) {
      refuser(request, response, FranceConnectController.Motif.REFUS);
      return;
    }
    RapprochementFranceConnect.Resultat resultat = rapprochement.rapprocher(personne.getSubject(), personne.getClaims());
    if (resultat instanceof RapprochementFranceConnect.Plusieurs) {
      LOG.info("FranceConnect : identité rapprochée de plusieurs comptes, personne n'est connecté");
      refuser(request, response, FranceConnectController.Motif.PLUSIEURS);
      return;
    }
    if (resultat instanceof RapprochementFranceConnect.Trouve trouve) {
      List<String> groupes = identites.createGroupQuery().groupMember(trouve.identifiant()).list().stream().map(Group::getId).toList();
      Optional<SessionWebapps.Connecte> connecte = sessions.ouvrir(request, trouve.identifiant(), groupes);
      if (connecte.isPresent() && connecte.get().estAssure()) {
        franceConnect.retenir(request.getSession(), personne.getIdToken().getTokenValue());
        response.sendRedirect(request.getContextPath() + "/espace/");
        return;
      }
      sessions.fermer(request);
    }
    LOG.info("FranceConnect : identité rapprochée d'aucun compte, personne n'est connecté");
    refuser(request, response, FranceConnectController.Motif.AUCUN);
  }

  @Override
  public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException refus)
      throws IOException {
    String code = refus instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "?";
    LOG.warn("FranceConnect : retour refusé ({})", code);
    refuser(request, response, switch (code) {
      case "access_denied" -> FranceConnectController.Motif.ANNULE;
      case "authorization_request_not_found", "invalid_state_parameter" -> FranceConnectController.Motif.EXPIRE;
      default -> FranceConnectController.Motif.REFUS;
    });
  }

  private static void refuser(HttpServletRequest request, HttpServletResponse response, FranceConnectController.Motif motif)
      throws IOException {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    SecurityContextHolder.clearContext();
    response.sendRedirect(request.getContextPath() + FranceConnectController.REFUS + "?motif=" + motif.name().toLowerCase());
  }
}
