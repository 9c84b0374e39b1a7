package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.cartevitale.interne.CarteVitale;
import fr.cpam.demarches.cartevitale.interne.CarteVitaleRepository;
import fr.cpam.demarches.cartevitale.interne.DossierCarteVitale;
import fr.cpam.demarches.commun.ReferenceDossierGenerator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Production and delivery of a new card, step by step: each step moves the card and the
 * dossier to their next status; shipping is announced to the citizen with the tracking number.
 */
@Service
class ProductionCartes {

  private static final Logger LOG = LoggerFactory.getLogger(ProductionCartes.class);

  private final DossiersCarteVitale dossiers;
  private final CarteVitaleRepository cartes;
  private final FabriqueCartes fabrique;
  private final Clock horloge;

  ProductionCartes(DossiersCarteVitale dossiers, CarteVitaleRepository cartes, FabriqueCartes fabrique, Clock horloge) {
    this.dossiers = dossiers;
    this.cartes = cartes;
    this.fabrique = fabrique;
    this.horloge = horloge;
  }

  /**
   * The serial number of the dossier's new card, derived from its reference (unique across the
   * system) so that an order sent again names the same card: {@code CV-2026-K7M2Q-X9P4T} gives
   * 9, the year's last two digits, and the reference's random part as 14 digits.
   */
  static String numeroSerie(String reference) {
    String[] parties = reference.split("-");
    String annee = parties[1];
    if (parties.length == 3) {
      // A sequential reference of before docs/decisions/0045 (CV-2026-000123 gives 926000123).
      return "9" + annee.substring(2) + parties[2];
    }
    return "9" + annee.substring(2) + String.format("%014d", ReferenceDossierGenerator.numero(reference));
  }

  /** Orders the card (again, after a late factory: the same card, a replaced order). */
  @Transactional
  void commander(String reference) {
    DossierCarteVitale dossier = dossiers.dossier(reference);
    String numero = numeroSerie(reference);
    CarteVitale carte =
        cartes.findByNumeroSerie(numero)
            .orElseGet(() -> cartes.save(new CarteVitale(numero, dossier.getBeneficiaire(), StatutCarteVitale.EN_FABRICATION, null, horloge)));
    boolean renouvelee = dossier.getNouvelleCarte() != null;
    dossier.noterNouvelleCarte(carte.getNumeroSerie());
    try {
      fabrique.commander(
          new FabriqueCartes.CommandeCarte(
              dossier.cleNouvelleCommande(), reference, numero, dossier.getBeneficiaire().valeur(), dossier.getBeneficiaireNom(),
              dossier.getBeneficiairePrenom(), dossier.getAdresse()));
    } catch (FabriqueCartes.FabriqueIndisponibleException e) {
      // Expected: one line, no stack trace; the engine retries the job, then makes it an incident.
      LOG.warn("Dossier {} : la fabrique de cartes n'a pas pris la commande, nouvel essai prévu", reference);
      throw e;
    }
    if (renouvelee) {
      dossier.passerA(StatutDossier.EN_FABRICATION, "Commande renouvelée auprès de la fabrique", horloge);
    } else {
      dossiers.changerStatut(reference, StatutDossier.EN_FABRICATION, "Carte " + numero + " commandée à la fabrique");
    }
  }

  @Transactional
  void enregistrerFabrication(String reference) {
    DossierCarteVitale dossier = dossiers.dossier(reference);
    carte(dossier).changerStatut(StatutCarteVitale.FABRIQUEE, horloge);
    dossiers.changerStatut(reference, StatutDossier.CARTE_FABRIQUEE, null);
  }

  @Transactional
  void enregistrerExpedition(String reference, String numeroSuivi) {
    DossierCarteVitale dossier = dossiers.dossier(reference);
    carte(dossier).changerStatut(StatutCarteVitale.EXPEDIEE, horloge);
    dossier.noterNumeroSuivi(numeroSuivi);
    dossiers.changerStatut(reference, StatutDossier.CARTE_EXPEDIEE, "Numéro de suivi " + numeroSuivi);
    dossiers.notifier(dossier, "Carte Vitale expédiée",
        "La carte Vitale de " + dossier.nomCompletBeneficiaire() + " (dossier " + reference + ") a été expédiée le "
            + LocalDate.now(horloge).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
            + " au " + dossier.getAdresse().enUneLigne() + ". Suivez l'envoi avec le numéro " + numeroSuivi
            + " sur le site de La Poste.");
  }

  /** The delivery time has passed: the new card counts as received and becomes the valid one. */
  @Transactional
  void activer(String reference) {
    DossierCarteVitale dossier = dossiers.dossier(reference);
    CarteVitale carte = carte(dossier);
    if (carte.getStatut() == StatutCarteVitale.EXPEDIEE) {
      carte.changerStatut(StatutCarteVitale.ACTIVE, horloge);
    }
    dossiers.changerStatut(reference, StatutDossier.CARTE_ACTIVE, null);
    dossiers.notifier(dossier, "Nouvelle carte Vitale active",
        "La nouvelle carte Vitale de " + dossier.nomCompletBeneficiaire() + " est active. Pensez à la mettre à jour"
            + " en pharmacie ou dans une borne. Si vous ne l'avez pas reçue, signalez-le à votre CPAM.");
  }

  private CarteVitale carte(DossierCarteVitale dossier) {
    return cartes.findByNumeroSerie(numeroSerie(dossier.getReference()))
        .orElseThrow(() -> new IllegalStateException("Aucune carte commandée pour le dossier " + dossier.getReference()));
  }
}
