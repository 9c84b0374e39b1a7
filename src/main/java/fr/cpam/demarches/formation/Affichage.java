package fr.cpam.demarches.formation;

import fr.cpam.demarches.commun.Fuseau;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * How the trainer's pages, the debrief and the CSV export write times, durations and decisions
 * (in the templates: {@code ${@affichageFormation.date(t.creee)}}; public methods: the templates'
 * expressions call only those).
 */
@Component("affichageFormation")
class Affichage {

  private static final DateTimeFormatter DATE_HEURE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(Fuseau.PARIS);
  private static final DateTimeFormatter JOUR =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' H 'h' mm", java.util.Locale.FRANCE).withZone(Fuseau.PARIS);

  /** {@code 07/12/2026 09:30} in Paris; empty when there is none. */
  public String date(Instant instant) {
    return instant == null ? "" : DATE_HEURE.format(instant);
  }

  /** A session's day: {@code lundi 7 décembre 2026 à 9 h 30} in Paris; empty when there is none. */
  public String jour(Instant instant) {
    return instant == null ? "" : JOUR.format(instant);
  }

  /** {@code 2 j 3 h}, {@code 1 h 05 min}, {@code 4 min}, {@code moins d'une minute}. */
  public String duree(Duration duree) {
    if (duree == null) {
      return "";
    }
    long minutes = duree.toMinutes();
    if (minutes < 1) {
      return "moins d'une minute";
    }
    if (minutes < 60) {
      return minutes + " min";
    }
    if (minutes < 24 * 60) {
      return (minutes / 60) + " h " + String.format("%02d", minutes % 60) + " min";
    }
    return (minutes / (24 * 60)) + " j " + (minutes % (24 * 60)) / 60 + " h";
  }

  private final Scenarios scenarios;

  Affichage(Scenarios scenarios) {
    this.scenarios = scenarios;
  }

  /**
   * A decision at that task as the agent saw it in the form: {@code Décision : Refuser la
   * déclaration ; Motif du refus : …} (the labels of the fields and of the chosen options, not
   * the stored values); empty for none.
   */
  public String valeurs(String tache, Map<String, ?> valeurs) {
    if (valeurs == null) {
      return "";
    }
    return scenarios.commeLeFormulaire(tache, valeurs).entrySet().stream()
        .map(e -> e.getKey() + " : " + (e.getValue() == null ? "(rien)" : e.getValue()))
        .collect(Collectors.joining(" ; "));
  }

  /** What the page says of a task's result. */
  public String resultat(Progression.Tache t) {
    if (t.annulee()) {
      return "Annulée";
    }
    if (!t.faite()) {
      return "En cours";
    }
    if (t.attendue() == null) {
      return "Hors scénario";
    }
    return Boolean.TRUE.equals(t.conforme()) ? "Conforme" : "Différente de l'attendu";
  }
}
