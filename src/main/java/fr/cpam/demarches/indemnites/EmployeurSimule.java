package fr.cpam.demarches.indemnites;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Stands in for the employers' channel: it takes the time a real exchange takes and keeps what
 * it sent, so that a test (or a curious agent) can see it. The employer's answer, the
 * attestation, comes back through our API like a real one.
 */
@Component
class EmployeurSimule implements EmployeurAdapter {

  private static final Logger LOG = LoggerFactory.getLogger(EmployeurSimule.class);

  /** One request sent to an employer. */
  record Envoi(String siret, String referenceArret, String objet) {}

  private final Duration latence;
  private final List<Envoi> envois = new CopyOnWriteArrayList<>();

  EmployeurSimule(@Value("${indemnites.employeur.latence:100ms}") Duration latence) {
    this.latence = latence;
  }

  @Override
  public void rappelerAttestation(String siret, String referenceArret, LocalDate debutArret) {
    attendre();
    envois.add(new Envoi(siret, referenceArret, "Rappel : attestation de salaire attendue pour l'arrêt du " + debutArret));
    LOG.info("Rappel d'attestation de salaire envoyé à l'employeur pour le dossier {}", referenceArret);
  }

  @Override
  public void demanderNouvelleAttestation(String siret, String referenceArret, String motif) {
    attendre();
    envois.add(new Envoi(siret, referenceArret, "Nouvelle attestation demandée : " + motif));
    LOG.info("Nouvelle attestation de salaire demandée à l'employeur pour le dossier {}", referenceArret);
  }

  @Override
  public void demanderChiffreManquant(String siret, String referenceArret, String chiffre) {
    attendre();
    envois.add(new Envoi(siret, referenceArret, "Rappel : attestation de salaire incomplète. " + chiffre));
    LOG.info("Chiffre manquant de l'attestation de salaire demandé à l'employeur pour le dossier {}", referenceArret);
  }

  List<Envoi> envoisPour(String referenceArret) {
    return envois.stream().filter(e -> e.referenceArret().equals(referenceArret)).toList();
  }

  private void attendre() {
    try {
      Thread.sleep(latence.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
