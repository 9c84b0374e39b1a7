package fr.cpam.demarches.engine.securite;

import java.util.List;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.AuthenticationException;

/**
 * The personal code is right, but this person must still type a one-time code ({@link
 * SecondFacteur}): no session yet. HTTP Basic answers it as a 401 with its message; the login page
 * catches it and asks for the code.
 */
@NamedInterface(Securite.API)
public class SecondFacteurRequis extends AuthenticationException {

  private final String utilisateur;
  private final transient List<String> groupes;

  SecondFacteurRequis(String utilisateur, List<String> groupes) {
    super(SecondFacteur.PAR_LA_PAGE_DE_CONNEXION);
    this.utilisateur = utilisateur;
    this.groupes = List.copyOf(groupes);
  }

  public String utilisateur() {
    return utilisateur;
  }

  public List<String> groupes() {
    return groupes;
  }
}
