package fr.cpam.demarches.messagerie.interne;

import fr.cpam.demarches.commun.OubliDeFormation;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A training session's conversations, their exchanges and attachments, by reference (docs/decisions/0098). */
@Component
@Order(20)
class OubliDesMessagesDeFormation implements OubliDeFormation {

  private final JdbcTemplate jdbc;

  OubliDesMessagesDeFormation(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void oublier(Oubli oubli) {
    for (String r : oubli.references()) {
      jdbc.update("delete from messagerie_piece_jointe where echange_id in (select e.id from messagerie_echange e"
          + " join messagerie_conversation c on c.id = e.conversation_id where c.reference = ?)", r);
      jdbc.update("delete from messagerie_echange where conversation_id in (select id from messagerie_conversation where reference = ?)", r);
      jdbc.update("delete from messagerie_conversation where reference = ?", r);
    }
  }
}
