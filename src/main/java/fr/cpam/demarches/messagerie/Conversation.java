package fr.cpam.demarches.messagerie;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One dossier of the messagerie: what the citizen asked, where it stands, which service has
 * it, by when it must be answered, and every exchange in both directions.
 */
@Entity
@Table(name = "messagerie_conversation")
class Conversation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** Never changes: Hibernate finds the conversation by it in the current transaction without SQL. */
  @org.hibernate.annotations.NaturalId
  @Column(nullable = false, unique = true, length = 30)
  private String reference;

  /** The engine user id of the citizen (13 NIR characters): the only citizen who sees it. */
  @Column(nullable = false, length = 13)
  private String titulaire;

  @Column(name = "cpam_code", length = 3)
  private String cpamCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 40)
  private Motif motif;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private TypeMessage type;

  @Column(nullable = false, length = RegleMessage.OBJET_MAX)
  private String objet;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private StatutConversation statut;

  /** The group that has it now; null until the routing table has chosen. */
  @Column(length = 40)
  private String serviceActuel;

  private Instant dateEcheance;

  @Column(nullable = false)
  private Instant creeLe;

  @Column(nullable = false)
  private Instant derniereActivite;

  private Instant clotureLe;

  @OneToMany(mappedBy = "conversation", cascade = CascadeType.ALL, orphanRemoval = true)
  @OrderBy("creeLe, id")
  private List<Echange> echanges = new ArrayList<>();

  @Version private long version;

  protected Conversation() {}

  Conversation(String reference, String titulaire, String cpamCode, Motif motif, TypeMessage type, String objet, Clock horloge) {
    this.reference = reference;
    this.titulaire = titulaire;
    this.cpamCode = cpamCode;
    this.motif = motif;
    this.type = type;
    this.objet = objet;
    this.statut = StatutConversation.EN_COURS;
    this.creeLe = horloge.instant();
    this.derniereActivite = creeLe;
  }

  /** Adds an entry and records the activity; a closed conversation takes no more. */
  Echange ajouter(NatureEchange nature, String auteur, String service, String texte, Clock horloge) {
    if (statut == StatutConversation.CLOTUREE) {
      throw new IllegalStateException("Conversation " + reference + " clôturée");
    }
    Echange echange = new Echange(this, nature, auteur, service, texte, horloge);
    echanges.add(echange);
    derniereActivite = echange.getCreeLe();
    return echange;
  }

  void attendreAssure() {
    statut = StatutConversation.EN_ATTENTE_ASSURE;
  }

  void reprendre() {
    statut = StatutConversation.EN_COURS;
  }

  void cloturer(Clock horloge) {
    statut = StatutConversation.CLOTUREE;
    clotureLe = horloge.instant();
  }

  void confier(String service, Instant echeance) {
    this.serviceActuel = service;
    this.dateEcheance = echeance;
  }

  /** The services that have had it: their agents may read it. */
  Set<String> servicesConcernes() {
    Set<String> services = new LinkedHashSet<>();
    if (serviceActuel != null) {
      services.add(serviceActuel);
    }
    echanges.stream().map(Echange::getService).filter(Objects::nonNull).forEach(services::add);
    return services;
  }

  void marquerLu(Clock horloge) {
    Instant maintenant = horloge.instant();
    echanges.stream()
        .filter(e -> e.getNature().pourLAssure())
        .forEach(e -> e.marquerLu(maintenant));
  }

  boolean estCloturee() {
    return statut == StatutConversation.CLOTUREE;
  }

  Long getId() {
    return id;
  }

  String getReference() {
    return reference;
  }

  String getTitulaire() {
    return titulaire;
  }

  String getCpamCode() {
    return cpamCode;
  }

  Motif getMotif() {
    return motif;
  }

  TypeMessage getType() {
    return type;
  }

  String getObjet() {
    return objet;
  }

  StatutConversation getStatut() {
    return statut;
  }

  String getServiceActuel() {
    return serviceActuel;
  }

  Instant getDateEcheance() {
    return dateEcheance;
  }

  Instant getCreeLe() {
    return creeLe;
  }

  Instant getDerniereActivite() {
    return derniereActivite;
  }

  Instant getClotureLe() {
    return clotureLe;
  }

  List<Echange> getEchanges() {
    return Collections.unmodifiableList(echanges);
  }
}
