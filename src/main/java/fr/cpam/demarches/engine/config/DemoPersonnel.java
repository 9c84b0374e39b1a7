package fr.cpam.demarches.engine.config;

import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.interne.ComptesDeDemonstration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Profile {@code demo}: the staff accounts of the README (password {@code demo}), one per role,
 * the two technical senders and the
 * metrics scraper; with the profile {@code formation} too, the trainer {@code formateur}. Created
 * once; a restart changes nothing.
 */
@Component
@Profile("demo")
@Order(10)
class DemoPersonnel implements ApplicationRunner {

  static final String MOT_DE_PASSE = "demo";

  /** Login, first name, last name, group. */
  static final List<String[]> PERSONNEL =
      List.of(
          new String[] {"agent.accueil", "Nadia", "Benali", Groupes.ACCUEIL},
          new String[] {"agent.droits", "Julien", "Marchand", Groupes.GESTION_DROITS},
          new String[] {"agent.prestations", "Sophie", "Lefèvre", Groupes.PRESTATIONS_ESPECES},
          new String[] {"agent.medical", "Dr Antoine", "Rousseau", Groupes.SERVICE_MEDICAL},
          new String[] {"agent.rct", "Karim", "Haddad", Groupes.RCT},
          new String[] {"superviseur", "Isabelle", "Moreau", Groupes.SUPERVISEURS},
          new String[] {"analyste", "Thomas", "Garnier", Groupes.ANALYSTES},
          new String[] {"admin", "Administrateur", "Démarches CPAM", Groupes.ADMINISTRATEURS},
          new String[] {"medecin", "Logiciel", "Cabinet médical", Groupes.MEDECINS},
          new String[] {"employeur", "Logiciel de paie", "Employeur", Groupes.EMPLOYEURS},
          new String[] {"prometheus", "Collecteur", "Prometheus", Groupes.SUPERVISION});

  /** Only on a training server (profile {@code formation}). */
  static final String[] FORMATEUR = {"formateur", "Hélène", "Girard", Groupes.FORMATEURS};

  private final IdentityService identityService;
  private final Environment environnement;

  DemoPersonnel(IdentityService identityService, Environment environnement) {
    this.identityService = identityService;
    this.environnement = environnement;
  }

  @Override
  public void run(ApplicationArguments args) {
    List<String[]> personnel = new ArrayList<>(PERSONNEL);
    if (environnement.acceptsProfiles(Profiles.of("formation"))) {
      personnel.add(FORMATEUR);
    }
    for (String[] p : personnel) {
      if (identityService.createUserQuery().userId(p[0]).count() > 0) {
        continue;
      }
      User utilisateur = identityService.newUser(p[0]);
      utilisateur.setFirstName(p[1]);
      utilisateur.setLastName(p[2]);
      utilisateur.setEmail(p[0] + "@demo.cpam.example");
      utilisateur.setPassword(MOT_DE_PASSE);
      // A demo: every staff member keeps "demo", below the staff's password policy.
      ComptesDeDemonstration.enregistrerSansPolitique(identityService, utilisateur);
      identityService.createMembership(p[0], p[3]);
    }
  }
}
