package fr.cpam.demarches.compte;

import fr.cpam.demarches.commun.Adresse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The account as {@code GET /api/moi} and {@code GET /api/assures/{nir}} show it. */
record CompteVue(
    String nir,
    String nirFormate,
    String nom,
    String prenom,
    LocalDate dateNaissance,
    LocalDate dateAffiliation,
    String email,
    Adresse adresse,
    CpamVue cpam,
    List<BeneficiaireVue> beneficiaires) {

  record CpamVue(String code, String libelle) {}

  record BeneficiaireVue(
      String nir,
      String nom,
      String prenom,
      LocalDate dateNaissance,
      int age,
      String qualite,
      String libelleQualite,
      List<CarteVue> cartesVitale) {}

  record CarteVue(String numeroSerie, String statut, String libelleStatut, LocalDate dateEmission, Instant dateStatut) {}

  static CompteVue de(Assure assure, List<CartesDesTitulaires.Carte> cartes, LocalDate aujourdhui) {
    Map<Nir, List<CartesDesTitulaires.Carte>> parTitulaire =
        cartes.stream().collect(Collectors.groupingBy(CartesDesTitulaires.Carte::titulaire));
    return new CompteVue(
        assure.getNir().valeur(),
        assure.getNir().formate(),
        assure.getNom(),
        assure.getPrenom(),
        assure.getDateNaissance(),
        assure.getDateAffiliation().orElse(null),
        assure.getEmail(),
        assure.getAdresse(),
        new CpamVue(assure.getCpam().getCode(), assure.getCpam().getLibelle()),
        assure.getBeneficiaires().stream()
            .map(
                b ->
                    new BeneficiaireVue(
                        b.getNir().valeur(),
                        b.getNom(),
                        b.getPrenom(),
                        b.getDateNaissance(),
                        b.age(aujourdhui),
                        b.getQualite().name().toLowerCase(),
                        b.getQualite().libelle(),
                        parTitulaire.getOrDefault(b.getNir(), List.of()).stream()
                            .map(
                                c ->
                                    new CarteVue(
                                        c.numeroSerie(), c.statut(), c.libelleStatut(), c.dateEmission(), c.dateStatut()))
                            .toList()))
            .toList());
  }
}
