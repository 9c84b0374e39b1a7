package fr.cpam.demarches.messagerie;

import fr.cpam.demarches.commun.Fuseau;
import fr.cpam.demarches.messagerie.interne.Conversation;
import fr.cpam.demarches.messagerie.interne.Echange;
import fr.cpam.demarches.messagerie.interne.NatureEchange;
import fr.cpam.demarches.messagerie.interne.PieceJointe;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The conversation as the agents' Tasklist forms show it (a Markdown text component): every
 * entry, internal notes included, with its author and a link to each attachment. The citizen's
 * words are escaped so that they cannot turn into links or formatting in the agent's screen.
 */
final class ConversationMarkdown {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm", Locale.FRENCH);
  private static final Pattern SPECIAL = Pattern.compile("([\\\\`*_{}\\[\\]()<>#+\\-.!|~])");

  private ConversationMarkdown() {}

  static String de(Conversation conversation, String nomAssure) {
    StringBuilder md = new StringBuilder();
    for (Echange e : conversation.getEchanges()) {
      md.append("**").append(auteur(e, nomAssure)).append("** — ")
          .append(DATE.format(e.getCreeLe().atZone(Fuseau.PARIS)))
          .append(" — ").append(nature(e.getNature())).append("\n\n");
      for (String ligne : e.getTexte().split("\\R", -1)) {
        md.append("> ").append(echapper(ligne)).append("\n");
      }
      for (PieceJointe p : e.getPiecesJointes()) {
        md.append("\n📎 [").append(echapper(p.getNomFichier())).append("](/api/messagerie/conversations/")
            .append(conversation.getReference()).append("/pieces-jointes/").append(p.getId()).append(")")
            .append(" (").append(Math.max(1, p.getTaille() / 1024)).append(" Ko)\n");
      }
      md.append("\n---\n\n");
    }
    return md.toString();
  }

  private static String auteur(Echange e, String nomAssure) {
    if (e.getNature().deLAssure()) {
      return echapper(nomAssure) + " (assuré)";
    }
    return Services.libelle(e.getService()) + " (" + e.getAuteur() + ")";
  }

  private static String nature(NatureEchange nature) {
    return switch (nature) {
      case MESSAGE -> "message";
      case COMPLEMENT -> "complément de l'assuré";
      case QUESTION -> "question à l'assuré";
      case REPONSE -> "réponse";
      case CLOTURE -> "clôture";
      case TRANSFERT -> "note interne : transmission";
      case RENVOI -> "note interne : renvoi au premier niveau";
      case REAFFECTATION -> "note interne : réaffectation";
    };
  }

  static String echapper(String texte) {
    return SPECIAL.matcher(texte).replaceAll(Matcher.quoteReplacement("\\") + "$1");
  }
}
