package fr.cpam.demarches.connexion;

import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.CompteService;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Finds the account of a person FranceConnect has identified. The NIR is not among the claims: a
 * {@code sub} already linked gives its account at once; otherwise the identité pivot is compared
 * with the owners of accounts born that day (that month or year for a presumed date) who have a
 * login (an insured person who has not created her account yet has none to open). Exactly one
 * match: the link is made and kept. None, or several: nobody (the person is told what to do).
 */
@Service
class RapprochementFranceConnect {

  sealed interface Resultat {}

  /** The account's login (13 NIR characters). */
  record Trouve(String identifiant) implements Resultat {}

  record Aucun() implements Resultat {}

  record Plusieurs() implements Resultat {}

  private final JdbcTemplate jdbc;
  private final CompteService comptes;
  private final Clock horloge;

  RapprochementFranceConnect(JdbcTemplate jdbc, CompteService comptes, Clock horloge) {
    this.jdbc = jdbc;
    this.comptes = comptes;
    this.horloge = horloge;
  }

  Resultat rapprocher(String sub, Map<String, Object> claims) {
    Optional<String> lie = lien(sub);
    if (lie.isPresent()) {
      return new Trouve(lie.get());
    }
    Optional<IdentitePivot> identite = IdentitePivot.depuis(claims);
    if (identite.isEmpty()) {
      return new Aucun();
    }
    List<Assure> memes = comptes.titulairesNesEntre(identite.get().du(), identite.get().au()).stream()
        .filter(identite.get()::correspond)
        // An insured person who has not created her account yet has no login to open.
        .filter(a -> comptes.aUneConnexion(a.nir()))
        .toList();
    if (memes.size() > 1) {
      return new Plusieurs();
    }
    if (memes.isEmpty()) {
      return new Aucun();
    }
    String identifiant = memes.get(0).nir().identifiant();
    try {
      jdbc.update("insert into lien_franceconnect (sub, identifiant, lie_le) values (?, ?, ?)",
          sub, identifiant, Timestamp.from(horloge.instant()));
    } catch (DuplicateKeyException memeInstant) {
      // Two first logins of the same person at the same moment (found by the benchmark): the
      // other one made the link; it is kept.
      return new Trouve(lien(sub).orElse(identifiant));
    }
    return new Trouve(identifiant);
  }

  private Optional<String> lien(String sub) {
    return jdbc.query("select identifiant from lien_franceconnect where sub = ?", (ligne, n) -> ligne.getString(1), sub)
        .stream()
        .findFirst();
  }
}
