package fr.cpam.demarches.messagerie;

import fr.cpam.demarches.engine.Groupes;

/** The names of the CPAM's services as a citizen or an agent reads them. */
final class Services {

  private Services() {}

  /** "Gestion des droits et des bénéficiaires" for {@code gestion-droits}; the id itself when unknown. */
  static String libelle(String groupe) {
    if (groupe == null) {
      return "Votre CPAM";
    }
    return Groupes.libelle(groupe);
  }

  static boolean estService(String groupe) {
    return Groupes.SERVICES.contains(groupe);
  }
}
