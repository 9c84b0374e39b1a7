package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.commun.ValeurCodee;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The kinds of accident the declaration offers (DOMAIN §7), in the order of the form. */
public enum NatureAccident implements ValeurCodee {
  CIRCULATION("circulation", "Accident de la circulation"),
  AGRESSION("agression", "Agression"),
  SPORT_LOISIR("sport-loisir", "Accident de sport ou de loisir"),
  MORSURE_ANIMAL("morsure-animal", "Morsure d'animal"),
  MEDICAL("medical", "Accident médical"),
  CHUTE_VOIE_PUBLIQUE("chute-voie-publique", "Chute sur la voie publique"),
  SCOLAIRE("scolaire", "Accident scolaire"),
  AUTRE("autre", "Autre");

  private final String code;
  private final String libelle;

  NatureAccident(String code, String libelle) {
    this.code = code;
    this.libelle = libelle;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String libelle() {
    return libelle;
  }

  public static Optional<NatureAccident> depuisCode(String code) {
    return ValeurCodee.depuisCode(NatureAccident.class, code);
  }

  /** The codes, for a message that lists them. */
  static String codesPossibles() {
    return Arrays.stream(values()).map(n -> n.code).collect(Collectors.joining(", "));
  }
}
