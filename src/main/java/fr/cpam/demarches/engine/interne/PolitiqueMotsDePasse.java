package fr.cpam.demarches.engine.interne;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.springframework.stereotype.Component;

/**
 * What a password may be, checked by the engine whenever one is set ({@code enable-password-policy}).
 *
 * <ul>
 *   <li>Staff (any login that is not a NIR): the engine's default policy: 10 characters at least,
 *       a lower-case and an upper-case letter, a digit, a special character, none of the person's
 *       names or login.
 *   <li>Citizens (a 13-character NIR login): a personal code of exactly 4 digits that is not a
 *       trivial one: not one digit repeated (0000, 1111), not a run up or down (1234, 9876), not
 *       two digits twice (1212), not the birth year or month as the NIR carries them (1985, 0485,
 *       8504 for a person born in April 1985).
 * </ul>
 *
 * The demo accounts of the staff keep "demo" ({@link DemoPersonnel} skips the policy, as a demo).
 */
@Component
public class PolitiqueMotsDePasse extends AbstractProcessEnginePlugin implements PasswordPolicy {

  /** A NIR login: sex, year, month, department (2A, 2B for Corsica), commune, order. */
  static final Pattern NIR = Pattern.compile("[1-478]\\d{4}(\\d{2}|2A|2B)\\d{6}");

  static final String REGLE_CITOYEN = "CODE_PERSONNEL_4_CHIFFRES_NON_TRIVIAL";

  private final List<PasswordPolicyRule> regles = new ArrayList<>();

  PolitiqueMotsDePasse() {
    new DefaultPasswordPolicyImpl().getRules().forEach(r -> regles.add(new RegleDuPersonnel(r)));
    regles.add(new RegleDuCitoyen());
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setPasswordPolicy(this);
  }

  @Override
  public List<PasswordPolicyRule> getRules() {
    return regles;
  }

  static boolean estCitoyen(User utilisateur) {
    return utilisateur != null && utilisateur.getId() != null && NIR.matcher(utilisateur.getId()).matches();
  }

  /** Whether a citizen's personal code is accepted for this NIR login. */
  public static boolean codeAccepte(String code, String nir) {
    if (code == null || !code.matches("\\d{4}")) {
      return false;
    }
    int[] c = code.chars().map(ch -> ch - '0').toArray();
    boolean repete = c[0] == c[1] && c[1] == c[2] && c[2] == c[3];
    boolean montante = c[1] == c[0] + 1 && c[2] == c[1] + 1 && c[3] == c[2] + 1;
    boolean descendante = c[1] == c[0] - 1 && c[2] == c[1] - 1 && c[3] == c[2] - 1;
    boolean doublee = c[0] == c[2] && c[1] == c[3];
    if (repete || montante || descendante || doublee) {
      return false;
    }
    if (nir != null && NIR.matcher(nir).matches()) {
      String annee = nir.substring(1, 3);
      String mois = nir.substring(3, 5);
      return !List.of("19" + annee, "20" + annee, mois + annee, annee + mois).contains(code);
    }
    return true;
  }

  /** One rule of the engine's default policy, for staff only. */
  private record RegleDuPersonnel(PasswordPolicyRule regle) implements PasswordPolicyRule {
    @Override
    public String getPlaceholder() {
      return regle.getPlaceholder();
    }

    @Override
    public Map<String, String> getParameters() {
      return regle.getParameters();
    }

    @Override
    public boolean execute(String motDePasse) {
      // Without the person, as the policy check endpoint may ask: a 4-digit code is a citizen's.
      return (motDePasse != null && motDePasse.matches("\\d{4}")) || regle.execute(motDePasse);
    }

    @Override
    public boolean execute(String motDePasse, User utilisateur) {
      if (utilisateur == null) {
        return execute(motDePasse);
      }
      return estCitoyen(utilisateur) || regle.execute(motDePasse, utilisateur);
    }
  }

  /** Citizens: 4 digits, not trivial, not the birth date. */
  private static final class RegleDuCitoyen implements PasswordPolicyRule {
    @Override
    public String getPlaceholder() {
      return REGLE_CITOYEN;
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of("longueur", "4");
    }

    @Override
    public boolean execute(String motDePasse) {
      return motDePasse == null || !motDePasse.matches("\\d{4}") || codeAccepte(motDePasse, null);
    }

    @Override
    public boolean execute(String motDePasse, User utilisateur) {
      if (utilisateur == null) {
        return execute(motDePasse);
      }
      return !estCitoyen(utilisateur) || codeAccepte(motDePasse, utilisateur.getId());
    }
  }
}
