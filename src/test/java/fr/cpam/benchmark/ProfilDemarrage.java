package fr.cpam.benchmark;

import fr.cpam.demarches.DemarchesCpamApplication;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Where the application's start-up time goes: starts it as the benchmark does (profile
 * {@code demo}, and {@code postgres} when {@code -Durl} is a PostgreSQL URL) with Spring's
 * {@link BufferingApplicationStartup}, then prints the slowest steps (bean instantiations and
 * the start of each smart lifecycle, runner included) and exits. Usage:
 * {@code java -cp ... fr.cpam.benchmark.ProfilDemarrage [--property=value ...]} with {@code -Durl=jdbc:...}.
 */
public final class ProfilDemarrage {

  public static void main(String[] args) {
    String url = System.getProperty("url", "jdbc:h2:file:./target/profil-demarrage/base;DB_CLOSE_ON_EXIT=FALSE");
    boolean postgres = url.startsWith("jdbc:postgresql");
    BufferingApplicationStartup etapes = new BufferingApplicationStartup(100_000);
    long debut = System.nanoTime();
    SpringApplicationBuilder builder = new SpringApplicationBuilder(DemarchesCpamApplication.class)
        .profiles(postgres ? new String[] {"demo", "postgres"} : new String[] {"demo"})
        .properties("server.port=0", "logging.level.root=warn");
    if (postgres) {
      builder.properties("DB_URL=" + url, "DB_USER=postgres", "DB_PASSWORD=postgres");
    } else {
      builder.properties("spring.datasource.url=" + url);
    }
    builder.application().setApplicationStartup(etapes);
    List<String> arguments = new ArrayList<>(List.of(args));
    arguments.add("--server.port=0");
    ConfigurableApplicationContext contexte = builder.run(arguments.toArray(String[]::new));
    double total = (System.nanoTime() - debut) / 1e6;
    List<StartupTimeline.TimelineEvent> evenements = new ArrayList<>(etapes.getBufferedTimeline().getEvents());
    evenements.sort(Comparator.comparing((StartupTimeline.TimelineEvent e) -> e.getDuration()).reversed());
    System.out.printf(Locale.ROOT, "Démarrage : %.0f ms%n", total);
    evenements.stream().limit(Integer.getInteger("lignes", 40)).forEach(e -> {
      StringBuilder tags = new StringBuilder();
      e.getStartupStep().getTags().forEach(t -> tags.append(t.getKey()).append('=').append(t.getValue()).append(' '));
      System.out.printf(Locale.ROOT, "%8d ms  %s  %s%n", e.getDuration().toMillis(), e.getStartupStep().getName(), tags);
    });
    contexte.close();
    System.exit(0);
  }
}
