package fr.cpam.demarches.commun;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a procedure shows a citizen of her dossiers in "Mes démarches" (Mon espace): each
 * procedure module provides one bean, and its dossiers appear there by themselves. The account
 * is the engine user id of the citizen (her 13 NIR characters); her dossiers are hers and her
 * beneficiaries'. Every method reads a bounded number of rows, whatever their number.
 */
public interface SuiviDossiers {

  /** The account's dossiers, most recently opened first, at most {@code nombre}, without their steps. */
  List<Dossier> recents(String compte, int nombre);

  /** How many dossiers the account has in this procedure. */
  long nombre(String compte);

  /** One dossier of the account with its dated steps; empty when it does not exist or is not hers. */
  Optional<Dossier> dossier(String compte, String reference);

  /**
   * Whether a dossier of this reference may be one of this procedure's, told from its prefix
   * without reading anything ({@code CV-2026-...}: a carte Vitale's), so that a dossier's page asks
   * only the procedure that gave it. True by default: a procedure that holds dossiers of any
   * prefix (the démarches a citizen gave up) is always asked.
   */
  default boolean peutTenir(String reference) {
    return true;
  }

  /** Whether the reference was given with this prefix ({@code IJ} for {@code IJ-2026-K7M2Q-X9P4T}). */
  static boolean prefixee(String reference, String prefixe) {
    return reference.startsWith(prefixe + "-");
  }

  /**
   * A dossier as the citizen follows it.
   *
   * @param demarche what it is, in words ("Déclaration de perte ou de vol de carte Vitale")
   * @param beneficiaire who it is for
   * @param statut where it is, in words
   * @param enCours false once it is closed
   * @param etapes its dated steps, oldest first (empty in lists)
   * @param attente what it waits for from her, if anything
   * @param thematiqueDelais the thématique of the processing delays that gives its expected date
   *     (delais.yml), or null
   * @param documents what she can download or open about it (an attestation...)
   */
  record Dossier(
      String reference,
      String demarche,
      String beneficiaire,
      String statut,
      boolean enCours,
      Instant ouvertLe,
      List<Etape> etapes,
      Attente attente,
      String thematiqueDelais,
      List<Document> documents) {}

  /** One dated step: "Carte mise en opposition", with a detail when there is one. */
  record Etape(Instant date, String libelle, String detail) {}

  /**
   * What she has to do: the words, and the page of Mon espace that does it ({@code adresse}, null
   * when it is done in her Tasklist task).
   */
  record Attente(String texte, String action, String adresse) {}

  /** A document of the dossier and its address in this application. */
  record Document(String libelle, String adresse) {}
}
