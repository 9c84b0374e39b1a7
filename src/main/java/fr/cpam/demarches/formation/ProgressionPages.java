package fr.cpam.demarches.formation;

import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.ConflitException;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import fr.cpam.demarches.engine.securite.AccesFormateur;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trainer's pages of a session's results: each learner's progress, one learner's dossier
 * with the path taken, the CSV export, the debrief's moment and the resets.
 */
@Controller
@Profile(ProfilFormation.PROFIL)
@AccesFormateur
@RequestMapping("/formation/sessions/{code}")
class ProgressionPages {

  private final Progression progression;
  private final Parcours parcours;
  private final SessionsDeFormation sessions;
  private final Affichage affichage;
  private final HorlogeDeLaSalle horloge;

  ProgressionPages(Progression progression, Parcours parcours, SessionsDeFormation sessions, Affichage affichage,
      HorlogeDeLaSalle horloge) {
    this.progression = progression;
    this.parcours = parcours;
    this.sessions = sessions;
    this.affichage = affichage;
    this.horloge = horloge;
  }

  @GetMapping("/progression")
  String progression(@PathVariable String code, Model model) {
    Progression.Session session = progression.deLaSession(code);
    model.addAttribute("suivi", session);
    model.addAttribute("jourDeLaSession", session.entete().jour(session.maintenant()));
    model.addAttribute("prochaineEcheance", horloge.prochaineEcheance(
        session.stagiaires().stream().map(Progression.Stagiaire::locataire).toList(), session.entete().retardMs()).orElse(null));
    model.addAttribute("deplacements", HorlogeDeLaSalle.Deplacement.values());
    model.addAttribute("titre", "Progression de la session « " + session.entete().titre() + " »");
    return "formation/progression";
  }

  /** The session's results, one line per agent task met by a learner: UTF-8 with BOM, {@code ;}, for Excel. No NIR. */
  @GetMapping("/resultats.csv")
  ResponseEntity<byte[]> csv(@PathVariable String code) {
    Progression.Session session = progression.deLaSession(code);
    StringBuilder csv = new StringBuilder("\uFEFF");
    ligne(csv, List.of("Session", "Stagiaire", "Scénario", "Dossier", "Tâche", "Créée le", "Prise le", "Terminée le", "Durée (minutes)",
        "Échéance", "En retard", "Résultat", "Décision attendue", "Décision prise", "Raison"));
    for (Progression.Stagiaire s : session.stagiaires()) {
      for (Progression.Dossier d : s.dossiers()) {
        for (Progression.Tache t : d.taches()) {
          ligne(csv, List.of(session.entete().code(), s.identifiant(), d.titre(), d.reference(), t.nom() != null ? t.nom() : t.tache(),
              affichage.date(t.creee()), affichage.date(t.prise()), affichage.date(t.terminee()),
              t.terminee() == null ? "" : String.valueOf(t.duree(session.maintenant()).toMinutes()), affichage.date(t.echeance()),
              t.enRetard() ? "oui" : "non", affichage.resultat(t),
              t.attendue() == null ? "" : affichage.valeurs(t.tache(), t.attendue().attendu()), affichage.valeurs(t.tache(), t.decide()),
              t.attendue() == null || t.attendue().raison() == null ? "" : t.attendue().raison()));
        }
      }
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("formation-" + session.entete().code() + "-resultats.csv").build().toString())
        .body(csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static void ligne(StringBuilder csv, List<String> valeurs) {
    for (int i = 0; i < valeurs.size(); i++) {
      String v = valeurs.get(i) == null ? "" : valeurs.get(i);
      if (v.contains(";") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
        v = "\"" + v.replace("\"", "\"\"") + "\"";
      }
      csv.append(i == 0 ? "" : ";").append(v);
    }
    csv.append("\r\n");
  }

  @GetMapping("/stagiaires/{numero}/dossiers/{reference}")
  String dossier(@PathVariable String code, @PathVariable int numero, @PathVariable String reference, Model model) {
    Progression.Entete entete = progression.entete(code);
    Parcours.Chemin chemin = parcours.de(code, numero, reference);
    model.addAttribute("entete", entete);
    model.addAttribute("numero", numero);
    model.addAttribute("chemin", chemin);
    model.addAttribute("titre", "Dossier " + reference + " du stagiaire " + numero);
    return "formation/dossier";
  }

  /** Starts again one learner ({@code stagiaire}) or the whole session: the scenarios are played again from the start. */
  @PostMapping("/reinitialisation")
  String reinitialiser(@PathVariable String code, @RequestParam(required = false) Integer stagiaire, RedirectAttributes suite) {
    sessions.reinitialiser(code, stagiaire);
    suite.addFlashAttribute("succes", stagiaire == null
        ? new SessionsPages.Succes("Tous les stagiaires repartent du début", "Leurs dossiers ont été supprimés et les scénarios rejoués.")
        : new SessionsPages.Succes("Le stagiaire " + stagiaire + " repart du début", "Ses dossiers ont été supprimés et les scénarios rejoués."));
    return "redirect:/formation/sessions/" + code + "/progression";
  }

  /**
   * This session's time moved forward (the other sessions stay at their day), then back to its
   * progress with its new day, or why nothing changed.
   */
  @PostMapping("/horloge")
  String avancer(@PathVariable String code, @RequestParam(required = false) String deplacement, RedirectAttributes suite) {
    try {
      var d = HorlogeDeLaSalle.Deplacement.de(deplacement);
      var fait = horloge.avancer(code, d, UtilisateurConnecte.idObligatoire());
      suite.addFlashAttribute("succes", new SessionsPages.Succes("Le jour de la session a avancé",
          d.libelle + " : la session est au " + affichage.jour(horloge.jourDe(code)) + " ; " + fait.jobs()
              + (fait.jobs() > 1 ? " travaux du moteur exécutés" : " travail du moteur exécuté")
              + " (minuteurs, relances, escalades, tournées de paiement)"
              + (fait.echecs() > 0 ? ", " + fait.echecs() + " en échec, laissés à leurs nouvelles tentatives." : ".")
              + " Les autres sessions restent à leur jour."));
    } catch (ConflitException | DemandeInvalideException refus) {
      suite.addFlashAttribute("erreur", refus.getMessage());
    }
    return "redirect:/formation/sessions/" + code + "/progression";
  }

  /** When the learners see what was expected: after each task, or once all their tasks are done. */
  @PostMapping("/debriefing")
  String debriefing(@PathVariable String code, @RequestParam(required = false) String mode, RedirectAttributes suite) {
    try {
      progression.choisirDebriefing(code, mode);
      suite.addFlashAttribute("succes", new SessionsPages.Succes("Débriefing enregistré", Progression.MODE_APRES_CHAQUE_TACHE.equals(mode)
          ? "Les stagiaires voient l'attendu de chaque tâche dès qu'ils l'ont faite."
          : "Les stagiaires voient leur débriefing quand ils ont fait toutes les tâches de leurs dossiers."));
    } catch (DemandeInvalideException e) {
      suite.addFlashAttribute("erreurDebriefing", e.getMessage());
    }
    return "redirect:/formation/sessions/" + code + "/progression";
  }
}
