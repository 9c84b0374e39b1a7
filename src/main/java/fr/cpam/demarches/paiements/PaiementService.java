package fr.cpam.demarches.paiements;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.Pagination;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.paiements.interne.Paiement;
import fr.cpam.demarches.paiements.interne.PaiementRepository;
import fr.cpam.demarches.paiements.interne.StatutPaiement;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records the payments the procedures make (and those they are about to make) and answers
 * "Mes paiements". Recording twice with the same source key updates the line: a procedure that
 * retries a step never shows a payment twice.
 */
@Service
public class PaiementService {

  /** "Mes paiements" keeps 27 months of history. */
  public static final int MOIS_D_HISTORIQUE = 27;

  private static final DateTimeFormatter JJ_MM_AAAA = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final PaiementRepository paiements;
  private final EntityManager entityManager;
  private final Clock horloge;

  PaiementService(PaiementRepository paiements, EntityManager entityManager, Clock horloge) {
    this.paiements = paiements;
    this.entityManager = entityManager;
    this.horloge = horloge;
  }

  /** A payment was made: the line shows it as paid (an awaited line with the same key becomes paid). */
  @Transactional
  public void enregistrer(PaiementEffectue paiement) {
    Paiement ligne = paiements.findByCleSource(paiement.cleSource()).orElseGet(() -> new Paiement(paiement.cleSource()));
    ligne.payer(paiement, horloge);
    paiements.save(ligne);
  }

  /** A payment is awaited: the line shows "en attente" and the step it waits on. */
  @Transactional
  public void signalerEnAttente(PaiementAttendu attendu) {
    Paiement ligne = paiements.findByCleSource(attendu.cleSource()).orElseGet(() -> new Paiement(attendu.cleSource()));
    if (ligne.estPaye()) {
      throw new IllegalStateException("Le paiement " + attendu.cleSource() + " est déjà effectué");
    }
    ligne.attendre(attendu, horloge);
    paiements.save(ligne);
  }

  /** Nothing more is awaited under this key (the dossier ended). */
  @Transactional
  public void retirerAttente(String cleSource) {
    paiements.findByCleSource(cleSource).filter(p -> !p.estPaye()).ifPresent(paiements::delete);
  }

  @Transactional(readOnly = true)
  public boolean existe(String cleSource) {
    return paiements.existsByCleSource(cleSource);
  }

  /**
   * A payment made, as another procedure reads it: the recovery from a liable third party sums
   * the daily allowances paid for the arrêt caused by the accident.
   */
  public record PaiementFait(
      String cleSource,
      String nirBeneficiaire,
      NaturePaiement nature,
      LocalDate datePaiement,
      LocalDate periodeDebut,
      LocalDate periodeFin,
      BigDecimal montantBrut,
      String referenceDossier) {}

  /** The payments of that nature made to {@code nirAssure}'s account for one dossier, by period. */
  @Transactional(readOnly = true)
  public List<PaiementFait> paiementsFaits(String nirAssure, String referenceDossier, NaturePaiement nature) {
    return paiements.faits(nirAssure, referenceDossier, nature, StatutPaiement.PAYE).stream()
        .map(p -> new PaiementFait(p.getCleSource(), p.getNirBeneficiaire(), p.getNature(), p.getDatePaiement(),
            p.getPeriodeDebut(), p.getPeriodeFin(), p.getMontantBrut(), p.getReferenceDossier()))
        .toList();
  }

  /**
   * "Mes paiements" of an account: the filters checked (every mistake reported at once, named
   * by its field: du, au, beneficiaire, nature, page, taille), then the page of lines and the
   * totals of the whole selection.
   *
   * @throws DemandeInvalideException listing every field to correct
   */
  @Transactional(readOnly = true)
  public MesPaiements.Page consulter(Assure compte, MesPaiements.Filtres filtres, int page, int taille) {
    Selection selection = selection(compte, filtres, page, taille);
    Resultat resultat = consulter(selection, page, taille);
    Totaux t = resultat.totaux();
    return new MesPaiements.Page(
        new MesPaiements.Periode(selection.du(), selection.au()),
        resultat.page().getContent().stream().map(MesPaiements.Ligne::de).toList(),
        page,
        taille,
        resultat.page().getTotalElements(),
        resultat.page().getTotalPages(),
        new MesPaiements.Totaux(t.nombre(), t.montantBrut(), t.retenues(), t.montantNet(), t.enAttente()));
  }

  /** Every line of the selection (at most {@link #LIGNES_MAX_RELEVE}), for the relevé. */
  @Transactional(readOnly = true)
  public List<MesPaiements.Ligne> toutes(Assure compte, MesPaiements.Filtres filtres) {
    Selection selection = selection(compte, filtres, 0, 1);
    return lignes(selection, 0, LIGNES_MAX_RELEVE).stream().map(MesPaiements.Ligne::de).toList();
  }

  /** A relevé lists at most this many payments: 27 months of every kind fit in it. */
  public static final int LIGNES_MAX_RELEVE = 2000;

  /** The last payment made to the account, if any. */
  @Transactional(readOnly = true)
  public Optional<MesPaiements.Ligne> dernierPaiement(Assure compte) {
    return entityManager
        .createQuery("select p from Paiement p where p.nirAssure = :nir and p.statut = :paye"
            + " order by p.datePaiement desc, p.id desc", Paiement.class)
        .setParameter("nir", compte.nir().valeur())
        .setParameter("paye", StatutPaiement.PAYE)
        .setMaxResults(1)
        .getResultList().stream().findFirst().map(MesPaiements.Ligne::de);
  }

  /** The next payment planned for the account: the awaited one with the nearest planned day. */
  @Transactional(readOnly = true)
  public Optional<MesPaiements.Ligne> prochainPaiement(Assure compte) {
    return entityManager
        .createQuery("select p from Paiement p where p.nirAssure = :nir and p.statut = :attente and p.datePrevue is not null"
            + " order by p.datePrevue, p.id", Paiement.class)
        .setParameter("nir", compte.nir().valeur())
        .setParameter("attente", StatutPaiement.EN_ATTENTE)
        .setMaxResults(1)
        .getResultList().stream().findFirst().map(MesPaiements.Ligne::de);
  }

  /** The natures a citizen filters on, in their order. */
  public static List<MesPaiements.Nature> natures() {
    return Arrays.stream(NaturePaiement.values()).map(MesPaiements.Nature::de).toList();
  }

  private Selection selection(Assure compte, MesPaiements.Filtres f, int page, int taille) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    LocalDate[] periode = null;
    try {
      periode = periode(f.du(), f.au());
    } catch (DemandeInvalideException e) {
      erreurs.addAll(e.erreurs());
    }
    String nirBeneficiaire = null;
    if (f.beneficiaire() != null && !f.beneficiaire().isBlank()) {
      Optional<String> invalide = Nir.valider(f.beneficiaire());
      if (invalide.isPresent()) {
        erreurs.add(new ErreurChamp("beneficiaire", invalide.get()));
      } else {
        Nir nir = Nir.de("beneficiaire", f.beneficiaire());
        if (compte.beneficiaire(nir).isEmpty()) {
          erreurs.add(new ErreurChamp("beneficiaire", "Cette personne n'est pas rattachée à votre compte."));
        } else {
          nirBeneficiaire = nir.valeur();
        }
      }
    }
    NaturePaiement nature = null;
    if (f.nature() != null && !f.nature().isBlank()) {
      nature = NaturePaiement.depuisCode(f.nature()).orElse(null);
      if (nature == null) {
        erreurs.add(new ErreurChamp("nature", "Nature de paiement inconnue. Valeurs possibles : "
            + Arrays.stream(NaturePaiement.values()).map(NaturePaiement::code).collect(Collectors.joining(", ")) + "."));
      }
    }
    try {
      Pagination.page(page, taille);
    } catch (DemandeInvalideException e) {
      erreurs.addAll(e.erreurs());
    }
    if (!erreurs.isEmpty()) {
      throw new DemandeInvalideException(erreurs);
    }
    return new Selection(compte.nir().valeur(), periode[0], periode[1], nirBeneficiaire, nature);
  }

  /** The filters of "Mes paiements", already checked against the account. */
  record Selection(String nirAssure, LocalDate du, LocalDate au, String nirBeneficiaire, NaturePaiement nature) {}

  record Totaux(long nombre, BigDecimal montantBrut, BigDecimal retenues, BigDecimal montantNet, long enAttente) {}

  record Resultat(Page<Paiement> page, Totaux totaux) {}

  /** The first day "Mes paiements" still shows. */
  LocalDate premierJourConsultable() {
    return LocalDate.now(horloge).minusMonths(MOIS_D_HISTORIQUE);
  }

  /** Checks the period asked for and fills in the defaults (the whole 27 months up to today). */
  LocalDate[] periode(LocalDate du, LocalDate au) {
    LocalDate premier = premierJourConsultable();
    LocalDate fin = au == null ? LocalDate.now(horloge) : au;
    LocalDate debut = du == null ? premier : du;
    if (debut.isBefore(premier)) {
      throw new DemandeInvalideException(
          "du",
          "Mes paiements conserve " + MOIS_D_HISTORIQUE + " mois d'historique : choisissez une date de début à partir du "
              + JJ_MM_AAAA.format(premier) + ".");
    }
    if (fin.isBefore(debut)) {
      throw new DemandeInvalideException("au", "La date de fin de la période doit être postérieure à la date de début.");
    }
    return new LocalDate[] {debut, fin};
  }

  /**
   * The selection, newest first: the awaited payments first (when the period reaches today),
   * then the payments by date. The totals add up the payments made in the whole selection;
   * they also give the number of lines, so the page needs no count query of its own.
   */
  @Transactional(readOnly = true)
  Resultat consulter(Selection selection, int page, int taille) {
    Totaux totaux = totaux(selection);
    long lignes = totaux.nombre() + totaux.enAttente();
    List<Paiement> contenu = (long) page * taille >= lignes ? List.of() : lignes(selection, page * taille, taille);
    return new Resultat(new PageImpl<>(contenu, PageRequest.of(page, taille), lignes), totaux);
  }

  private List<Paiement> lignes(Selection selection, int premiere, int nombre) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Paiement> requete = cb.createQuery(Paiement.class);
    Root<Paiement> racine = requete.from(Paiement.class);
    requete.where(predicat(selection, racine, cb));
    // EN_ATTENTE sorts before PAYE: the awaited payments (no date yet) come first.
    requete.orderBy(
        cb.asc(racine.get("statut")),
        cb.desc(racine.get("datePaiement")),
        cb.desc(racine.get("periodeDebut")),
        cb.desc(racine.get("id")));
    return entityManager.createQuery(requete).setFirstResult(premiere).setMaxResults(nombre).getResultList();
  }

  private Totaux totaux(Selection selection) {
    CriteriaBuilder cb = entityManager.getCriteriaBuilder();
    CriteriaQuery<Object[]> requete = cb.createQuery(Object[].class);
    Root<Paiement> racine = requete.from(Paiement.class);
    var paye = cb.equal(racine.get("statut"), StatutPaiement.PAYE);
    requete.multiselect(
        cb.sum(cb.<Long>selectCase().when(paye, 1L).otherwise(0L)),
        cb.sum(racine.<BigDecimal>get("montantBrut")),
        cb.sum(racine.<BigDecimal>get("retenues")),
        cb.sum(racine.<BigDecimal>get("montantNet")),
        cb.sum(cb.<Long>selectCase().when(paye, 0L).otherwise(1L)));
    requete.where(predicat(selection, racine, cb));
    Object[] ligne = entityManager.createQuery(requete).getSingleResult();
    return new Totaux(
        nombre(ligne[0]), montant(ligne[1]), montant(ligne[2]), montant(ligne[3]), nombre(ligne[4]));
  }

  private Predicate predicat(Selection s, Root<Paiement> racine, CriteriaBuilder cb) {
    List<Predicate> conditions = new ArrayList<>();
    conditions.add(cb.equal(racine.get("nirAssure"), s.nirAssure()));
    if (s.nirBeneficiaire() != null) {
      conditions.add(cb.equal(racine.get("nirBeneficiaire"), s.nirBeneficiaire()));
    }
    if (s.nature() != null) {
      conditions.add(cb.equal(racine.get("nature"), s.nature()));
    }
    Predicate payeDansLaPeriode = cb.between(racine.get("datePaiement"), s.du(), s.au());
    if (s.au().isBefore(LocalDate.now(horloge))) {
      conditions.add(payeDansLaPeriode);
    } else {
      // An awaited payment belongs to today: shown whenever the period reaches today.
      conditions.add(cb.or(payeDansLaPeriode, cb.equal(racine.get("statut"), StatutPaiement.EN_ATTENTE)));
    }
    return cb.and(conditions.toArray(Predicate[]::new));
  }

  private static long nombre(Object valeur) {
    return valeur == null ? 0 : ((Number) valeur).longValue();
  }

  private static BigDecimal montant(Object valeur) {
    return (valeur == null ? BigDecimal.ZERO : (BigDecimal) valeur).setScale(2, java.math.RoundingMode.HALF_UP);
  }
}
