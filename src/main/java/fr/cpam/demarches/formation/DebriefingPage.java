package fr.cpam.demarches.formation;

import fr.cpam.demarches.engine.UtilisateurConnecte;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A learner's debrief: for each dossier of their session, what they decided at each task, what
 * was expected and why, and the scenario's debrief text; after each task or once all their tasks
 * are done, as the trainer chose for the session. A learner sees their own only: the page reads
 * the logged-in account and takes no learner in its address. Reached from Tasklist (a link next
 * to the learner's name).
 */
@Controller
@Profile(ProfilFormation.PROFIL)
class DebriefingPage {

  private final Progression progression;
  private final String tasklist;

  DebriefingPage(Progression progression, @Value("${camunda.bpm.process-engine-name:default}") String moteur) {
    this.progression = progression;
    // Tasklist's address names the server's engine.
    this.tasklist = "/camunda/app/tasklist/" + moteur + "/";
  }

  @GetMapping(FormationSecurite.DEBRIEFING)
  String debriefing(Model model) {
    Progression.Session session = progression.duStagiaire(UtilisateurConnecte.idObligatoire())
        .orElseThrow(() -> new AccessDeniedException("Le débriefing est celui d'un stagiaire d'une session de formation."));
    Progression.Stagiaire stagiaire = session.stagiaires().get(0);
    model.addAttribute("suivi", session);
    model.addAttribute("stagiaire", stagiaire);
    // "À la fin": nothing of the expected decisions until every task of every dossier is done.
    model.addAttribute("visible", session.entete().apresChaqueTache() || stagiaire.termine());
    model.addAttribute("titre", "Mon débriefing");
    model.addAttribute("tasklist", tasklist);
    return "formation/debriefing";
  }
}
