package fr.cpam.demarches.messagerie.interne;

import fr.cpam.demarches.messagerie.Motif;
import fr.cpam.demarches.messagerie.TypeMessage;
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
public class Conversation {

  /** The longest object (column {@code objet}); the message's rule refuses a longer one. */
  public static final int OBJET_MAX = 120;

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

  @Column(nullable = false, length = OBJET_MAX)
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

  public Conversation(String reference, String titulaire, String cpamCode, Motif motif, TypeMessage type, String objet, Clock horloge) {
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
  public Echange ajouter(NatureEchange nature, String auteur, String service, String texte, Clock horloge) {
    if (statut == StatutConversation.CLOTUREE) {
      throw new IllegalStateException("Conversation " + reference + " clôturée");
    }
    Echange echange = new Echange(this, nature, auteur, service, texte, horloge);
    echanges.add(echange);
    derniereActivite = echange.getCreeLe();
    return echange;
  }

  public void attendreAssure() {
    statut = StatutConversation.EN_ATTENTE_ASSURE;
  }

  public void reprendre() {
    statut = StatutConversation.EN_COURS;
  }

  public void cloturer(Clock horloge) {
    statut = StatutConversation.CLOTUREE;
    clotureLe = horloge.instant();
  }

  public void confier(String service, Instant echeance) {
    this.serviceActuel = service;
    this.dateEcheance = echeance;
  }

  /** The services that have had it: their agents may read it. */
  public Set<String> servicesConcernes() {
    Set<String> services = new LinkedHashSet<>();
    if (serviceActuel != null) {
      services.add(serviceActuel);
    }
    echanges.stream().map(Echange::getService).filter(Objects::nonNull).forEach(services::add);
    return services;
  }

  public void marquerLu(Clock horloge) {
    Instant maintenant = horloge.instant();
    echanges.stream()
        .filter(e -> e.getNature().pourLAssure())
        .forEach(e -> e.marquerLu(maintenant));
  }

  public boolean estCloturee() {
    return statut == StatutConversation.CLOTUREE;
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public String getTitulaire() {
    return titulaire;
  }

  public String getCpamCode() {
    return cpamCode;
  }

  public Motif getMotif() {
    return motif;
  }

  public TypeMessage getType() {
    return type;
  }

  public String getObjet() {
    return objet;
  }

  public StatutConversation getStatut() {
    return statut;
  }

  public String getServiceActuel() {
    return serviceActuel;
  }

  public Instant getDateEcheance() {
    return dateEcheance;
  }

  public Instant getCreeLe() {
    return creeLe;
  }

  public Instant getDerniereActivite() {
    return derniereActivite;
  }

  public Instant getClotureLe() {
    return clotureLe;
  }

  public List<Echange> getEchanges() {
    return Collections.unmodifiableList(echanges);
  }
}
