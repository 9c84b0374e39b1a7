package fr.cpam.demarches.messagerie;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * What a citizen answers in her conversation, for another module that plays her itself (the
 * training scenarios): the same service, checks and messages as her reply in Mon espace (a reply
 * to a request for more is the complement the dossier waits for), with her documents.
 */
@Component
public class ReponsesAssure {

  private final MessagerieService service;

  ReponsesAssure(MessagerieService service) {
    this.service = service;
  }

  /**
   * @param assure the citizen's engine id (her 13-character NIR), who must hold the conversation
   * @param fichiers the documents joined to her answer, checked as hers would be
   */
  public void repondre(String reference, String assure, String texte, List<Fichier> fichiers) {
    service.repondre(reference, assure, texte, fichiers);
  }
}
