package fr.cpam.demarches.connexion;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.Nir;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The identité pivot compared with an account the way a person would expect. */
class IdentitePivotTest {

  private static Assure claire() {
    return nee(Nir.de("2 85 04 75 112 345 60"), "75112");
  }

  private static Assure nee(Nir nir, String lieuNaissance) {
    return new Assure(nir, "DUBOIS", "Claire", LocalDate.of(1985, 4, 12), "MARTIN", "Claire Marie-Hélène", lieuNaissance,
        null, null, null, null, List.of());
  }

  private static Map<String, Object> claims(String prenoms, String nom, String naissance, String genre, String lieu, String pays) {
    Map<String, Object> c = new HashMap<>();
    c.put("given_name", prenoms);
    c.put("family_name", nom);
    c.put("birthdate", naissance);
    c.put("gender", genre);
    c.put("birthplace", lieu);
    c.put("birthcountry", pays);
    return c;
  }

  private static boolean correspond(Map<String, Object> claims, Assure assure) {
    return IdentitePivot.depuis(claims).map(i -> i.correspond(assure)).orElse(false);
  }

  @Test
  void casse_accents_tirets_et_ordre_des_prenoms_ne_comptent_pas() {
    assertThat(correspond(claims("Claire Marie-Hélène", "MARTIN", "1985-04-12", "female", "75112", "99100"), claire())).isTrue();
    assertThat(correspond(claims("marie helene CLAIRE", "Martin", "1985-04-12", "female", "75112", "99100"), claire())).isTrue();
    assertThat(correspond(claims("Claire Marie Hélène", "martin", "1985-04-12", "female", "75112", "99100"), claire())).isTrue();
  }

  @Test
  void chaque_element_de_l_identite_compte() {
    assertThat(correspond(claims("Claire", "MARTIN", "1985-04-12", "female", "75112", "99100"), claire()))
        .as("a given name missing").isFalse();
    assertThat(correspond(claims("Claire Marie-Hélène", "DUBOIS", "1985-04-12", "female", "75112", "99100"), claire()))
        .as("the usage name is not the birth name").isFalse();
    assertThat(correspond(claims("Claire Marie-Hélène", "MARTIN", "1985-04-13", "female", "75112", "99100"), claire())).isFalse();
    assertThat(correspond(claims("Claire Marie-Hélène", "MARTIN", "1985-04-12", "male", "75112", "99100"), claire())).isFalse();
    assertThat(correspond(claims("Claire Marie-Hélène", "MARTIN", "1985-04-12", "female", "75111", "99100"), claire())).isFalse();
    assertThat(correspond(claims("Claire Marie-Hélène", "MARTIN", "1985-04-12", "female", "", "99134"), claire()))
        .as("born abroad").isFalse();
    assertThat(IdentitePivot.depuis(claims("Claire", "MARTIN", "12/04/1985", "female", "75112", "99100"))).isEmpty();
    assertThat(IdentitePivot.depuis(claims("Claire", "", "1985-04-12", "female", "75112", "99100"))).isEmpty();
  }

  @Test
  void une_date_presumee_ne_compare_que_l_annee() {
    IdentitePivot presumee = IdentitePivot.depuis(claims("Claire Marie-Hélène", "MARTIN", "1985-01-01", "female", "75112", "99100"))
        .orElseThrow();
    assertThat(presumee.du()).isEqualTo(LocalDate.of(1985, 1, 1));
    assertThat(presumee.au()).isEqualTo(LocalDate.of(1985, 12, 31));
    assertThat(presumee.correspond(claire())).isTrue();
    assertThat(correspond(claims("Claire Marie-Hélène", "MARTIN", "1986-01-01", "female", "75112", "99100"), claire())).isFalse();
    assertThat(correspond(claims("Claire Marie-Hélène", "MARTIN", "1985-04-00", "female", "75112", "99100"), claire())).isTrue();
  }

  @Test
  void une_naissance_a_l_etranger_se_compare_au_pays() {
    Assure nee = nee(Nir.de("2 85 04 99 134 345 13"), "99134");
    assertThat(correspond(claims("Claire Marie-Hélène", "MARTIN", "1985-04-12", "female", "", "99134"), nee)).isTrue();
  }
}
