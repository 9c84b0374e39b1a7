package fr.cpam.demarches.messagerie.interne;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

// The lookup by reference is ConversationParReference's (natural id,
// docs/decisions/0027-entites-retrouvees-par-identifiant-naturel.md).
public interface ConversationRepository extends JpaRepository<Conversation, Long>, ConversationParReference {

  /** An entry {@code e} of conversation {@code c} the citizen has not read ({@code :natures}: NatureEchange.pourLAssureToutes()). */
  String NON_LU = "e.conversation = c and e.luLe is null and e.nature in :natures";

  /**
   * The first conversations of a citizen's inbox, newest first, each with the number of the
   * CPAM's entries she has not read: only the page, without the entries
   * (docs/decisions/0028-boite-de-reception-lue-par-page.md).
   */
  @Query("select new fr.cpam.demarches.messagerie.interne.ApercuConversation(c, (select count(e) from Echange e where " + NON_LU + "))"
      + " from Conversation c where c.titulaire = :titulaire order by c.derniereActivite desc, c.id desc")
  List<ApercuConversation> apercus(
      @Param("titulaire") String titulaire, @Param("natures") Collection<NatureEchange> natures, Pageable premieres);

  /** The newest conversations of a citizen by the day they were opened ("Mes démarches"): a page. */
  List<Conversation> findByTitulaireOrderByCreeLeDescIdDesc(String titulaire, Pageable premieres);

  long countByTitulaire(String titulaire);

  /** How many conversations a citizen has, and how many of them hold an entry she has not read. */
  @Query("select new fr.cpam.demarches.messagerie.interne.ApercuConversation$Totaux(count(c), coalesce(sum(case when exists ("
      + "select 1 from Echange e where " + NON_LU + ") then 1 else 0 end), 0)) from Conversation c where c.titulaire = :titulaire")
  ApercuConversation.Totaux totaux(@Param("titulaire") String titulaire, @Param("natures") Collection<NatureEchange> natures);
}
