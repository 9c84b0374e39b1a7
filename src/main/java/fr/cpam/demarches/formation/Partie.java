package fr.cpam.demarches.formation;

import fr.cpam.demarches.cartevitale.CartesVitale;
import fr.cpam.demarches.cartevitale.SimulationFabrique;
import fr.cpam.demarches.cartevitale.StatutCarteVitale;
import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.compte.Qualite;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.Locataires;
import fr.cpam.demarches.indemnites.TransmissionsArret;
import fr.cpam.demarches.messagerie.Fichier;
import fr.cpam.demarches.messagerie.ReponsesAssure;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Plays in a scenario everything that is not the learner's work: the fictitious citizen (her
 * account, her beneficiaries and cards, generated NIRs), what she submits to start the dossier,
 * her answers in her own tasks, and what the outside world sends (an employer's attestation, a
 * doctor's prolongation, a citizen's answer to a request for more, with a document or not). It goes through the same
 * engine calls, services and checks as a real citizen, doctor or employer: a scenario that no
 * longer fits the models fails here, with the model's own message.
 *
 * <p>Time passing ({@code jours-passent}) is the room's clock, not a move of this class.
 */
class Partie {

  /** What a doctor's notice carries, as a scenario writes it (the arrêt starts from the day it is played). */
  static final Map<String, Set<String>> DEPOT_ARRET =
      Map.of("debutArret", Set.of(), "dureeJours", Set.of(), "siretEmployeur", Set.of());

  static final String TACHE_PIECES = "Task_TransmettrePieces";
  static final String TACHE_COMPLEMENT = "Task_CompleterDemande";

  /** The town of a CPAM, for a fictitious citizen whose scenario gives no address. */
  private static final Map<String, String[]> VILLES =
      Map.of(
          "751", new String[] {"75011", "Paris"},
          "131", new String[] {"13001", "Marseille"},
          "691", new String[] {"69003", "Lyon"},
          "441", new String[] {"44000", "Nantes"},
          "311", new String[] {"31000", "Toulouse"},
          "331", new String[] {"33000", "Bordeaux"},
          "594", new String[] {"59000", "Lille"},
          "921", new String[] {"92000", "Nanterre"},
          "931", new String[] {"93000", "Bobigny"},
          "941", new String[] {"94000", "Créteil"});

  /** The smallest JPEG and PDF a type check accepts: the citizen's photo and identity document. */
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F', 0};
  private static final byte[] PDF = "%PDF-1.4\n%fin\n".getBytes(StandardCharsets.ISO_8859_1);

  private static final SecureRandom HASARD = new SecureRandom();

  /**
   * The fictitious citizen of one play of a scenario.
   *
   * @param beneficiaires each beneficiary's NIR by first name, the citizen herself included
   * @param siret her employer's SIRET, if the scenario gives one
   */
  record AssureFictif(Nir nir, Map<String, Nir> beneficiaires, String siret) {
    String identifiant() {
      return nir.identifiant();
    }
  }

  private final CompteService comptes;
  private final CartesVitale cartes;
  private final TransmissionsArret arrets;
  private final ReponsesAssure reponses;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final ManagementService managementService;
  private final SimulationFabrique fabrique;
  private final Clock horloge;

  Partie(
      CompteService comptes,
      CartesVitale cartes,
      TransmissionsArret arrets,
      ReponsesAssure reponses,
      RuntimeService runtimeService,
      TaskService taskService,
      IdentityService identityService,
      ManagementService managementService,
      SimulationFabrique fabrique,
      Clock horloge) {
    this.comptes = comptes;
    this.cartes = cartes;
    this.arrets = arrets;
    this.reponses = reponses;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.managementService = managementService;
    this.fabrique = fabrique;
    this.horloge = horloge;
  }

  /**
   * Opens the fictitious citizen's account with a NIR nobody has (valid key, her sex, birth month
   * and her CPAM's department), her beneficiaries and cards, and plays her earlier declarations.
   */
  AssureFictif creerAssure(Scenario.Assure a) {
    String departement = a.cpam().substring(0, 2);
    Nir nir = nirLibre(a.sexe(), a.naissance(), departement);
    String[] ville = VILLES.getOrDefault(a.cpam(), new String[] {departement + "000", "Chef-lieu"});
    Scenario.Adresse adresse = a.adresse() != null ? a.adresse() : new Scenario.Adresse("12 rue des Lilas", ville[0], ville[1]);
    comptes.ouvrirCompte(nir, a.nom(), a.prenom(), a.naissance(), null,
        Adresse.de("adresse", adresse.ligne1(), null, adresse.codePostal(), adresse.commune()), a.cpam(), codePersonnel(a.naissance()));
    comptes.affilier(nir, a.affiliation() != null ? a.affiliation() : a.naissance().plusYears(20));
    Map<String, Nir> beneficiaires = new LinkedHashMap<>();
    beneficiaires.put(a.prenom(), nir);
    if (!"aucune".equals(a.carte())) {
      cartes.enregistrer(numeroCarte(), nir,
          "opposition".equals(a.carte()) ? StatutCarteVitale.EN_OPPOSITION : StatutCarteVitale.ACTIVE,
          LocalDate.now(horloge).minusYears(3), horloge);
    }
    int rang = 0;
    for (Scenario.Beneficiaire b : a.beneficiaires()) {
      LocalDate naissance = b.naissance() != null ? b.naissance() : LocalDate.now(horloge).minusYears(b.age()).minusMonths(3);
      String sexe = b.sexe() != null ? b.sexe() : (rang++ % 2 == 0 ? "M" : "F");
      Nir enfant = nirLibre(sexe, naissance, departement);
      comptes.rattacher(nir, enfant, a.nom(), b.prenom(), naissance, Qualite.ENFANT);
      if ("active".equals(b.carte())) {
        cartes.enregistrer(numeroCarte(), enfant, StatutCarteVitale.ACTIVE, naissance.plusYears(12), horloge);
      }
      beneficiaires.put(b.prenom(), enfant);
    }
    AssureFictif assure = new AssureFictif(nir, beneficiaires, a.employeur() != null ? a.employeur().siret() : null);
    for (int i = 0; i < a.declarationsAnterieures(); i++) {
      declarationAnterieure(assure, adresse);
    }
    return assure;
  }

  /**
   * An earlier declaration of the citizen's own card, in the last 12 months: declared, examined
   * and closed (the citizen found her card before it was replaced), then a new card given to her at
   * the desk. It counts as the review rule counts declarations, and leaves her with an active card
   * to declare again. Played to its end at once, whatever the job executor does, so that the
   * scenario's own declaration finds it closed.
   */
  private void declarationAnterieure(AssureFictif assure, Scenario.Adresse adresse) {
    ProcessInstance pi = enTantQueAssure(assure, () -> runtimeService.startProcessInstanceByKey("CarteVitalePerteVol"));
    Map<String, Object> declaration = new HashMap<>();
    declaration.put("beneficiaire", assure.nir().valeur());
    declaration.put("motif", "perte");
    // Another address than the account's: the declaration goes to an agent, who closes it.
    declaration.put("adresseLigne1", "3 impasse du Moulin");
    declaration.put("adresseCodePostal", adresse.codePostal());
    declaration.put("adresseCommune", adresse.commune());
    declaration.put("engagementRestitution", true);
    completerCommeAssure(assure, tacheDe(pi.getBusinessKey(), "Task_DeclarerPerteVol"), declaration);
    Task examen = tacheDe(pi.getBusinessKey(), "Task_ExaminerDeclaration");
    enTantQue("formation", List.of(Groupes.GESTION_DROITS), () -> {
      taskService.complete(examen.getId(), Map.of("decision", "refuser",
          "motifRefus", "Déclaration close : l'assuré a retrouvé sa carte ; une nouvelle carte lui est remise à l'accueil."));
      return null;
    });
    for (Job job : managementService.createJobQuery().processInstanceId(pi.getId()).executable().list()) {
      managementService.executeJob(job.getId());
    }
    cartes.enregistrer(numeroCarte(), assure.nir(), StatutCarteVitale.ACTIVE, LocalDate.now(horloge), horloge);
  }

  /**
   * What the citizen submits (or her doctor, for an arrêt de travail), through the procedure's own
   * door. Returns the dossier's reference (the business key of its process instances).
   */
  String deposer(Scenario scenario, AssureFictif assure) {
    Map<String, Object> depot = new HashMap<>(scenario.depot());
    switch (scenario.procedure()) {
      case Scenarios.PROCEDURE_ARRET -> {
        LocalDate debut = LocalDate.now(horloge).plusDays(entier(depot.getOrDefault("debutArret", 0L)));
        LocalDate fin = debut.plusDays(entier(depot.getOrDefault("dureeJours", 14L)) - 1);
        String siret = (String) depot.getOrDefault("siretEmployeur", assure.siret());
        return arrets.avis(assure.nir().formate(), debut, fin, siret);
      }
      case "MessageAssure" -> {
        return enTantQueAssure(assure, () -> runtimeService.startProcessInstanceByKey(scenario.procedure(), depot)).getBusinessKey();
      }
      default -> {
        // The card procedures: started empty, then the citizen's first task (the declaration, the order).
        ProcessInstance pi = enTantQueAssure(assure, () -> runtimeService.startProcessInstanceByKey(scenario.procedure()));
        Task premiere = taskService.createTaskQuery().processInstanceId(pi.getId()).taskAssignee(assure.identifiant()).singleResult();
        Map<String, Object> saisie = new HashMap<>();
        Adresse adresse = comptes.compteDe(assure.nir()).adresse();
        saisie.put("adresseLigne1", adresse.getLigne1());
        saisie.put("adresseCodePostal", adresse.getCodePostal());
        saisie.put("adresseCommune", adresse.getCommune());
        if ("CarteVitalePerteVol".equals(scenario.procedure())) {
          saisie.put("engagementRestitution", true);
        }
        saisie.putAll(depot);
        String prenom = (String) depot.getOrDefault("beneficiaire", scenario.assure().prenom());
        Nir beneficiaire = assure.beneficiaires().get(prenom);
        if (beneficiaire == null) {
          throw new IllegalArgumentException(scenario.fichier() + " : « beneficiaire » nomme le prénom de l'assurée ou d'un de ses"
              + " bénéficiaires (" + String.join(", ", assure.beneficiaires().keySet()) + "), pas « " + prenom + " »");
        }
        saisie.put("beneficiaire", beneficiaire.valeur());
        completerCommeAssure(assure, premiere, saisie);
        return pi.getBusinessKey();
      }
    }
  }

  /** What the outside world does; {@code jours-passent} is the room's clock and not played here. */
  void evenement(Scenario.Evenement evenement, String reference, AssureFictif assure) {
    Map<String, Object> d = evenement.donnees();
    switch (evenement.type()) {
      case "attestation-salaire" -> {
        List<BigDecimal> salaires = d.get("salairesBruts") instanceof List<?> l
            ? l.stream().map(Partie::decimal).toList()
            : List.of(new BigDecimal("2000"), new BigDecimal("2000"), new BigDecimal("2000"));
        LocalDate dernierJour = d.containsKey("dernierJourTravaille")
            ? arrets.debut(reference).plusDays(entier(d.get("dernierJourTravaille")))
            : null;
        arrets.attestation(reference, salaires, decimal(d.getOrDefault("heuresTravaillees", 455L)),
            Boolean.TRUE.equals(d.get("subrogation")), (String) d.get("siret"), dernierJour, decimal(d.get("salairesBrutsSixMois")),
            decimal(d.get("heuresTravailleesDouzeMois")), decimal(d.get("salairesBrutsDouzeMois")));
      }
      case "prolongation" -> arrets.prolonger(reference, entier(d.getOrDefault("jours", 14L)));
      case "refus-fabrique" -> {
        if (!fabrique.refuserLaCommande(reference)) {
          throw new IllegalStateException("La fabrique n'a aucune commande du dossier " + reference + " à refuser");
        }
      }
      case "reponse-complement" -> {
        Task tache = tacheDe(reference, TACHE_COMPLEMENT);
        if (tache == null) {
          throw new IllegalStateException("Aucune demande de complément n'attend l'assurée dans le dossier " + reference);
        }
        String texte = (String) d.getOrDefault("texte", "Voici le complément demandé.");
        if (d.get("piece") instanceof String piece) {
          // With a document: she answers from her messagerie, where a document is joined.
          reponses.repondre(reference, assure.identifiant(), texte, List.of(document(piece)));
        } else {
          completerCommeAssure(assure, tache, Map.of("complement", texte));
        }
      }
      case "jours-passent" -> {
        // The room's clock.
      }
      default -> throw new IllegalArgumentException("Événement inconnu : " + evenement.type());
    }
  }

  /** The message of the arrêt's model that waits for an employer's attestation (Task_AttendreAttestation, the reminder). */
  static final String MESSAGE_ATTESTATION = "AttestationSalaireRecue";

  /**
   * Whether the dossier waits for that event now: an attestation when the arrêt's process waits
   * for one, a citizen's answer when her "compléter votre demande" task is open; the card
   * factory's refusal when it has taken the dossier's order and not yet answered; a prolongation
   * at any time. The room's clock ({@code jours-passent}) is the trainer's, never played here.
   */
  boolean attend(Scenario.Evenement evenement, String reference) {
    return switch (evenement.type()) {
      case "attestation-salaire" -> runtimeService.createExecutionQuery().processInstanceBusinessKey(reference)
          .messageEventSubscriptionName(MESSAGE_ATTESTATION).count() > 0;
      case "reponse-complement" -> tacheDe(reference, TACHE_COMPLEMENT) != null;
      case "prolongation" -> true;
      case "refus-fabrique" -> fabrique.commandeEnAttente(reference);
      default -> false;
    };
  }

  /** The fictitious citizen of a dossier already played, as its row keeps her (her NIR and account). */
  static AssureFictif assure(String nir, String siret) {
    Nir n = Nir.de(nir);
    return new AssureFictif(n, Map.of(), siret);
  }

  /**
   * The citizen's own tasks she answers at once: the photo and identity document asked for a card.
   * Returns whether she answered one.
   */
  boolean repondreCommeAssure(String reference, AssureFictif assure) {
    Task pieces = tacheDe(reference, TACHE_PIECES);
    if (pieces == null) {
      return false;
    }
    completerCommeAssure(assure, pieces, Variables.createVariables()
        .putValueTyped("photo", Variables.fileValue("photo.jpg").file(JPEG).mimeType("image/jpeg").create())
        .putValueTyped("pieceIdentite", Variables.fileValue("carte-identite.pdf").file(PDF).mimeType("application/pdf").create()));
    return true;
  }

  /** A document of the citizen by its file's name: a PDF, or a JPEG photo ({@code .jpg}, {@code .jpeg}). */
  static Fichier document(String nom) {
    String n = nom.toLowerCase(java.util.Locale.ROOT);
    return n.endsWith(".jpg") || n.endsWith(".jpeg") ? new Fichier(nom, "image/jpeg", JPEG) : new Fichier(nom, "application/pdf", PDF);
  }

  /** The open task of that model element in the dossier (its process or a process it called), or {@code null}. */
  Task tacheDe(String reference, String element) {
    return taskService.createTaskQuery().processInstanceBusinessKey(reference).taskDefinitionKey(element).singleResult();
  }

  private void completerCommeAssure(AssureFictif assure, Task tache, Map<String, Object> variables) {
    enTantQueAssure(assure, () -> {
      taskService.complete(tache.getId(), variables);
      return null;
    });
  }

  private <T> T enTantQueAssure(AssureFictif assure, Supplier<T> action) {
    return enTantQue(assure.identifiant(), List.of(Groupes.ASSURES), action);
  }

  private <T> T enTantQue(String utilisateur, List<String> groupes, Supplier<T> action) {
    // In a learner's tenant (a session's dossier), the person acts as a member of it.
    Locataires.authentifier(identityService, utilisateur, groupes);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** A valid NIR no account holds: sex, birth year and month, department, a drawn commune and order number. */
  private Nir nirLibre(String sexe, LocalDate naissance, String departement) {
    for (int essai = 0; essai < 50; essai++) {
      String treize = ("F".equals(sexe) ? "2" : "1") + String.format("%02d%02d", naissance.getYear() % 100, naissance.getMonthValue())
          + departement + String.format("%03d%03d", 100 + HASARD.nextInt(800), 1 + HASARD.nextInt(998));
      Nir nir = Nir.depuisIdentifiant(treize);
      if (comptes.trouver(nir).isEmpty()) {
        return nir;
      }
    }
    throw new IllegalStateException("Aucun NIR libre trouvé pour l'assuré fictif");
  }

  private static String numeroCarte() {
    return "9" + String.format("%09d", HASARD.nextInt(1_000_000_000));
  }

  /** A personal code the citizens' password policy accepts: no repeated digit, run, pair twice, nor birth year or month. */
  static String codePersonnel(LocalDate naissance) {
    String annee = String.valueOf(naissance.getYear());
    String aa = annee.substring(2);
    String mm = String.format("%02d", naissance.getMonthValue());
    while (true) {
      String code = String.format("%04d", HASARD.nextInt(10_000));
      int[] c = code.chars().map(ch -> ch - '0').toArray();
      boolean trivial = (c[0] == c[1] && c[1] == c[2] && c[2] == c[3])
          || (c[1] == c[0] + 1 && c[2] == c[1] + 1 && c[3] == c[2] + 1)
          || (c[1] == c[0] - 1 && c[2] == c[1] - 1 && c[3] == c[2] - 1)
          || (c[0] == c[2] && c[1] == c[3])
          || code.equals(annee) || code.equals(mm + aa) || code.equals(aa + mm);
      if (!trivial) {
        return code;
      }
    }
  }

  private static int entier(Object valeur) {
    return ((Number) valeur).intValue();
  }

  private static BigDecimal decimal(Object valeur) {
    if (valeur == null) {
      return null;
    }
    return valeur instanceof BigDecimal b ? b : new BigDecimal(valeur.toString());
  }
}
