package fr.cpam.demarches.performance;

import fr.cpam.demarches.Http;
import fr.cpam.demarches.cartevitale.CartesVitale;
import fr.cpam.demarches.cartevitale.StatutCarteVitale;
import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fresh citizens for the SQL budgets and the benchmark: a procedure refuses a second carte
 * Vitale declaration or an overlapping arrêt for the same person, so each measured request
 * needs a person of its own. Each has an account (and its engine user, code {@link #CODE}),
 * lives at {@link #ADRESSE_LIGNE1}, 33000 Bordeaux, holds an active card, and has a photo and an
 * identity document on file (so an accepted declaration goes straight to the card's production).
 */
@Component
public class NouveauxAssures {

  public static final String CODE = "2468";
  public static final String ADRESSE_LIGNE1 = "8 cours de l'Intendance";
  public static final String CODE_POSTAL = "33000";
  public static final String COMMUNE = "Bordeaux";
  private static final AtomicInteger ORDRE = new AtomicInteger();

  private final CompteService comptes;
  private final CartesVitale cartes;
  private final TransactionTemplate transaction;
  private final JdbcTemplate jdbc;
  // The application's clock, not the tests' clock extension: the benchmark's targets create these
  // citizens too, without JUnit on their classpath.
  private final Clock horloge;

  NouveauxAssures(CompteService comptes, CartesVitale cartes, TransactionTemplate transaction, JdbcTemplate jdbc, Clock horloge) {
    this.comptes = comptes;
    this.cartes = cartes;
    this.transaction = transaction;
    this.jdbc = jdbc;
    this.horloge = horloge;
  }

  /** The engine user id of the n-th citizen created in this JVM (from 1): the benchmark logs in as them. */
  public static String identifiant(int n) {
    return String.format("17503330%02d%03d", (n / 1000) % 100, n % 1000);
  }

  /** One new citizen. */
  public Nir nouveau() {
    return creer(1).get(0);
  }

  /** A new citizen who wrote about their card: one more task for {@code gestion-droits}. */
  public Nir ecritAuServiceDesDroits(Http http) {
    Nir nir = nouveau();
    int statut = http.en(nir.identifiant(), CODE).post("/api/messagerie/messages",
        Map.of("motif", "CARTE_VITALE", "type", "question", "objet", "Ma carte", "texte", "Bonjour, ma carte est abîmée.")).statut();
    if (statut != 201) {
      throw new AssertionError("Message refusé : HTTP " + statut);
    }
    return nir;
  }

  /** {@code nombre} new citizens, a hundred per transaction. */
  public List<Nir> creer(int nombre) {
    List<Nir> crees = new ArrayList<>();
    while (crees.size() < nombre) {
      int lot = Math.min(100, nombre - crees.size());
      crees.addAll(transaction.execute(s -> {
        List<Nir> nirs = new ArrayList<>();
        for (int i = 0; i < lot; i++) {
          int n = ORDRE.incrementAndGet();
          Nir nir = Nir.depuisIdentifiant(identifiant(n));
          comptes.ouvrirCompte(nir, "DURAND", "Louis" + n, LocalDate.of(1975, 3, 10), null,
              Adresse.de("adresse", ADRESSE_LIGNE1, null, CODE_POSTAL, COMMUNE), "331", CODE);
          cartes.enregistrer("7" + String.format("%09d", n), nir, StatutCarteVitale.ACTIVE, LocalDate.of(2019, 1, 7), horloge);
          for (String nature : List.of("PHOTO", "PIECE_IDENTITE")) {
            jdbc.update("insert into piece_justificative (titulaire, nature, nom_fichier, type_contenu, taille, recue_le, valable_jusqu_au)"
                + " values (?, ?, 'banc.jpg', 'image/jpeg', 1000, current_timestamp, ?)", nir.valeur(), nature, LocalDate.of(2035, 1, 1));
          }
          nirs.add(nir);
        }
        return nirs;
      }));
    }
    return crees;
  }
}
