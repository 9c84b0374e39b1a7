package fr.cpam.demarches.delais;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.delais.interne.TraitementTermineRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An estimate is kept {@code delais.conservation} per theme and CPAM, then computed again; a new
 * day computes it again at once; 0 computes it at every request.
 */
@ExtendWith(HorlogeDeTest.class)
class DelaisServiceTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  private static final DelaisProperties.Thematique MESSAGERIE =
      new DelaisProperties.Thematique("messagerie", "Messages adressés à votre CPAM", 3, List.of());

  private final TraitementTermineRepository traitements = mock(TraitementTermineRepository.class);
  private final AtomicLong nanosecondes = new AtomicLong();

  @BeforeEach
  void vingtDossiersEnDeuxJours() {
    HorlogeDeTest.regler(Instant.parse("2026-11-27T10:00:00Z"));
    when(traitements.repartition(eq("messagerie"), eq("131"), any())).thenReturn(repartition(20, 2));
    when(traitements.repartitionNationale(eq("messagerie"), any())).thenReturn(repartition(40, 3));
  }

  @Test
  void une_estimation_est_gardee_cinq_minutes_puis_calculee_de_nouveau() {
    DelaisService delais = service(Duration.ofMinutes(5));

    DelaisService.Estimation premiere = delais.estimer(MESSAGERIE, "131");
    nanosecondes.addAndGet(Duration.ofMinutes(4).toNanos());
    DelaisService.Estimation gardee = delais.estimer(MESSAGERIE, "131");

    assertThat(premiere.calculee()).isTrue();
    assertThat(premiere.delaiJours()).isEqualTo(2);
    assertThat(gardee).isEqualTo(premiere);
    verify(traitements, times(1)).repartition(eq("messagerie"), eq("131"), any());

    // 25 more dossiers, slower: seen once the 5 minutes are over.
    when(traitements.repartition(eq("messagerie"), eq("131"), any())).thenReturn(repartition(45, 6));
    nanosecondes.addAndGet(Duration.ofMinutes(2).toNanos());
    DelaisService.Estimation recalculee = delais.estimer(MESSAGERIE, "131");

    assertThat(recalculee.dossiersObserves()).isEqualTo(45);
    assertThat(recalculee.delaiJours()).isEqualTo(6);
    verify(traitements, times(2)).repartition(eq("messagerie"), eq("131"), any());
  }

  @Test
  void chaque_cpam_et_l_ensemble_des_cpam_ont_leur_estimation() {
    DelaisService delais = service(Duration.ofMinutes(5));

    assertThat(delais.estimer(MESSAGERIE, "131").dossiersObserves()).isEqualTo(20);
    assertThat(delais.estimer(MESSAGERIE, null).dossiersObserves()).isEqualTo(40);
    assertThat(delais.estimer(MESSAGERIE, "131").dossiersObserves()).isEqualTo(20);
    assertThat(delais.estimer(MESSAGERIE, null).delaiJours()).isEqualTo(3);
    verify(traitements, times(1)).repartition(eq("messagerie"), eq("131"), any());
    verify(traitements, times(1)).repartitionNationale(eq("messagerie"), any());
  }

  @Test
  void un_nouveau_jour_deplace_la_fenetre_et_calcule_de_nouveau() {
    DelaisService delais = service(Duration.ofMinutes(5));

    DelaisService.Estimation hier = delais.estimer(MESSAGERIE, "131");
    HorlogeDeTest.regler(Instant.parse("2026-11-27T23:01:00Z")); // 28/11 à Paris
    DelaisService.Estimation aujourdhui = delais.estimer(MESSAGERIE, "131");

    assertThat(hier.observeAu()).hasToString("2026-11-27");
    assertThat(aujourdhui.observeAu()).hasToString("2026-11-28");
    assertThat(aujourdhui.observeDu()).hasToString("2026-08-30");
    verify(traitements, times(2)).repartition(eq("messagerie"), eq("131"), any());
  }

  @Test
  void sans_conservation_chaque_demande_est_calculee() {
    DelaisService delais = service(Duration.ZERO);

    delais.estimer(MESSAGERIE, "131");
    delais.estimer(MESSAGERIE, "131");

    verify(traitements, times(2)).repartition(eq("messagerie"), eq("131"), any());
  }

  private DelaisService service(Duration conservation) {
    return new DelaisService(traitements, new DelaisProperties(90, 20, conservation, List.of(MESSAGERIE)), nanosecondes::get, HORLOGE);
  }

  /** {@code n} dossiers, all of them done in {@code jours} days. */
  private static List<Object[]> repartition(long n, int jours) {
    List<Object[]> lignes = new ArrayList<>();
    lignes.add(new Object[] {jours, n});
    return lignes;
  }
}
