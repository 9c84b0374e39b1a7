package fr.cpam.demarches.indemnites;

import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.commun.SuiviDossiers;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.indemnites.interne.ArretTravail;
import fr.cpam.demarches.indemnites.interne.ArretTravailRepository;
import fr.cpam.demarches.indemnites.interne.AvisArretRepository;
import fr.cpam.demarches.indemnites.interne.StatutArret;
import fr.cpam.demarches.indemnites.interne.VersementIj;
import fr.cpam.demarches.indemnites.interne.VersementIjRepository;
import fr.cpam.demarches.paiements.PayeA;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's arrêts de travail in "Mes démarches": each one a dossier, its steps the notices
 * received (first one, extensions) and the allowances paid, dated.
 */
@Component
class SuiviArrets implements SuiviDossiers {

  static final String THEMATIQUE = "arrets-travail";
  private static final DateTimeFormatter JOUR = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final ArretTravailRepository arrets;
  private final AvisArretRepository avis;
  private final VersementIjRepository versements;

  SuiviArrets(ArretTravailRepository arrets, AvisArretRepository avis, VersementIjRepository versements) {
    this.arrets = arrets;
    this.avis = avis;
    this.versements = versements;
  }

  @Override
  @Transactional(readOnly = true)
  public List<Dossier> recents(String compte, int nombre) {
    return arrets.recents(Nir.depuisIdentifiant(compte).valeur(), PageRequest.of(0, nombre)).stream()
        .map(a -> vue(a, List.of()))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public long nombre(String compte) {
    return arrets.countByNir(Nir.depuisIdentifiant(compte).valeur());
  }

  @Override
  public boolean peutTenir(String reference) {
    return SuiviDossiers.prefixee(reference, IndemnitesJournalieresProcess.PREFIXE_REFERENCE);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Dossier> dossier(String compte, String reference) {
    String nir = Nir.depuisIdentifiant(compte).valeur();
    return arrets.findByReference(reference).filter(a -> a.getNir().equals(nir)).map(a -> vue(a, etapes(a)));
  }

  private List<Etape> etapes(ArretTravail a) {
    List<Etape> etapes = new ArrayList<>();
    avis.findByArretOrderByIdAsc(a).forEach(x -> etapes.add(new Etape(x.getRecuLe(),
        x.isProlongation() ? "Prolongation reçue" : "Avis d'arrêt de travail reçu",
        "Du " + JOUR.format(x.getDateDebut()) + " au " + JOUR.format(x.getDateFin()) + ".")));
    versements.findByArretOrderByPeriodeDebutAsc(a).stream().filter(VersementIj::estVerse).forEach(v -> etapes.add(new Etape(
        v.getVerseLe(), "Indemnités journalières versées",
        "Du " + JOUR.format(v.getPeriodeDebut()) + " au " + JOUR.format(v.getPeriodeFin()) + " : " + euros(v.getMontantNet())
            + " net" + (v.getPayeA() == PayeA.EMPLOYEUR ? ", versés à votre employeur." : "."))));
    etapes.sort(Comparator.comparing(Etape::date));
    return etapes;
  }

  private static Dossier vue(ArretTravail a, List<Etape> etapes) {
    boolean enCours = a.getStatut() == StatutArret.ATTENTE_ATTESTATION || a.getStatut() == StatutArret.VERIFICATION_ATTESTATION
        || a.getStatut() == StatutArret.EN_INDEMNISATION;
    String statut = a.getStatut().libelle()
        + (a.getProchaineEcheance() != null && enCours ? " ; prochain versement prévu le " + JOUR.format(a.getProchaineEcheance()) : "");
    return new Dossier(a.getReference(), "Arrêt de travail du " + JOUR.format(a.getDateDebut()), null, statut, enCours,
        a.getRecuLe() == null ? a.getDateDebut().atStartOfDay(Fuseau.PARIS).toInstant() : a.getRecuLe(), etapes, null, THEMATIQUE, List.of());
  }

  private static String euros(BigDecimal montant) {
    return String.format(Locale.FRANCE, "%,.2f €", montant.setScale(2, RoundingMode.HALF_UP)).replace('\u202f', ' ');
  }
}
