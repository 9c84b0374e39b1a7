package fr.cpam.demarches.accidenttiers;

import java.util.Optional;

/**
 * Who is asked to pay: the liable party's insurer, or a guarantee fund that takes its place
 * when the third party is unknown or uninsured (DOMAIN §7, modelled as another payer).
 */
public enum Payeur {
  ASSUREUR_TIERS("L'assureur du responsable"),
  FGAO("Fonds de garantie des assurances obligatoires de dommages (FGAO)"),
  FGTI("Fonds de garantie des victimes des actes de terrorisme et d'autres infractions (FGTI, saisi par la CIVI)");

  private final String libelle;

  Payeur(String libelle) {
    this.libelle = libelle;
  }

  public String libelle() {
    return libelle;
  }

  public boolean estUnFonds() {
    return this != ASSUREUR_TIERS;
  }

  /** The fund that pays for an unknown or uninsured third party: FGAO for the road, FGTI otherwise. */
  public static Payeur fondsPour(NatureAccident nature) {
    return nature == NatureAccident.CIRCULATION ? FGAO : FGTI;
  }

  static Optional<Payeur> depuis(String nom) {
    if (nom == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(nom));
    } catch (IllegalArgumentException inconnu) {
      return Optional.empty();
    }
  }
}
