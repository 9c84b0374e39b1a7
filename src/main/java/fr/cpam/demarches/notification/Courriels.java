package fr.cpam.demarches.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;

/**
 * E-mails to a person, through Spring's mail support and the SMTP server of the environment
 * ({@code spring.mail.*}; in the demo and the tests an embedded one, {@link DemoBoiteAuxLettres}).
 * Plain text in French, from the address {@code cpam.courriels.expediteur}. Neither the address nor
 * the text is ever logged: they carry codes.
 */
@Service
public class Courriels {

  private static final Logger LOG = LoggerFactory.getLogger(Courriels.class);

  private final JavaMailSender smtp;
  private final String expediteur;

  Courriels(JavaMailSender smtp, @Value("${cpam.courriels.expediteur}") String expediteur) {
    this.smtp = smtp;
    this.expediteur = expediteur;
  }

  /**
   * Sends one e-mail; false when the SMTP server refused it or could not be reached (logged
   * once at WARN, without the address or the text).
   */
  public boolean envoyer(String destinataire, String objet, String texte) {
    SimpleMailMessage courriel = new SimpleMailMessage();
    courriel.setFrom(expediteur);
    courriel.setTo(destinataire);
    courriel.setSubject(objet);
    courriel.setText(texte);
    try {
      smtp.send(courriel);
      return true;
    } catch (MailException e) {
      LOG.warn("Courriel « {} » non envoyé : {}", objet, e.getClass().getSimpleName());
      return false;
    }
  }
}
