package fr.cpam.demarches.accidenttiers;

import static fr.cpam.demarches.accidenttiers.AccidentTiersProcess.*;

import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.FileValue;

/**
 * What the victim typed, from our API or from the Tasklist start form, before any check. The
 * start form says who was injured in two fields ({@code blesse}: "vous" or "autre", then the
 * first name); the API names the person in {@code beneficiaire} (NIR or first name).
 */
record SaisieDeclaration(
    String blesse,
    String beneficiaire,
    String dateAccident,
    String lieu,
    String natureAccident,
    String circonstances,
    Boolean tiersConnu,
    String tiersIdentite,
    String assureurNom,
    String assureurContrat,
    Boolean pvOuPlainte,
    String pvReference,
    Fichier piecePv,
    String temoins,
    Boolean urgences,
    Boolean hospitalisation,
    Boolean arretTravail,
    String referenceArret,
    Boolean soinsEnCours,
    String complementaire) {

  /** The fields of the start form, as the process variables hold them. */
  static SaisieDeclaration depuisVariables(Map<String, Object> v, FileValue piece) {
    return new SaisieDeclaration(
        texte(v.get(BLESSE)),
        texte(v.get(BENEFICIAIRE)),
        date(v.get(DATE_ACCIDENT)),
        texte(v.get(LIEU)),
        texte(v.get(NATURE)),
        texte(v.get(CIRCONSTANCES)),
        oui(v.get(TIERS_CONNU)),
        texte(v.get(TIERS_IDENTITE)),
        texte(v.get(ASSUREUR_NOM)),
        texte(v.get(ASSUREUR_CONTRAT)),
        oui(v.get(PV_OU_PLAINTE)),
        texte(v.get(PV_REFERENCE)),
        piece == null ? null : new Fichier(piece.getFilename(), piece.getMimeType(), contenu(piece)),
        texte(v.get(TEMOINS)),
        oui(v.get(URGENCES)),
        oui(v.get(HOSPITALISATION)),
        oui(v.get(ARRET_TRAVAIL)),
        texte(v.get(REFERENCE_ARRET)),
        oui(v.get(SOINS_EN_COURS)),
        texte(v.get(COMPLEMENTAIRE)));
  }

  /**
   * The same answers as process variables, as the start form sends them (its radio buttons say
   * "oui" or "non"), to start the process from our API (the file aside).
   */
  Map<String, Object> enVariables() {
    Map<String, Object> v = new HashMap<>();
    v.put(BLESSE, blesse);
    v.put(BENEFICIAIRE, beneficiaire);
    v.put(DATE_ACCIDENT, dateAccident);
    v.put(LIEU, lieu);
    v.put(NATURE, natureAccident);
    v.put(CIRCONSTANCES, circonstances);
    v.put(TIERS_CONNU, ouiNon(tiersConnu));
    v.put(TIERS_IDENTITE, tiersIdentite);
    v.put(ASSUREUR_NOM, assureurNom);
    v.put(ASSUREUR_CONTRAT, assureurContrat);
    v.put(PV_OU_PLAINTE, ouiNon(pvOuPlainte));
    v.put(PV_REFERENCE, pvReference);
    v.put(TEMOINS, temoins);
    v.put(URGENCES, urgences);
    v.put(HOSPITALISATION, hospitalisation);
    v.put(ARRET_TRAVAIL, arretTravail);
    v.put(REFERENCE_ARRET, referenceArret);
    v.put(SOINS_EN_COURS, soinsEnCours);
    v.put(COMPLEMENTAIRE, complementaire);
    v.values().removeIf(java.util.Objects::isNull);
    return v;
  }

  SaisieDeclaration avecPiece(Fichier piece) {
    return new SaisieDeclaration(blesse, beneficiaire, dateAccident, lieu, natureAccident, circonstances, tiersConnu,
        tiersIdentite, assureurNom, assureurContrat, pvOuPlainte, pvReference, piece, temoins, urgences, hospitalisation,
        arretTravail, referenceArret, soinsEnCours, complementaire);
  }

  private static String ouiNon(Boolean valeur) {
    return valeur == null ? null : valeur ? "oui" : "non";
  }

  static String texte(Object valeur) {
    return valeur == null ? null : valeur.toString();
  }

  /** A form's yes/no: a boolean, or the words of a radio button. */
  static Boolean oui(Object valeur) {
    if (valeur == null) {
      return null;
    }
    if (valeur instanceof Boolean b) {
      return b;
    }
    String mot = valeur.toString().strip().toLowerCase();
    if (mot.equals("oui") || mot.equals("true")) {
      return true;
    }
    if (mot.equals("non") || mot.equals("false")) {
      return false;
    }
    return null;
  }

  private static String date(Object valeur) {
    if (valeur instanceof Date d) {
      return d.toInstant().atZone(ZoneId.of("Europe/Paris")).toLocalDate().toString();
    }
    return texte(valeur);
  }

  private static byte[] contenu(FileValue piece) {
    try (var flux = piece.getValue()) {
      return flux == null ? new byte[0] : flux.readAllBytes();
    } catch (java.io.IOException illisible) {
      return new byte[0];
    }
  }
}
