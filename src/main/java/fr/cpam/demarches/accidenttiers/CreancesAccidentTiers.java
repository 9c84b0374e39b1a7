package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.accidenttiers.interne.DossierAccidentTiers;
import fr.cpam.demarches.accidenttiers.interne.EnvoiCreance;
import fr.cpam.demarches.accidenttiers.interne.EnvoiCreanceRepository;
import fr.cpam.demarches.accidenttiers.interne.LigneCreance;
import fr.cpam.demarches.accidenttiers.interne.LigneCreanceRepository;
import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.paiements.NaturePaiement;
import fr.cpam.demarches.paiements.PaiementService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The claim of a dossier: what the CPAM paid because of the accident, item by item. The daily
 * allowances of the arrêt linked to the accident are read from "Mes paiements" (each payment
 * once, whenever it is read again); the care costs are entered by the agent with their nature
 * and date. A claim is sent with the management fee of the scale in force that day, under a
 * key that makes each send happen once at the payer; costs paid after the first send (an arrêt
 * prolonged) are sent as a complement while the dossier is open.
 */
@Service
class CreancesAccidentTiers {

  private static final Logger LOG = LoggerFactory.getLogger(CreancesAccidentTiers.class);

  /** A care cost as the agent typed it on line {@code ligne} of the form. */
  record FraisSaisi(int ligne, String nature, String date, String montant) {}

  /** The claim as it stands: its items, their sum, the fee that sum gives today. */
  record Etat(List<LigneCreance> lignes, long principal, BaremeForfaitGestion.Forfait forfait, List<EnvoiCreance> envois) {
    long total() {
      return principal + forfait.montant();
    }

    boolean lignesNonEnvoyees() {
      return lignes.stream().anyMatch(l -> l.getEnvoi() == null);
    }
  }

  private final DossiersAccidentTiers dossiers;
  private final LigneCreanceRepository lignes;
  private final EnvoiCreanceRepository envois;
  private final PaiementService paiements;
  private final BaremeForfaitGestion bareme;
  private final Assureurs assureurs;
  private final Clock horloge;

  CreancesAccidentTiers(
      DossiersAccidentTiers dossiers,
      LigneCreanceRepository lignes,
      EnvoiCreanceRepository envois,
      PaiementService paiements,
      BaremeForfaitGestion bareme,
      Assureurs assureurs, Clock horloge) {
    this.dossiers = dossiers;
    this.lignes = lignes;
    this.envois = envois;
    this.paiements = paiements;
    this.bareme = bareme;
    this.assureurs = assureurs;
    this.horloge = horloge;
  }

  /**
   * Adds to the claim the daily allowances paid for the dossier's arrêt since the accident that
   * it does not hold yet. Returns how many were added.
   */
  @Transactional
  int releverIndemnites(String reference) {
    DossierAccidentTiers dossier = dossiers.dossier(reference);
    if (dossier.getReferenceArret() == null) {
      return 0;
    }
    Set<String> connues = new HashSet<>();
    lignes.deDossier(dossier).forEach(l -> connues.add(l.getCleSource()));
    int ajoutees = 0;
    for (PaiementService.PaiementFait p :
        paiements.paiementsFaits(dossier.getNirBeneficiaire().valeur(), dossier.getReferenceArret(), NaturePaiement.INDEMNITES_JOURNALIERES)) {
      if (connues.contains(p.cleSource()) || p.periodeFin().isBefore(dossier.getDateAccident())) {
        continue;
      }
      lignes.save(new LigneCreance(dossier, NatureFrais.INDEMNITES_JOURNALIERES,
          "Indemnités journalières du " + ValidationDeclaration.JJ_MM_AAAA.format(p.periodeDebut()) + " au "
              + ValidationDeclaration.JJ_MM_AAAA.format(p.periodeFin()) + " (arrêt " + dossier.getReferenceArret() + ")",
          p.periodeDebut(), p.periodeFin(), Montants.centimes(p.montantBrut()), p.cleSource(), null, horloge));
      ajoutees++;
    }
    if (ajoutees > 0) {
      LOG.info("Dossier {} : {} versement(s) d'indemnités journalières ajouté(s) à la créance", reference, ajoutees);
    }
    return ajoutees;
  }

  /** Every problem of the care costs typed by the agent, in French, named by their field. */
  static List<ErreurChamp> verifier(List<FraisSaisi> frais, LocalDate dateAccident, LocalDate aujourdhui) {
    List<ErreurChamp> erreurs = new ArrayList<>();
    for (FraisSaisi f : frais) {
      String ligne = "Frais n° " + f.ligne() + " : ";
      if (f.nature() == null || NatureFrais.depuisCode(f.nature()).filter(NatureFrais::saisieParAgent).isEmpty()) {
        erreurs.add(new ErreurChamp(AccidentTiersProcess.fraisNature(f.ligne()),
            ligne + "choisissez la nature des frais (" + NatureFrais.codesSaisissables() + ")."));
      }
      LocalDate date = date(f.date());
      if (date == null) {
        erreurs.add(new ErreurChamp(AccidentTiersProcess.fraisDate(f.ligne()), ligne + "indiquez la date des soins."));
      } else if (date.isBefore(dateAccident) || date.isAfter(aujourdhui)) {
        erreurs.add(new ErreurChamp(AccidentTiersProcess.fraisDate(f.ligne()), ligne + "la date des soins va du jour de l'accident ("
            + ValidationDeclaration.JJ_MM_AAAA.format(dateAccident) + ") à aujourd'hui."));
      }
      var montant = Montants.lire(f.montant());
      if (montant.isEmpty() || montant.get() <= 0) {
        erreurs.add(new ErreurChamp(AccidentTiersProcess.fraisMontant(f.ligne()),
            ligne + "le montant s'écrit en euros avec deux décimales au plus, par exemple 420,50."));
      }
    }
    return erreurs;
  }

  /** A date of the form (AAAA-MM-JJ, a date-time keeps its day), or null. */
  private static LocalDate date(String saisie) {
    if (saisie == null || saisie.isBlank()) {
      return null;
    }
    try {
      String propre = saisie.strip();
      return LocalDate.parse(propre.length() > 10 ? propre.substring(0, 10) : propre);
    } catch (java.time.format.DateTimeParseException illisible) {
      return null;
    }
  }

  /** Adds the care costs the agent entered (already checked), each as a line of its own. */
  @Transactional
  void ajouterFrais(String reference, List<FraisSaisi> frais, String auteur) {
    DossierAccidentTiers dossier = dossiers.dossier(reference);
    int rang = lignes.deDossier(dossier).size();
    for (FraisSaisi f : frais) {
      NatureFrais nature = NatureFrais.depuisCode(f.nature()).orElseThrow();
      LocalDate date = date(f.date());
      long montant = Montants.lire(f.montant()).orElseThrow();
      rang++;
      lignes.save(new LigneCreance(dossier, nature, nature.libelle() + " du " + ValidationDeclaration.JJ_MM_AAAA.format(date),
          date, date, montant, "SOINS/" + reference + "/" + rang + "/" + horloge.instant().toEpochMilli(), auteur, horloge));
    }
  }

  @Transactional(readOnly = true)
  Etat etat(String reference) {
    DossierAccidentTiers dossier = dossiers.dossier(reference);
    List<LigneCreance> toutes = lignes.deDossier(dossier);
    long principal = toutes.stream().mapToLong(LigneCreance::getMontant).sum();
    return new Etat(toutes, principal, bareme.calculer(principal, LocalDate.now(horloge)), envois.deDossier(dossier));
  }

  /**
   * Sends the claim: a new send number, its key, the items and the fee of the day, recorded
   * before the call; the payer takes a key once. {@code principalConvenu}: the amount agreed
   * after a disagreement (the fee is computed on it), null otherwise.
   */
  @Transactional
  EnvoiCreance envoyer(String reference, EnvoiCreance.Genre genre, Long principalConvenu) {
    DossierAccidentTiers dossier = dossiers.dossier(reference);
    releverIndemnites(reference);
    List<LigneCreance> toutes = lignes.deDossier(dossier);
    List<EnvoiCreance> precedents = envois.deDossier(dossier);
    int numero = precedents.size() + 1;
    long principal = principalConvenu != null ? principalConvenu : toutes.stream().mapToLong(LigneCreance::getMontant).sum();
    BaremeForfaitGestion.Forfait forfait = bareme.calculer(principal, LocalDate.now(horloge));
    EnvoiCreance envoi = envois.save(new EnvoiCreance(dossier, numero, genre, principal, forfait.montant(), forfait.baremeDepuis(), horloge));
    toutes.forEach(l -> l.envoyeeAvec(numero));
    assureurs.reclamer(new Assureurs.Reclamation(
        envoi.getCleIdempotence(), reference, genre.name(), dossier.getPayeur().name(), dossier.getPayeurNom(),
        dossier.getPayeurContrat(), dossier.getNomBeneficiaire(), dossier.getDateAccident(),
        toutes.stream().map(l -> new Assureurs.LigneReclamee(l.getNature().code(), l.getLibelle(), l.getPeriodeDebut(),
            l.getPeriodeFin(), l.getMontant())).toList(),
        principal, forfait.montant()));
    if (genre == EnvoiCreance.Genre.INITIALE) {
      dossier.passerA(StatutAccident.CREANCE_NOTIFIEE,
          "Les frais payés par votre CPAM à la suite de l'accident sont réclamés à : " + dossier.getPayeurNom() + ".", null, horloge);
      dossiers.notifier(dossier, "Frais réclamés au responsable de l'accident",
          "Pour le dossier " + reference + ", votre CPAM a réclamé à " + dossier.getPayeurNom() + " les frais qu'elle a payés"
              + " à la suite de l'accident. " + DossiersAccidentTiers.REMBOURSEMENTS_INCHANGES);
    } else {
      dossier.noter((genre == EnvoiCreance.Genre.COMPLEMENTAIRE ? "Créance complémentaire envoyée (n° " : "Montant convenu envoyé (n° ")
          + numero + ") : " + Montants.enClair(envoi.total()) + ".", null, horloge);
    }
    LOG.info("Dossier {} : créance n° {} envoyée ({})", reference, numero, genre);
    return envoi;
  }

  /**
   * The send the dossier calls for: the amount agreed with the payer after a disagreement when
   * there is one (then forgotten), the first claim otherwise.
   */
  @Transactional
  EnvoiCreance envoyerSelonLeDossier(String reference) {
    DossierAccidentTiers dossier = dossiers.dossier(reference);
    Long convenu = dossier.getPrincipalConvenu();
    if (convenu != null) {
      dossier.convenir(null);
      return envoyer(reference, EnvoiCreance.Genre.TRANSIGEE, convenu);
    }
    return envoyer(reference, EnvoiCreance.Genre.INITIALE, null);
  }

  /**
   * While the payer has not answered: new allowances paid for the arrêt are added, and sent as
   * a complement. Returns whether a complement left.
   */
  @Transactional
  boolean actualiser(String reference) {
    releverIndemnites(reference);
    if (!etat(reference).lignesNonEnvoyees()) {
      return false;
    }
    envoyer(reference, EnvoiCreance.Genre.COMPLEMENTAIRE, null);
    return true;
  }

  @Transactional
  void relancerPayeur(String reference) {
    DossierAccidentTiers dossier = dossiers.dossier(reference);
    List<EnvoiCreance> faits = envois.deDossier(dossier);
    EnvoiCreance dernier = faits.get(faits.size() - 1);
    assureurs.relancer(dernier.getCleIdempotence(), reference);
    dossier.noter("Relance envoyée à " + dossier.getPayeurNom() + ", sans réponse à la créance n° " + dernier.getNumero() + ".", null, horloge);
  }

  /** What the whole claim comes to with every item and its fee: a payment below it is partial. */
  @Transactional(readOnly = true)
  long creanceComplete(String reference) {
    return etat(reference).total();
  }

  /** The claim, item by item, with the fee and the total, for the agents' forms (Markdown). */
  @Transactional(readOnly = true)
  String detail(String reference) {
    Etat etat = etat(reference);
    StringBuilder s = new StringBuilder();
    if (etat.lignes().isEmpty()) {
      s.append("Aucun frais enregistré pour l'instant.");
    } else {
      s.append("| Poste | Période | Montant |\n|---|---|---:|\n");
      for (LigneCreance l : etat.lignes()) {
        s.append("| ").append(l.getNature().libelle()).append(" | ")
            .append(l.getPeriodeDebut().equals(l.getPeriodeFin())
                ? ValidationDeclaration.JJ_MM_AAAA.format(l.getPeriodeDebut())
                : ValidationDeclaration.JJ_MM_AAAA.format(l.getPeriodeDebut()) + " au " + ValidationDeclaration.JJ_MM_AAAA.format(l.getPeriodeFin()))
            .append(" | ").append(Montants.enClair(l.getMontant())).append(" |\n");
      }
    }
    s.append("\n**Sommes réclamées : ").append(Montants.enClair(etat.principal())).append("**  \n")
        .append("Indemnité forfaitaire de gestion : ").append(Montants.enClair(etat.forfait().montant())).append(" (")
        .append(etat.forfait().explication()).append(")  \n")
        .append("**Total réclamé : ").append(Montants.enClair(etat.total())).append("**");
    if (!etat.envois().isEmpty()) {
      EnvoiCreance dernier = etat.envois().get(etat.envois().size() - 1);
      s.append("  \nDernier envoi : n° ").append(dernier.getNumero()).append(", ").append(Montants.enClair(dernier.total()));
    }
    return s.toString();
  }
}
