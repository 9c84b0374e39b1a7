package fr.cpam.demarches.engine.securite;

import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * Whether a person whose personal code was right must still type a one-time code received by
 * e-mail before a session opens (« code à usage unique », module {@code connexion}). The logins
 * that cannot ask for it (HTTP Basic, the webapps' own login resource) refuse such a person and
 * send her to the login page.
 */
@NamedInterface(Securite.API)
public interface SecondFacteur {

  /** For this person (engine user id and groups), now. */
  boolean requis(String utilisateur, List<String> groupes);

  /** The answer of a login that cannot ask for the one-time code. */
  String PAR_LA_PAGE_DE_CONNEXION =
      "Votre code personnel est correct. Pour terminer la connexion, il faut saisir le code à usage unique envoyé"
          + " par courriel : connectez-vous par la page de connexion (/espace/connexion).";
}
