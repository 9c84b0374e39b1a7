package fr.cpam.demarches.delais;

import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.delais.interne.TraitementTermineRepository;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The estimate of a processing time: the median and the 80th percentile of the durations of
 * the dossiers of the theme completed over the window (nearest-rank percentiles, in calendar
 * days), or the reference delay when fewer dossiers than the minimum were completed.
 *
 * <p>Each estimate (theme, CPAM or all of them) is kept {@code delais.conservation} (5 minutes)
 * on this node, then computed again: a citizen reading the page, or reloading it, costs no
 * query. A new day computes it again at once (the window moves). Several nodes may show, for
 * those minutes, estimates computed a few dossiers apart.
 */
@Service
class DelaisService {

  private final TraitementTermineRepository traitements;
  private final DelaisProperties proprietes;
  private final LongSupplier nanosecondes;
  private final Clock horloge;
  private final Map<Cle, Conservee> conservees = new ConcurrentHashMap<>();

  /** One estimate per theme and CPAM (null: every CPAM); at most themes × (CPAMs + 1) entries. */
  private record Cle(String thematique, String cpam) {}

  private record Conservee(Estimation estimation, LocalDate jour, long jusqua) {}

  @Autowired
  DelaisService(TraitementTermineRepository traitements, DelaisProperties proprietes, Clock horloge) {
    this(traitements, proprietes, System::nanoTime, horloge);
  }

  DelaisService(
      TraitementTermineRepository traitements, DelaisProperties proprietes, LongSupplier nanosecondes, Clock horloge) {
    this.traitements = traitements;
    this.proprietes = proprietes;
    this.nanosecondes = nanosecondes;
    this.horloge = horloge;
  }

  /** What the dossiers observed say, or why the reference delay applies. */
  record Estimation(
      boolean calculee, int dossiersObserves, int delaiJours, int delaiHuitSurDixJours, LocalDate observeDu, LocalDate observeAu) {}

  /** @param cpam the CPAM code, or null for every CPAM */
  Estimation estimer(DelaisProperties.Thematique thematique, String cpam) {
    LocalDate aujourdhui = LocalDate.now(horloge);
    if (proprietes.conservation().isZero()) {
      return calculer(thematique, cpam, aujourdhui);
    }
    Cle cle = new Cle(thematique.code(), cpam);
    long maintenant = nanosecondes.getAsLong();
    Conservee c = conservees.get(cle);
    if (c != null && c.jour().equals(aujourdhui) && c.jusqua() - maintenant > 0) {
      return c.estimation();
    }
    Estimation e = calculer(thematique, cpam, aujourdhui);
    conservees.put(cle, new Conservee(e, aujourdhui, maintenant + proprietes.conservation().toNanos()));
    return e;
  }

  private Estimation calculer(DelaisProperties.Thematique thematique, String cpam, LocalDate aujourdhui) {
    LocalDate debutFenetre = aujourdhui.minusDays(proprietes.fenetreJours());
    Instant depuis = debutFenetre.atStartOfDay(Fuseau.PARIS).toInstant();
    List<Object[]> repartition =
        cpam == null
            ? traitements.repartitionNationale(thematique.code(), depuis)
            : traitements.repartition(thematique.code(), cpam, depuis);
    long total = repartition.stream().mapToLong(l -> ((Number) l[1]).longValue()).sum();
    if (total < proprietes.minimumDossiers()) {
      int reference = thematique.delaiReferenceJours();
      return new Estimation(false, (int) total, reference, reference, debutFenetre, aujourdhui);
    }
    return new Estimation(
        true, (int) total, centile(repartition, total, 50), centile(repartition, total, 80), debutFenetre, aujourdhui);
  }

  /** Nearest rank: the smallest duration such that at least p % of the dossiers took no longer. */
  static int centile(List<Object[]> repartitionTriee, long total, int p) {
    long rang = (long) Math.ceil(total * p / 100.0);
    long cumul = 0;
    for (Object[] ligne : repartitionTriee) {
      cumul += ((Number) ligne[1]).longValue();
      if (cumul >= rang) {
        return ((Number) ligne[0]).intValue();
      }
    }
    throw new IllegalStateException("Répartition vide");
  }
}
