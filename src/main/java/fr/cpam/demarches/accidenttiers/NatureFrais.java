package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.commun.ValeurCodee;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The items ("postes") of a claim: the daily allowances read from the payments, and the care
 * costs the agent enters. Each line of a claim carries one, since the recovery is item by item.
 */
public enum NatureFrais implements ValeurCodee {
  INDEMNITES_JOURNALIERES("indemnites-journalieres", "Indemnités journalières", false),
  HOSPITALISATION("hospitalisation", "Frais d'hospitalisation", true),
  CONSULTATIONS("consultations", "Consultations et actes médicaux", true),
  PHARMACIE("pharmacie", "Pharmacie", true),
  AUXILIAIRES("auxiliaires-medicaux", "Soins d'auxiliaires médicaux (kinésithérapie, soins infirmiers)", true),
  EXAMENS("examens", "Biologie et imagerie", true),
  TRANSPORT("transport", "Transports sanitaires", true),
  APPAREILLAGE("appareillage", "Appareillage et dispositifs médicaux", true),
  AUTRES_SOINS("autres-soins", "Autres frais de santé", true);

  private final String code;
  private final String libelle;
  private final boolean saisieParAgent;

  NatureFrais(String code, String libelle, boolean saisieParAgent) {
    this.code = code;
    this.libelle = libelle;
    this.saisieParAgent = saisieParAgent;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String libelle() {
    return libelle;
  }

  /** Care costs are entered by the agent; the daily allowances come from the payments only. */
  boolean saisieParAgent() {
    return saisieParAgent;
  }

  static Optional<NatureFrais> depuisCode(String code) {
    return ValeurCodee.depuisCode(NatureFrais.class, code);
  }

  static String codesSaisissables() {
    return Arrays.stream(values()).filter(n -> n.saisieParAgent).map(n -> n.code).collect(Collectors.joining(", "));
  }
}
