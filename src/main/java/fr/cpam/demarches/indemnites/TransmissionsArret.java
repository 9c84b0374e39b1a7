package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.indemnites.interne.ArretTravail;
import fr.cpam.demarches.indemnites.interne.ArretTravailRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a doctor's and an employer's software send about an arrêt, for another module that plays
 * them itself (the training scenarios): the same service, checks and messages as
 * {@code POST /api/arrets-travail} and {@code /api/attestations-salaire}, sent in the CPAM's
 * name (no sender account to check).
 */
@Component
public class TransmissionsArret {

  private final ArretTravailService service;
  private final ArretTravailRepository arrets;

  private final Clock horloge;

  TransmissionsArret(ArretTravailService service, ArretTravailRepository arrets, Clock horloge) {
    this.service = service;
    this.arrets = arrets;
    this.horloge = horloge;
  }

  /** An initial notice prescribed on its first day; returns the arrêt's reference. */
  @Transactional
  public String avis(String nir, LocalDate debut, LocalDate fin, String siretEmployeur) {
    return service.recevoirAvis(new ArretTravailService.AvisRecu(nir, debut, fin, debut, false, null, siretEmployeur, false)).reference();
  }

  /** A prolongation from the day after the arrêt's current end, prescribed today, for that many more days. */
  @Transactional
  public void prolonger(String reference, int jours) {
    ArretTravail arret = arrets.findByReference(reference).orElseThrow(() -> new IntrouvableException("Arrêt inconnu : " + reference));
    LocalDate debut = arret.getDateFin().plusDays(1);
    LocalDate aujourdhui = LocalDate.now(horloge);
    LocalDate prescription = aujourdhui.isBefore(debut) ? aujourdhui : debut;
    service.recevoirAvis(new ArretTravailService.AvisRecu(
        arret.getNir(), debut, arret.getDateFin().plusDays(jours), prescription, true, reference, arret.getSiretEmployeur(), false));
  }

  /** The first day of the arrêt (what an attestation's "last day worked" is compared with). */
  @Transactional(readOnly = true)
  public LocalDate debut(String reference) {
    return arrets.findByReference(reference).map(ArretTravail::getDateDebut)
        .orElseThrow(() -> new IntrouvableException("Arrêt inconnu : " + reference));
  }

  /**
   * An employer's salary attestation.
   *
   * @param siret the attestation's SIRET ({@code null}: the one of the notice)
   * @param dernierJourTravaille {@code null} when not given
   */
  @Transactional
  public void attestation(
      String reference,
      List<BigDecimal> salairesBruts,
      BigDecimal heuresTravaillees,
      boolean subrogation,
      String siret,
      LocalDate dernierJourTravaille,
      BigDecimal salairesBrutsSixMois,
      BigDecimal heuresTravailleesDouzeMois,
      BigDecimal salairesBrutsDouzeMois) {
    service.recevoirAttestation(new ArretTravailService.AttestationRecue(
        reference, salairesBruts, heuresTravaillees, subrogation, siret, dernierJourTravaille, salairesBrutsSixMois,
        heuresTravailleesDouzeMois, salairesBrutsDouzeMois));
  }
}
