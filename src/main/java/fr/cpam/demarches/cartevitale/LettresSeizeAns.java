package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.cartevitale.interne.CarteVitaleRepository;
import fr.cpam.demarches.cartevitale.interne.LettreSeizeAns;
import fr.cpam.demarches.cartevitale.interne.LettreSeizeAnsRepository;
import fr.cpam.demarches.commun.DonneesDuServeur;
import fr.cpam.demarches.compte.Beneficiaire;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.compte.Qualite;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.MoteurAuthentifie;
import fr.cpam.demarches.notification.NotificationService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letter at 16 (DOMAIN §8): each day, every beneficiary who has turned 16 within the year and
 * has no card of their own (none active, none being made or posted, no dossier under way) gets a
 * notification, in the account they are attached to (their own if they have one, else the oldest
 * account), and a "Commander une carte Vitale" started for them there, waiting for the account's
 * owner. Once per person: {@link LettreSeizeAns} is unique per person in the database, so a
 * second run, a restart or a second node writes nothing twice.
 */
@Service
class LettresSeizeAns {

  private static final Logger LOG = LoggerFactory.getLogger(LettresSeizeAns.class);
  /** People looked up in one statement (an IN list well under PostgreSQL's 32 767 parameters). */
  static final int PAR_REQUETE = 1000;

  private final CompteService comptes;
  private final CarteVitaleRepository cartes;
  private final DossiersCarteVitale dossiers;
  private final LettreSeizeAnsRepository lettres;
  private final RuntimeService runtimeService;
  private final MoteurAuthentifie moteur;
  private final NotificationService notifications;
  private final Clock horloge;

  LettresSeizeAns(
      CompteService comptes,
      CarteVitaleRepository cartes,
      DossiersCarteVitale dossiers,
      LettreSeizeAnsRepository lettres,
      RuntimeService runtimeService,
      MoteurAuthentifie moteur,
      NotificationService notifications, Clock horloge) {
    this.comptes = comptes;
    this.cartes = cartes;
    this.dossiers = dossiers;
    this.lettres = lettres;
    this.runtimeService = runtimeService;
    this.moteur = moteur;
    this.notifications = notifications;
    this.horloge = horloge;
  }

  /** Writes today's letters; returns how many were written. */
  @Transactional
  int ecrire() {
    LocalDate aujourdhui = LocalDate.now(horloge);
    int age = ValidationDemande.AGE_CARTE_OBLIGATOIRE;
    // Turned 16 today or within the last year: a day the run missed is caught up the next day.
    // Those who have a card in use or on its way (one in opposition or replaced does not count)
    // are left out: the year's young people cost a statement per PAR_REQUETE of them, not one
    // each (docs/performance.md, lettres.rejeu). The accounts are compte's: read through its
    // service, then the cards here (docs/decisions/0096-le-compte-lu-en-records.md).
    List<Beneficiaire> nes = comptes.beneficiairesNesEntre(aujourdhui.minusYears(age + 1L).plusDays(1), aujourdhui.minusYears(age));
    List<Nir> nesNirs = nes.stream().map(Beneficiaire::nir).distinct().toList();
    Set<Nir> avecCarte = new HashSet<>();
    for (int i = 0; i < nesNirs.size(); i += PAR_REQUETE) {
      cartes.findByTitulaireInAndStatutNotIn(nesNirs.subList(i, Math.min(nesNirs.size(), i + PAR_REQUETE)),
          Set.of(StatutCarteVitale.EN_OPPOSITION, StatutCarteVitale.REMPLACEE)).forEach(c -> avecCarte.add(c.getTitulaire()));
    }
    Map<Nir, Beneficiaire> parPersonne = new LinkedHashMap<>();
    for (Beneficiaire b : nes) {
      if (!avecCarte.contains(b.nir())) {
        parPersonne.merge(b.nir(), b, (premier, autre) -> autre.qualite() == Qualite.ASSURE ? autre : premier);
      }
    }
    List<String> personnes = parPersonne.keySet().stream().map(Nir::valeur).toList();
    Set<String> dejaEcrits = new HashSet<>();
    for (int i = 0; i < personnes.size(); i += PAR_REQUETE) {
      dejaEcrits.addAll(lettres.dejaEcrits(personnes.subList(i, Math.min(personnes.size(), i + PAR_REQUETE))));
    }
    int ecrites = 0;
    for (Beneficiaire jeune : parPersonne.values()) {
      if (!dejaEcrits.contains(jeune.nir().valeur()) && dossiers.dossierOuvert(jeune.nir()).isEmpty()) {
        ecrire(jeune);
        ecrites++;
      }
    }
    LOG.info("Lettres des 16 ans : {} écrite(s)", ecrites);
    return ecrites;
  }

  private void ecrire(Beneficiaire jeune) {
    // First the unique line: a concurrent run fails here, before anything else is done.
    LettreSeizeAns lettre = lettres.saveAndFlush(new LettreSeizeAns(jeune.nir(), jeune.titulaire(), horloge));
    String titulaire = jeune.titulaire().identifiant();
    // Started as the account's owner (the first task is theirs), who may send no variable at a
    // start: the young person to pre-select is handed by the server (docs/securite.md).
    ProcessInstance commande = DonneesDuServeur.avec(Map.of(DemandesCarteVitaleProcess.BENEFICIAIRE, jeune.nir().valeur()),
        () -> moteur.executerEnTantQue(titulaire, List.of(Groupes.ASSURES),
            () -> runtimeService.startProcessInstanceByKey(CarteVitaleCommandeProcess.CLE)));
    lettre.dossierOuvert(commande.getBusinessKey());
    boolean luiMeme = jeune.nir().equals(jeune.titulaire());
    notifications.notifier(titulaire, commande.getBusinessKey(),
        luiMeme ? "Votre carte Vitale : vous avez 16 ans" : "Carte Vitale : " + jeune.prenom() + " a 16 ans",
        "À 16 ans, chacun a sa propre carte Vitale" + (luiMeme ? "" : " : " + jeune.nomComplet() + " ne figurera plus sur la"
            + " vôtre") + ". La démarche « Commander une carte Vitale » est ouverte dans vos tâches (dossier "
            + commande.getBusinessKey() + ") : vérifiez l'adresse d'envoi, puis transmettez une photo d'identité récente et"
            + " une pièce d'identité " + (luiMeme ? "à votre nom" : "de " + jeune.prenom())
            + ". La carte arrive par la poste environ 2 semaines après.");
    LOG.info("Lettre des 16 ans : dossier {} ouvert", commande.getBusinessKey());
  }
}
