package fr.cpam.demarches.formation;

import fr.cpam.demarches.engine.securite.AccesFormateur;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The training server as its trainers see it. Exists only with the profile {@code formation}. */
@RestController
@Profile(ProfilFormation.PROFIL)
@AccesFormateur
class FormationController {

  private final BaseDeFormation base;
  private final Clock horloge;

  FormationController(BaseDeFormation base, Clock horloge) {
    this.base = base;
    this.horloge = horloge;
  }

  /**
   * The room's day and since when this database is a training database.
   *
   * @param aujourdhui the day of the business rules on this server (Europe/Paris)
   * @param baseDeFormationDepuis the first start of a training server on this database
   */
  record Etat(LocalDate aujourdhui, Instant baseDeFormationDepuis) {}

  @GetMapping("/formation/etat")
  Etat etat() {
    return new Etat(LocalDate.now(horloge), base.marqueeLe().orElse(null));
  }
}
