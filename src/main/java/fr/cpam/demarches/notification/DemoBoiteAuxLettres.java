package fr.cpam.demarches.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Profile {@code demo} (spring-boot:run and the tests): an SMTP server embedded in the application
 * (GreenMail) on a free port, to which the application's e-mails go, and the mailbox where the
 * demo page {@code /demo/courriels} and the tests read them. No e-mail ever leaves the machine.
 * GreenMail is not in the delivered jar (docs/decisions/0075): there, this class is skipped and
 * {@code spring.mail.*} names the real server.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
@ConditionalOnClass(name = "com.icegreen.greenmail.util.GreenMail")
public class DemoBoiteAuxLettres {

  /** One e-mail received by the demo's SMTP server. */
  public record Courriel(String destinataire, String objet, String texte, Instant recuLe) {}

  /** The embedded SMTP server, on a port the system chooses (several applications run at once). */
  @Bean(initMethod = "start", destroyMethod = "stop")
  GreenMail serveurSmtpDeDemo() {
    return new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
  }

  /** The application sends to the embedded server (Spring Boot's own sender backs off). */
  @Bean
  JavaMailSender envoiVersLaBoiteDeDemo(GreenMail serveur) {
    JavaMailSenderImpl envoi = new JavaMailSenderImpl();
    envoi.setHost("127.0.0.1");
    envoi.setPort(serveur.getSmtp().getPort());
    envoi.setDefaultEncoding("UTF-8");
    return envoi;
  }

  /** The mailbox page is open to anyone: a demo has no real mail. */
  @Bean
  @Order(0)
  SecurityFilterChain pageBoiteAuxLettresDeDemo(HttpSecurity http) throws Exception {
    return http.securityMatcher("/demo/courriels")
        .authorizeHttpRequests(a -> a.anyRequest().permitAll())
        .requestCache(r -> r.disable())
        .build();
  }

  @Bean
  Boite boiteAuxLettresDeDemo(GreenMail serveur) {
    return new Boite(serveur);
  }

  /** What the demo's SMTP server received, newest first. */
  public static final class Boite {
    private final GreenMail serveur;

    Boite(GreenMail serveur) {
      this.serveur = serveur;
    }

    public List<Courriel> courriels() {
      return Arrays.stream(serveur.getReceivedMessages())
          .map(Boite::lire)
          .sorted(Comparator.comparing(Courriel::recuLe).reversed())
          .toList();
    }

    /** The newest e-mail sent to this address, if any. */
    public Optional<Courriel> dernierPour(String adresse) {
      return courriels().stream().filter(c -> c.destinataire().equalsIgnoreCase(adresse)).findFirst();
    }

    /**
     * The last e-mail to this address, waited for up to {@code delai}: the forms that send one
     * (« Code oublié », « Créer un compte ») send it after their answer, on a thread of their own.
     */
    public Optional<Courriel> attendrePour(String adresse, java.time.Duration delai) throws InterruptedException {
      long fin = System.nanoTime() + delai.toNanos();
      Optional<Courriel> courriel = dernierPour(adresse);
      while (courriel.isEmpty() && System.nanoTime() < fin) {
        Thread.sleep(50);
        courriel = dernierPour(adresse);
      }
      return courriel;
    }

    private static Courriel lire(MimeMessage message) {
      try {
        String a = Optional.ofNullable(message.getRecipients(Message.RecipientType.TO))
            .filter(d -> d.length > 0)
            .map(d -> d[0].toString())
            .orElse("");
        Instant recu = Optional.ofNullable(message.getReceivedDate())
            .or(() -> Optional.ofNullable(sansErreur(message)))
            .map(java.util.Date::toInstant)
            .orElse(Instant.EPOCH);
        Object contenu = message.getContent();
        String texte = contenu instanceof String s ? s : GreenMailUtil.getBody(message);
        return new Courriel(a, message.getSubject(), texte.strip(), recu);
      } catch (MessagingException | java.io.IOException e) {
        throw new IllegalStateException(e);
      }
    }

    private static java.util.Date sansErreur(MimeMessage message) {
      try {
        return message.getSentDate();
      } catch (MessagingException e) {
        return null;
      }
    }
  }
}
