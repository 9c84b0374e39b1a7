package fr.cpam.demarches.cartevitale;

import com.fasterxml.jackson.annotation.JsonInclude;
import fr.cpam.demarches.cartevitale.interne.CarteVitale;
import fr.cpam.demarches.cartevitale.interne.DossierCarteVitale;
import fr.cpam.demarches.cartevitale.interne.OppositionCarteVitale;
import fr.cpam.demarches.cartevitale.interne.PieceJustificative;
import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.compte.Assure;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The bodies our carte Vitale API reads and writes. */
public final class CarteVitaleVues {

  private CarteVitaleVues() {}

  @Schema(description = "Adresse postale où la nouvelle carte sera envoyée")
  record AdresseSaisie(
      @Schema(example = "12 rue des Lilas") String ligne1,
      @Schema(example = "Bâtiment B", nullable = true) String ligne2,
      @Schema(example = "75020") String codePostal,
      @Schema(example = "Paris") String commune) {}

  @Schema(description = "Déclaration de perte, de vol ou de dysfonctionnement d'une carte Vitale")
  record DeclarationRequete(
      @Schema(description = "NIR du bénéficiaire rattaché au compte, 15 caractères, espaces admis", example = "2 85 04 75 112 345 60")
          String beneficiaire,
      @Schema(allowableValues = {"perte", "vol", "dysfonctionnement"}, example = "vol") String motif,
      AdresseSaisie adresse,
      @Schema(description = "« Je m'engage à restituer ma carte si je la retrouve » : doit valoir true", example = "true")
          Boolean engagementRestitution) {

    SaisieDemande saisie() {
      AdresseSaisie a = adresse == null ? new AdresseSaisie(null, null, null, null) : adresse;
      return new SaisieDemande(beneficiaire, motif, a.ligne1(), a.ligne2(), a.codePostal(), a.commune(), engagementRestitution);
    }
  }

  @Schema(description = "Commande d'une première carte Vitale pour un bénéficiaire de 12 ans ou plus qui n'en a pas")
  record CommandeRequete(
      @Schema(description = "NIR du bénéficiaire rattaché au compte", example = "2 11 03 75 120 044 12") String beneficiaire,
      AdresseSaisie adresse) {

    SaisieDemande saisie() {
      AdresseSaisie a = adresse == null ? new AdresseSaisie(null, null, null, null) : adresse;
      return new SaisieDemande(beneficiaire, null, a.ligne1(), a.ligne2(), a.codePostal(), a.commune(), null);
    }
  }

  @Schema(description = "Dossier créé (ou déjà en cours pour la même déclaration)")
  record DepotVue(String reference, String statut, String libelleStatut) {
    static DepotVue de(DossierCarteVitale d) {
      return new DepotVue(d.getReference(), d.getStatut().code(), d.getStatut().libelle());
    }
  }

  record EtapeVue(String statut, String libelleStatut, Instant date, @JsonInclude(JsonInclude.Include.NON_NULL) String commentaire) {}

  record OppositionVue(String numeroSerie, Instant dateOpposition, String motif) {}

  record PieceVue(Long id, String nature, String nomFichier, String typeContenu, long taille, Instant recueLe) {
    static PieceVue de(PieceJustificative p) {
      return new PieceVue(p.getId(), p.getNature().name().toLowerCase(), p.getNomFichier(), p.getTypeContenu(), p.getTaille(), p.getRecueLe());
    }
  }

  record BeneficiaireVue(String nir, String nom, String prenom, LocalDate dateNaissance) {}

  @Schema(description = "Un dossier carte Vitale et l'historique de ses statuts")
  record DossierVue(
      String reference,
      String nature,
      String statut,
      String libelleStatut,
      BeneficiaireVue beneficiaire,
      String motif,
      Adresse adresseEnvoi,
      String ancienneCarte,
      String nouvelleCarte,
      String numeroSuivi,
      String motifRefus,
      @Schema(description = "Pour une demande refusée : comment contester la décision") String voiesDeRecours,
      Instant creeLe,
      Instant closLe,
      List<OppositionVue> oppositions,
      @Schema(description = "Photo et pièce d'identité reçues ; contenu par GET …/pieces/{id}") List<PieceVue> pieces,
      List<EtapeVue> historique) {

    static DossierVue de(DossierCarteVitale d, List<OppositionCarteVitale> oppositions, List<PieceJustificative> pieces) {
      return new DossierVue(
          d.getReference(),
          d.getNature().name().toLowerCase(),
          d.getStatut().code(),
          d.getStatut().libelle(),
          new BeneficiaireVue(d.getBeneficiaire().valeur(), d.getBeneficiaireNom(), d.getBeneficiairePrenom(), d.getBeneficiaireNaissance()),
          Optional.ofNullable(d.getMotif()).map(MotifDeclaration::code).orElse(null),
          d.getAdresse(),
          d.getAncienneCarte(),
          d.getNouvelleCarte(),
          d.getNumeroSuivi(),
          d.getMotifRefus(),
          d.getMotifRefus() == null ? null : fr.cpam.demarches.commun.VoiesDeRecours.CONTESTER,
          d.getCreeLe(),
          d.getClosLe(),
          oppositions.stream().map(o -> new OppositionVue(o.getNumeroSerie(), o.getDateOpposition(), o.getMotif().code())).toList(),
          pieces.stream().map(PieceVue::de).toList(),
          d.getHistorique().stream()
              .map(h -> new EtapeVue(h.getStatut().code(), h.getStatut().libelle(), h.getDateStatut(), h.getCommentaire()))
              .toList());
    }
  }

  public record CarteVue(String numeroSerie, String statut, String libelleStatut, LocalDate dateEmission, Instant dateStatut) {
    static CarteVue de(CarteVitale c) {
      return new CarteVue(c.getNumeroSerie(), c.getStatut().name().toLowerCase(), c.getStatut().libelle(), c.getDateEmission(), c.getDateStatut());
    }
  }

  public record DossierResumeVue(String reference, String nature, String statut, String libelleStatut, Instant creeLe) {
    static DossierResumeVue de(DossierCarteVitale d) {
      return new DossierResumeVue(d.getReference(), d.getNature().name().toLowerCase(), d.getStatut().code(), d.getStatut().libelle(), d.getCreeLe());
    }
  }

  @Schema(description = "Une personne du compte, ses cartes et ses démarches (« Ma carte Vitale »)")
  public record PersonneVue(
      String nir,
      String nom,
      String prenom,
      int age,
      List<CarteVue> cartes,
      List<DossierResumeVue> dossiers,
      @Schema(description = "Une déclaration de perte ou de vol est possible (aucune démarche en cours)") boolean peutDeclarer,
      @Schema(description = "Une première carte peut être commandée (12 ans ou plus, sans carte active, aucune démarche en cours)")
          boolean peutCommander) {}

  static List<PersonneVue> maCarteVitale(
      Assure compte, List<DossierCarteVitale> dossiers, Function<fr.cpam.demarches.compte.Nir, List<CarteVitale>> cartes,
      LocalDate aujourdhui) {
    return compte.beneficiaires().stream()
        .map(b -> {
          List<CarteVitale> siennes = cartes.apply(b.nir());
          List<DossierCarteVitale> sesDossiers = dossiers.stream().filter(d -> d.getBeneficiaire().equals(b.nir())).toList();
          var enCours = sesDossiers.stream().filter(DossierCarteVitale::estOuvert).findFirst();
          return new PersonneVue(
              b.nir().valeur(), b.nom(), b.prenom(), b.age(aujourdhui),
              siennes.stream().map(CarteVue::de).toList(),
              sesDossiers.stream().map(DossierResumeVue::de).toList(),
              enCours.isEmpty(),
              PremiereCarte.refus(b, aujourdhui, siennes.stream().filter(CarteVitale::estValide).findFirst(), enCours).isEmpty());
        })
        .toList();
  }
}
