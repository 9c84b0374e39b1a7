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
 * of Mon espace she opens (accueil, démarches, messagerie, paiements). The bare
 * engine has no equivalent: the target is absolute (p99 under 20 ms).
 */
final class TravauxPaiements {

  private final List<Travaux.Travail> travaux = new ArrayList<>();

  TravauxPaiements(int port) {
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
    for (String[] page : List.of(
        new String[] {"espace.accueil", "Mon espace : accueil de l'assurée", "/espace/"},
        new String[] {"espace.demarches", "Mon espace : mes démarches (première page)", "/espace/demarches"},
        new String[] {"espace.messagerie", "Mon espace : messagerie (première page)", "/espace/messagerie"},
        new String[] {"espace.paiements", "Mon espace : mes paiements (27 mois, première page)", "/espace/paiements"})) {
      travaux.add(new Travaux.Travail(page[0], page[1], 100,
          Map.of(Travaux.APPLICATION, () -> {
            claire.get(page[2]);
            return 1;
          }),
          Map.of()));
    }
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

  List<Travaux.Travail> liste() {
    return travaux;
  }
}
