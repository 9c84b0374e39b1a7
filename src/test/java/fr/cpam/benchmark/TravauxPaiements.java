package fr.cpam.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The citizen's reads over the application's own tables, loaded by {@link VolumeApplication}:
 * "Mes paiements" with each combination of filters a citizen uses, one after the other, and
 * "Délais de traitement" (the citizen's CPAM, and every CPAM as an agent sees it), and the pages
 * of Mon espace she opens (each page she reads), and a démarche she gives up. The bare engine has no
 * equivalent of "Mes paiements" or the délais: their target is absolute (p99 under 20 ms). Each
 * page of Mon espace is set against the bare engine's nearest read, one page of a person's list
 * and its count (her tasks, by the engine's REST API), measured in the same run.
 */
final class TravauxPaiements {

  private final List<Travaux.Travail> travaux = new ArrayList<>();

  TravauxPaiements(int portNu, int port) {
    ClientHttp claire = ClientHttp.basic(port, Travaux.CLAIRE, Travaux.CLAIRE_CODE);
    ClientHttp agent = ClientHttp.basic(port, Travaux.AGENT, "demo");
    String lea = claire.get("/api/moi").path("beneficiaires").findValuesAsText("nir").stream()
        .filter(n -> !n.replace(" ", "").startsWith("285")).findFirst().orElseThrow().replace(" ", "");
    LocalDate aujourdhui = LocalDate.now();
    String troisMois = "du=" + aujourdhui.minusMonths(3) + "&au=" + aujourdhui;
    String anneeDerniere = "du=" + aujourdhui.minusMonths(14) + "&au=" + aujourdhui.minusMonths(2);
    // What a citizen clicks: the page as it opens, a period, a person, a nature, and together; the next page.
    List<String> filtres = List.of(
        "",
        "?" + troisMois,
        "?" + anneeDerniere,
        "?beneficiaire=" + lea,
        "?nature=remboursement-soins",
        "?nature=indemnites-journalieres&" + troisMois,
        "?beneficiaire=" + lea + "&nature=remboursement-soins&" + anneeDerniere,
        "?page=1");
    // The floor: the cheapest authenticated read of the same citizen (her account), measured
    // in the same run, so the reads below can be judged on a loaded machine by their ratio.
    travaux.add(new Travaux.Travail("paiements.plancher", "Plancher : GET /api/moi (l'assurée lit son compte)", 100,
        Map.of(Travaux.APPLICATION, () -> {
          claire.get("/api/moi");
          return 1;
        }),
        Map.of()));
    AtomicInteger rang = new AtomicInteger();
    travaux.add(new Travaux.Travail("paiements.consultation", "Mes paiements : chaque combinaison de filtres à tour de rôle", 100,
        Map.of(Travaux.APPLICATION, () -> {
          claire.get("/api/paiements" + filtres.get(Math.floorMod(rang.getAndIncrement(), filtres.size())));
          return 1;
        }),
        Map.of()));
    // Mon espace: the pages Claire opens, with the volume loaded (her payments over 27 months,
    // her dossiers and messages); each page reads one page of rows, whatever their number.
    ClientHttp nu = ClientHttp.anonyme(portNu);
    Charge.Cycle pageDuMoteurNu = () -> {
      nu.get("/engine-rest/task?assignee=" + Travaux.AGENT + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=20");
      nu.get("/engine-rest/task/count?assignee=" + Travaux.AGENT);
      return 2;
    };
    String conversation = claire.post("/api/messagerie/messages", "{\"motif\":\"CARTE_VITALE\",\"type\":\"question\","
        + "\"objet\":\"Carte de Léa\",\"texte\":\"Bonjour, quand arrive la carte de Léa ?\"}").path("reference").asText();
    // The accident caused by a third party: its declaration form, and the page of a dossier with its steps.
    String accident = accidentDeClaire(claire, aujourdhui);
    for (String[] page : List.of(
        new String[] {"espace.accueil", "Mon espace : accueil de l'assurée", "/espace/"},
        new String[] {"espace.demarches", "Mon espace : mes démarches (première page)", "/espace/demarches"},
        new String[] {"espace.dossier", "Mon espace : un dossier et ses étapes", "/espace/demarches/" + conversation},
        new String[] {"espace.messagerie", "Mon espace : messagerie (première page)", "/espace/messagerie"},
        new String[] {"espace.conversation", "Mon espace : une conversation", "/espace/messagerie/" + conversation},
        new String[] {"espace.ecrire", "Mon espace : formulaire « Écrire un message »", "/espace/messagerie/nouveau"},
        new String[] {"espace.paiements", "Mon espace : mes paiements (27 mois, première page)", "/espace/paiements"},
        new String[] {"espace.releve", "Mon espace : relevé PDF des paiements filtrés (remboursements, 12 mois)",
            "/espace/paiements/releve?nature=remboursement-soins&" + anneeDerniere},
        new String[] {"espace.carte", "Mon espace : ma carte Vitale", "/espace/carte-vitale"},
        new String[] {"espace.declaration", "Mon espace : formulaire de perte ou de vol", "/espace/carte-vitale/declaration"},
        new String[] {"espace.commande", "Mon espace : formulaire de première carte", "/espace/carte-vitale/commande"},
        new String[] {"espace.delais", "Mon espace : délais de traitement, la réponse", "/espace/delais?thematique=arrets-travail&dateEnvoi="
            + aujourdhui.minusDays(10)},
        new String[] {"espace.simulation", "Mon espace : formulaire de simulation", "/espace/simulation-indemnites"},
        new String[] {"espace.accident.formulaire", "Mon espace : formulaire « Déclarer un accident causé par un tiers »",
            "/espace/accident-tiers/declaration"},
        new String[] {"espace.accident.dossier", "Mon espace : un dossier d'accident causé par un tiers (étapes)",
            "/espace/demarches/" + accident})) {
      travaux.add(new Travaux.Travail(page[0], page[1], 100,
          Map.of(
              Travaux.NU, pageDuMoteurNu,
              Travaux.APPLICATION, () -> {
                claire.get(page[2]);
                return 1;
              }),
          Map.of()));
    }
    // Giving up a démarche (abandon/): Claire starts a first card's order and gives it up at its
    // first form; the bare engine starts its minimal process and deletes the instance.
    ClientHttp nuAbandon = ClientHttp.anonyme(portNu);
    travaux.add(new Travaux.Travail("abandon.demarche", "Abandon : une démarche commencée puis annulée par l'assurée", 100,
        Map.of(
            Travaux.NU, () -> {
              String instance = nuAbandon.post("/engine-rest/process-definition/key/BancMinimal/start", "{}").path("id").asText();
              nuAbandon.delete("/engine-rest/process-instance/" + instance);
              return 2;
            },
            Travaux.APPLICATION, () -> {
              String reference = claire.post("/engine-rest/process-definition/key/CarteVitaleCommande/start", "{}").path("businessKey").asText();
              claire.post("/api/demarches/" + reference + "/abandon", "{}");
              return 2;
            }),
        Map.of()));
    String delai = "/api/delais-traitement?thematique=arrets-travail&dateEnvoi=" + aujourdhui.minusDays(10);
    travaux.add(new Travaux.Travail("delais.assure", "Délais de traitement : ma CPAM (assurée)", 100,
        Map.of(Travaux.APPLICATION, () -> {
          claire.get(delai);
          return 1;
        }),
        Map.of()));
    travaux.add(new Travaux.Travail("delais.national", "Délais de traitement : toutes les CPAM (agent)", 100,
        Map.of(Travaux.APPLICATION, () -> {
          agent.get(delai);
          return 1;
        }),
        Map.of()));
  }

  /** One of Claire's accidents caused by a third party: the first she declared, or one declared now for Léa. */
  private static String accidentDeClaire(ClientHttp claire, LocalDate aujourdhui) {
    var dossiers = claire.get("/api/accidents-tiers");
    if (dossiers.size() > 0) {
      return dossiers.get(0).path("reference").asText();
    }
    return claire.post("/api/accidents-tiers", "{\"beneficiaire\":\"Léa\",\"dateAccident\":\"" + aujourdhui.minusDays(4)
        + "\",\"lieu\":\"Cour du collège, Paris 20e\",\"natureAccident\":\"scolaire\",\"circonstances\":\"Poussée dans"
        + " l'escalier par un camarade.\",\"tiersConnu\":true,\"tiersIdentite\":\"Un élève de sa classe\",\"pvOuPlainte\":false,"
        + "\"urgences\":true}").path("reference").asText();
  }

  List<Travaux.Travail> liste() {
    return travaux;
  }
}
