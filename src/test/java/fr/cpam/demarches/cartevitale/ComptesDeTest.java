package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.Citoyens;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.cartevitale.interne.PieceJustificative;
import fr.cpam.demarches.cartevitale.interne.PieceJustificativeRepository;
import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.compte.Qualite;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fresh accounts for the carte Vitale tests: the shared test database keeps what other tests
 * did (the demo cards may already be in opposition), so each test opens its own family, with
 * NIRs from {@link Citoyens}.
 */
@Component
public class ComptesDeTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  public static final String CODE = "1357";
  private static final AtomicInteger ORDRE = new AtomicInteger(100);

  /** A family: the owner (card active), a child of 14 (card active), of 13 (no card), of 9 (no card). */
  public record Famille(Nir parent, Nir ado, Nir collegien, Nir enfant, String carteParent, String carteAdo) {
    public String identifiant() {
      return parent.identifiant();
    }
  }

  private final Citoyens citoyens;
  private final CompteService comptes;
  private final CartesVitale cartes;
  private final TransactionTemplate transaction;
  private final PieceJustificativeRepository pieces;

  ComptesDeTest(Citoyens citoyens, CompteService comptes, CartesVitale cartes, TransactionTemplate transaction, PieceJustificativeRepository pieces) {
    this.citoyens = citoyens;
    this.comptes = comptes;
    this.cartes = cartes;
    this.transaction = transaction;
    this.pieces = pieces;
  }

  public Famille famille() {
    int n = ORDRE.incrementAndGet();
    LocalDate aujourdhui = LocalDate.now(HORLOGE);
    Nir parent = citoyens.nirLibre('2', LocalDate.of(1984, 6, 1), "44");
    LocalDate naissanceAdo = aujourdhui.minusYears(14).minusMonths(2);
    LocalDate naissanceCollegien = aujourdhui.minusYears(13).minusMonths(1);
    LocalDate naissanceEnfant = aujourdhui.minusYears(9).minusMonths(3);
    Nir ado = citoyens.nirLibre('1', naissanceAdo, "44");
    Nir collegien = citoyens.nirLibre('2', naissanceCollegien, "44");
    Nir enfant = citoyens.nirLibre('1', naissanceEnfant, "44");
    String carteParent = "8" + String.format("%09d", n * 10 + 1);
    String carteAdo = "8" + String.format("%09d", n * 10 + 2);
    transaction.executeWithoutResult(s -> {
      comptes.ouvrirCompte(parent, "MARTIN", "Anne" + n, LocalDate.of(1984, 6, 1), "anne" + n + "@example.fr",
          Adresse.de("adresse", "3 place de la Mairie", null, "44000", "Nantes"), "441", CODE);
      comptes.rattacher(parent, ado, "MARTIN", "Paul", naissanceAdo, Qualite.ENFANT);
      comptes.rattacher(parent, collegien, "MARTIN", "Zoé", naissanceCollegien, Qualite.ENFANT);
      comptes.rattacher(parent, enfant, "MARTIN", "Tom", naissanceEnfant, Qualite.ENFANT);
      cartes.enregistrer(carteParent, parent, StatutCarteVitale.ACTIVE, LocalDate.of(2018, 3, 1), HORLOGE);
      cartes.enregistrer(carteAdo, ado, StatutCarteVitale.ACTIVE, naissanceAdo.plusYears(12), HORLOGE);
    });
    return new Famille(parent, ado, collegien, enfant, carteParent, carteAdo);
  }

  /** Attaches to the family's account a child born on that day (no card); returns the child's NIR. */
  public Nir enfant(Famille famille, String prenom, LocalDate naissance) {
    Nir enfant = citoyens.nirLibre('1', naissance, "44");
    transaction.executeWithoutResult(s -> comptes.rattacher(famille.parent(), enfant, "MARTIN", prenom, naissance, Qualite.ENFANT));
    return enfant;
  }

  /** Gives the person an active card of their own (a child under 12 may have one); returns its number. */
  public String carte(Nir titulaire) {
    String numero = "7" + String.format("%09d", ORDRE.incrementAndGet() * 10 + 3);
    cartes.enregistrer(numero, titulaire, StatutCarteVitale.ACTIVE, LocalDate.now(HORLOGE).minusMonths(6), HORLOGE);
    return numero;
  }

  /** Puts a valid photo and identity document on file for the person. */
  public void piecesAJour(Nir personne) {
    for (PieceJustificative.Nature nature : PieceJustificative.Nature.values()) {
      pieces.save(new PieceJustificative(personne, nature, "fichier", "image/jpeg", 1000, null, null,
          LocalDate.now(HORLOGE).plusYears(5), HORLOGE));
    }
  }
}
