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
        assure.nir().valeur(),
        assure.nir().formate(),
        assure.nom(),
        assure.prenom(),
        assure.dateNaissance(),
        assure.dateAffiliation(),
        assure.email(),
        assure.adresse(),
        new CpamVue(assure.cpam().code(), assure.cpam().libelle()),
        assure.beneficiaires().stream()
            .map(
                b ->
                    new BeneficiaireVue(
                        b.nir().valeur(),
                        b.nom(),
                        b.prenom(),
                        b.dateNaissance(),
                        b.age(aujourdhui),
                        b.qualite().name().toLowerCase(),
                        b.qualite().libelle(),
                        parTitulaire.getOrDefault(b.nir(), List.of()).stream()
                            .map(
                                c ->
                                    new CarteVue(
                                        c.numeroSerie(), c.statut(), c.libelleStatut(), c.dateEmission(), c.dateStatut()))
                            .toList()))
            .toList());
  }
}
