package fr.cpam.demarches.delais;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * "Consulter les délais de traitement": the thématiques, and the date one can expect an answer
 * for a request sent on a given day, with its explanation. The API and the citizen's pages ask
 * here: the same checks, the same words.
 */
@Service
public class DelaisTraitement {

  private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DelaisService delais;
  private final DelaisProperties proprietes;

  private final Clock horloge;

  DelaisTraitement(DelaisService delais, DelaisProperties proprietes, Clock horloge) {
    this.delais = delais;
    this.proprietes = proprietes;
    this.horloge = horloge;
  }

  public record Thematique(String code, String libelle, int delaiReferenceJours) {}

  public record Cpam(String code, String libelle) {}

  public record CodeLibelle(String code, String libelle) {}

  /** The answer, as the API sends it; {@link #phrase()} says it in one sentence. */
  public record Delai(
      CodeLibelle thematique,
      Cpam cpam,
      LocalDate dateEnvoi,
      int delaiEstimeJours,
      LocalDate dateEstimee,
      int delaiHuitSurDixJours,
      LocalDate dateHuitSurDix,
      CodeLibelle source,
      int dossiersObserves,
      LocalDate observeDu,
      LocalDate observeAu,
      String explication,
      boolean delaiDepasse) {

    /** « Pour une demande … envoyée le 03/12/2026, vous pouvez attendre une réponse vers le 18/12/2026. » */
    public String phrase() {
      String phrase = "Pour une demande « " + thematique.libelle() + " » envoyée le " + JJ_MM_AAAA.format(dateEnvoi)
          + ", vous pouvez attendre une réponse vers le " + JJ_MM_AAAA.format(dateEstimee)
          + " (" + delaiEstimeJours + " jours) ; 8 demandes sur 10 reçoivent la leur au plus tard le "
          + JJ_MM_AAAA.format(dateHuitSurDix) + ".";
      return delaiDepasse
          ? phrase + " Ce délai est dépassé : écrivez à votre CPAM depuis la Messagerie ou appelez le 3646."
          : phrase;
    }
  }

  /**
   * The days a request of this thématique takes at this CPAM (or every CPAM when null), as
   * {@link #estimer} counts them; empty for an unknown thématique.
   */
  public java.util.OptionalInt delaiEstimeJours(String thematique, Cpam cpam) {
    return proprietes.thematique(thematique)
        .map(t -> java.util.OptionalInt.of(delais.estimer(t, cpam == null ? null : cpam.code()).delaiJours()))
        .orElse(java.util.OptionalInt.empty());
  }

  /** The menu of thématiques, in their order. */
  public List<Thematique> thematiques() {
    return proprietes.thematiques().stream().map(t -> new Thematique(t.code(), t.libelle(), t.delaiReferenceJours())).toList();
  }

  /**
   * The date to expect for a request of this thématique sent on {@code dateEnvoi}: from the
   * dossiers of the citizen's CPAM ({@code cpam}), or of every CPAM when it is null.
   *
   * @throws DemandeInvalideException every field to correct (thematique, dateEnvoi) at once
   */
  public Delai estimer(String thematique, LocalDate dateEnvoi, Cpam cpam) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    Optional<DelaisProperties.Thematique> choisie = Optional.empty();
    if (thematique == null || thematique.isBlank()) {
      erreurs.add(new ErreurChamp("thematique", "Choisissez une thématique."));
    } else {
      choisie = proprietes.thematique(thematique);
      if (choisie.isEmpty()) {
        erreurs.add(new ErreurChamp("thematique", "Thématique inconnue. Valeurs possibles : "
            + proprietes.thematiques().stream().map(DelaisProperties.Thematique::code).collect(Collectors.joining(", ")) + "."));
      }
    }
    LocalDate aujourdhui = LocalDate.now(horloge);
    if (dateEnvoi == null) {
      erreurs.add(new ErreurChamp("dateEnvoi", "Indiquez la date d'envoi de votre demande, par exemple 03/12/2026."));
    } else if (dateEnvoi.isAfter(aujourdhui)) {
      erreurs.add(new ErreurChamp("dateEnvoi", "La date d'envoi ne peut pas être dans le futur."));
    } else if (dateEnvoi.isBefore(aujourdhui.minusYears(1))) {
      erreurs.add(new ErreurChamp("dateEnvoi", "Pour une demande envoyée il y a plus d'un an, contactez directement votre CPAM au 3646."));
    }
    if (!erreurs.isEmpty()) {
      throw new DemandeInvalideException(erreurs);
    }
    DelaisProperties.Thematique t = choisie.orElseThrow();
    DelaisService.Estimation e = delais.estimer(t, cpam == null ? null : cpam.code());
    LocalDate dateEstimee = dateEnvoi.plusDays(e.delaiJours());
    LocalDate dateHuitSurDix = dateEnvoi.plusDays(e.delaiHuitSurDixJours());
    String ou = cpam == null ? "l'ensemble des CPAM" : "votre CPAM";
    String explication =
        e.calculee()
            ? "Délai calculé sur les " + e.dossiersObserves() + " dossiers de cette thématique traités par " + ou + " du "
                + JJ_MM_AAAA.format(e.observeDu()) + " au " + JJ_MM_AAAA.format(e.observeAu()) + " : la moitié l'ont été en "
                + e.delaiJours() + " jours au plus, 8 sur 10 en " + e.delaiHuitSurDixJours() + " jours au plus."
            : "Délai de référence de la thématique : trop peu de dossiers (" + e.dossiersObserves() + ", il en faut "
                + proprietes.minimumDossiers() + ") ont été traités par " + ou + " au cours des " + proprietes.fenetreJours()
                + " derniers jours pour calculer un délai observé.";
    return new Delai(
        new CodeLibelle(t.code(), t.libelle()),
        cpam,
        dateEnvoi,
        e.delaiJours(),
        dateEstimee,
        e.delaiHuitSurDixJours(),
        dateHuitSurDix,
        e.calculee()
            ? new CodeLibelle("calcule", "Délai observé sur les dossiers traités")
            : new CodeLibelle("reference", "Délai de référence"),
        e.dossiersObserves(),
        e.observeDu(),
        e.observeAu(),
        explication,
        dateHuitSurDix.isBefore(aujourdhui));
  }
}
