package fr.cpam.demarches.formation;

import fr.cpam.demarches.cartevitale.CartesVitale;
import fr.cpam.demarches.commun.CalendrierOuvre;
import fr.cpam.demarches.compte.CompteService;
import fr.cpam.demarches.engine.HorlogeReglable;
import fr.cpam.demarches.indemnites.TransmissionsArret;
import fr.cpam.demarches.messagerie.ReponsesAssure;
import java.time.Clock;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/** The training server's beans, and the 404 of {@code /formation/**} on every other server. */
@Configuration
class FormationConfiguration {

  @Bean
  BaseDeFormation baseDeFormation(
      JdbcTemplate jdbc, RuntimeService runtimeService, HistoryService historyService, Clock horloge) {
    return new BaseDeFormation(jdbc, runtimeService, historyService, horloge);
  }

  /** Plays the citizen and the outside world of a scenario (used by the sessions and by the tests that play every file). */
  @Bean
  Partie partie(
      CompteService comptes,
      CartesVitale cartes,
      TransmissionsArret arrets,
      ReponsesAssure reponses,
      RuntimeService runtimeService,
      TaskService taskService,
      IdentityService identityService,
      ManagementService managementService,
      fr.cpam.demarches.cartevitale.SimulationFabrique fabrique,
      Clock horloge) {
    return new Partie(comptes, cartes, arrets, reponses, runtimeService, taskService, identityService, managementService, fabrique,
        horloge);
  }

  /** The scenario files of {@code processes/formation/}, read against the models of {@code processes/}. */
  @Bean
  Scenarios scenarios() {
    return new Scenarios(Scenarios.Modeles.duClasspath());
  }

  /**
   * The sessions, their learners and their dossiers. A bean on every server so that the tests
   * reach it; only the training server's pages call it.
   */
  @Bean
  SessionsDeFormation sessionsDeFormation(JdbcTemplate jdbc, Partie partie, Scenarios scenarios, IdentityService identityService,
      RuntimeService runtimeService, HistoryService historyService, DecisionService decisionService, Clock horloge,
      EvenementsEnSession evenements, fr.cpam.demarches.engine.JournalDesOperations journal, CompteService comptes,
      java.util.List<fr.cpam.demarches.commun.OubliDeFormation> oublis) {
    return new SessionsDeFormation(jdbc, partie, scenarios, identityService, runtimeService, historyService, decisionService,
        horloge, evenements, journal, comptes, oublis);
  }

  /**
   * Profile {@code formation}: checks the database once every bean exists, before the web server
   * opens and before the demo's accounts are written (a refused database stops the start with the
   * French message of {@link BaseDeFormation#verifierOuMarquer()}), then reads every scenario
   * file: a wrong one stops the start with its file and line.
   */
  @Bean
  @Profile(ProfilFormation.PROFIL)
  SmartInitializingSingleton gardeDeLaBaseDeFormation(BaseDeFormation base, Scenarios scenarios, HorlogeDeLaSalle salle) {
    return () -> {
      base.verifierOuMarquer();
      scenarios.charger();
      salle.reprendre();
    };
  }

  /** Each session's clock: only on a training server (docs/decisions/0091-une-horloge-par-session-de-formation.md). */
  @Bean
  @Profile(ProfilFormation.PROFIL)
  HorlogeDeLaSalle horlogeDeLaSalle(JdbcTemplate jdbc, ManagementService managementService, TaskService taskService,
      RuntimeService runtimeService, fr.cpam.demarches.engine.MoteurAuthentifie moteur,
      fr.cpam.demarches.messagerie.EcheancesDesConversations conversations, fr.cpam.demarches.cartevitale.SimulationFabrique fabrique,
      fr.cpam.demarches.indemnites.DatesDesArrets arrets, fr.cpam.demarches.paiements.DatesDesPaiements paiements,
      HorlogeReglable reglage, Clock horloge, CalendrierOuvre calendrier,
      org.springframework.transaction.PlatformTransactionManager transactions) {
    return new HorlogeDeLaSalle(jdbc, managementService, taskService, runtimeService, moteur, conversations, fabrique, arrets, paiements,
        reglage, horloge, calendrier, transactions);
  }

  /** Learners' provisional passwords (docs/decisions/0092-mot-de-passe-provisoire-des-stagiaires.md). */
  @Bean
  @Profile(ProfilFormation.PROFIL)
  MotsDePasseDesStagiaires motsDePasseDesStagiaires(JdbcTemplate jdbc, IdentityService identityService) {
    return new MotsDePasseDesStagiaires(jdbc, identityService);
  }

  /** Tasklist and the REST API refuse a learner's work until they have chosen their password; after the security filters. */
  @Bean
  @Profile(ProfilFormation.PROFIL)
  org.springframework.boot.web.servlet.FilterRegistrationBean<RefusDesMotsDePasseProvisoires> refusDesMotsDePasseProvisoires(
      MotsDePasseDesStagiaires motsDePasse, fr.cpam.demarches.engine.securite.SessionWebapps sessions,
      com.fasterxml.jackson.databind.ObjectMapper json) {
    var enregistrement = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
        new RefusDesMotsDePasseProvisoires(motsDePasse, sessions, json));
    enregistrement.setUrlPatterns(RefusDesMotsDePasseProvisoires.ADRESSES);
    enregistrement.setOrder(org.springframework.boot.autoconfigure.security.SecurityProperties.DEFAULT_FILTER_ORDER + 10);
    return enregistrement;
  }

  /**
   * Without the profile, {@code /formation/**} exists for nobody: no login asked, no 401 or 403
   * that would tell the address exists; the request reaches Spring MVC, where no training
   * controller is registered (they are all {@code @Profile("formation")}), and gets its 404.
   */
  @Bean
  @Profile("!" + ProfilFormation.PROFIL)
  @Order(0)
  SecurityFilterChain formationAbsente(HttpSecurity http) throws Exception {
    return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/formation/**"))
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .csrf(c -> c.disable())
        .requestCache(r -> r.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }
}
