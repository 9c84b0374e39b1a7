package fr.cpam.demarches.engine.interne;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.commun.Fuseau;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HorlogeDuMoteurTest {

  private final Clock horloge = new HorlogeDuMoteur();

  @AfterEach
  void remettre_l_horloge_du_moteur() {
    ClockUtil.reset();
  }

  @Test
  void deplacer_l_horloge_du_moteur_deplace_celle_des_regles() {
    // 23:30 UTC on 31 December: already New Year's Day in Paris, the rules' zone.
    Instant saintSylvestre = Instant.parse("2030-12-31T23:30:00Z");
    ClockUtil.setCurrentTime(Date.from(saintSylvestre));

    assertThat(horloge.instant()).isEqualTo(saintSylvestre);
    assertThat(horloge.millis()).isEqualTo(saintSylvestre.toEpochMilli());
    assertThat(horloge.getZone()).isEqualTo(Fuseau.PARIS);
    assertThat(LocalDate.now(horloge)).isEqualTo(LocalDate.of(2031, 1, 1));

    ClockUtil.setCurrentTime(Date.from(saintSylvestre.plus(Duration.ofDays(2))));
    assertThat(LocalDate.now(horloge)).isEqualTo(LocalDate.of(2031, 1, 3));
  }

  @Test
  void sans_horloge_deplacee_c_est_l_heure_du_systeme() {
    ClockUtil.reset();
    assertThat(Duration.between(Instant.now(), horloge.instant()).abs()).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void dans_un_autre_fuseau_elle_suit_toujours_le_moteur() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2030-12-31T23:30:00Z")));
    Clock utc = horloge.withZone(ZoneOffset.UTC);
    assertThat(LocalDate.now(utc)).isEqualTo(LocalDate.of(2030, 12, 31));
    assertThat(utc.instant()).isEqualTo(horloge.instant());
    assertThat(horloge.withZone(Fuseau.PARIS)).isEqualTo(horloge);
  }
}
