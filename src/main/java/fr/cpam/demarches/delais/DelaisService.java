package fr.cpam.demarches.delais;

import fr.cpam.demarches.commun.Horloge;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The estimate of a processing time: the median and the 80th percentile of the durations of
 * the dossiers of the theme completed over the window (nearest-rank percentiles, in calendar
 * days), or the reference delay when fewer dossiers than the minimum were completed.
 */
@Service
class DelaisService {

  private final TraitementTermineRepository traitements;
  private final DelaisProperties proprietes;

  DelaisService(TraitementTermineRepository traitements, DelaisProperties proprietes) {
    this.traitements = traitements;
    this.proprietes = proprietes;
  }

  /** What the dossiers observed say, or why the reference delay applies. */
  record Estimation(
      boolean calculee, int dossiersObserves, int delaiJours, int delaiHuitSurDixJours, LocalDate observeDu, LocalDate observeAu) {}

  /** @param cpam the CPAM code, or null for every CPAM */
  @Transactional(readOnly = true)
  Estimation estimer(DelaisProperties.Thematique thematique, String cpam) {
    LocalDate aujourdhui = Horloge.aujourdhui();
    LocalDate debutFenetre = aujourdhui.minusDays(proprietes.fenetreJours());
    Instant depuis = debutFenetre.atStartOfDay(Horloge.PARIS).toInstant();
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
