package fr.cpam.demarches.accidenttiers;

import static org.assertj.core.api.Assertions.assertThat;

import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import fr.cpam.demarches.compte.Assure;
import fr.cpam.demarches.compte.AssureEnMemoire;
import fr.cpam.demarches.compte.Nir;
import fr.cpam.demarches.compte.Qualite;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The checks of a declaration, the same for our API and the Tasklist start form (no Spring). */
class ValidationDeclarationTest {

  static final LocalDate AUJOURDHUI = LocalDate.of(2026, 3, 20);
  static final long CINQ_MO = 5L * 1024 * 1024;
  static final Nir CLAIRE = Nir.de("2 85 04 75 112 345 60");
  static final Nir LEA = Nir.depuisIdentifiant("2111275120044");

  static Assure compte() {
    Assure claire = AssureEnMemoire.de(CLAIRE, "DUBOIS", "Claire", LocalDate.of(1985, 4, 12));
    return AssureEnMemoire.rattacher(claire, LEA, "DUBOIS", "Léa", LocalDate.of(2011, 12, 3), Qualite.ENFANT);
  }

  static SaisieDeclaration saisie(String beneficiaire, String date, String nature, Fichier piece) {
    return new SaisieDeclaration(null, beneficiaire, date, "Nantes", nature, "Renversée par une voiture.", true, "M. Martin",
        "Assurances du Littoral", "AL-1", true, "PV 12", piece, null, true, false, false, null, false, null);
  }

  static ValidationDeclaration.Resultat verifier(SaisieDeclaration s) {
    return ValidationDeclaration.verifier(compte(), s, AUJOURDHUI, 15, CINQ_MO);
  }

  static ErreurChamp seuleErreur(SaisieDeclaration s) {
    var resultat = verifier(s);
    assertThat(resultat.erreurs()).hasSize(1);
    return resultat.erreurs().get(0);
  }

  @Test
  void une_declaration_complete_est_acceptee_pour_une_personne_du_compte_nommee_par_son_prenom_ou_son_nir() {
    var parPrenom = verifier(saisie("lea", "2026-03-15", "circulation", null));
    assertThat(parPrenom.estValide()).isTrue();
    assertThat(parPrenom.declaration().beneficiaire().nir()).isEqualTo(LEA);
    assertThat(parPrenom.declaration().enRetard()).isFalse();
    assertThat(verifier(saisie(LEA.formate(), "15/03/2026", "circulation", null)).declaration().dateAccident())
        .isEqualTo(LocalDate.of(2026, 3, 15));
  }

  @Test
  void une_date_dans_le_futur_est_refusee_en_nommant_le_champ() {
    ErreurChamp erreur = seuleErreur(saisie("Léa", "2026-03-21", "circulation", null));
    assertThat(erreur.champ()).isEqualTo("dateAccident");
    assertThat(erreur.message()).contains("21/03/2026", "dans le futur");
  }

  @Test
  void un_accident_avant_la_naissance_de_la_personne_blessee_est_refuse() {
    ErreurChamp erreur = seuleErreur(saisie("Léa", "2011-12-02", "circulation", null));
    assertThat(erreur.champ()).isEqualTo("dateAccident");
    assertThat(erreur.message()).contains("antérieure à la naissance de Léa DUBOIS (03/12/2011)");
  }

  @Test
  void un_genre_inconnu_est_refuse_avec_la_liste_des_huit_genres() {
    ErreurChamp erreur = seuleErreur(saisie("Léa", "2026-03-15", "duel", null));
    assertThat(erreur.champ()).isEqualTo("natureAccident");
    assertThat(erreur.message()).contains("« duel » n'existe pas", "circulation, agression, sport-loisir, morsure-animal, medical,"
        + " chute-voie-publique, scolaire, autre");
  }

  @Test
  void une_piece_d_un_autre_type_ou_trop_lourde_est_refusee_une_piece_pdf_jpeg_ou_png_acceptee() {
    ErreurChamp type = seuleErreur(saisie("Léa", "2026-03-15", "circulation", new Fichier("pv.docx", "application/pdf", new byte[] {'P', 'K', 3, 4})));
    assertThat(type.champ()).isEqualTo("piecePv");
    assertThat(type.message()).contains("« pv.docx » n'est ni un PDF, ni un JPEG, ni un PNG");
    byte[] gros = new byte[(int) CINQ_MO + 1];
    gros[0] = '%';
    gros[1] = 'P';
    gros[2] = 'D';
    gros[3] = 'F';
    gros[4] = '-';
    ErreurChamp taille = seuleErreur(saisie("Léa", "2026-03-15", "circulation", new Fichier("pv.pdf", "application/pdf", gros)));
    assertThat(taille.champ()).isEqualTo("piecePv");
    assertThat(taille.message()).contains("pèse 5 Mo", "5 Mo au plus");
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};
    var accepte = verifier(saisie("Léa", "2026-03-15", "circulation", new Fichier("C:\\Photos\\pv.png", "image/png", png)));
    assertThat(accepte.declaration().formatPiece()).isEqualTo(fr.cpam.demarches.commun.FormatDocument.PNG);
    assertThat(accepte.declaration().piece().nomPropre()).isEqualTo("pv.png");
  }

  @Test
  void une_personne_hors_du_compte_est_refusee_et_la_liste_des_prenoms_du_compte_est_donnee() {
    ErreurChamp erreur = seuleErreur(saisie("Hugo", "2026-03-15", "circulation", null));
    assertThat(erreur.champ()).isEqualTo("beneficiaire");
    assertThat(erreur.message()).contains("n'est pas rattachée à votre compte", "Claire, Léa");
    assertThat(seuleErreur(saisie("1 78 01 69 123 456 29", "2026-03-15", "circulation", null)).message())
        .contains("n'est pas rattachée à votre compte");
  }

  @Test
  void au_dela_de_quinze_jours_la_declaration_est_acceptee_et_marquee_tardive() {
    assertThat(verifier(saisie("Claire", "2026-03-05", "agression", null)).declaration().enRetard()).as("15 jours").isFalse();
    var tardive = verifier(saisie("Claire", "2026-03-04", "agression", null)).declaration();
    assertThat(tardive.enRetard()).isTrue();
    assertThat(tardive.joursApresAccident()).isEqualTo(16);
  }

  @Test
  void chaque_champ_manquant_est_nomme() {
    var vide = new SaisieDeclaration(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
        null, null, null, null);
    assertThat(verifier(vide).erreurs()).extracting(ErreurChamp::champ)
        .containsExactly("beneficiaire", "dateAccident", "lieu", "natureAccident", "circonstances", "tiersConnu", "pvOuPlainte");
  }

  @Test
  void une_reference_d_arret_se_donne_avec_l_arret_de_travail_et_au_format_des_dossiers_ij() {
    var sansArret = new SaisieDeclaration("vous", null, "2026-03-15", "Nantes", "circulation", "x", false, null, null, null, false, null,
        null, null, null, null, false, ValidationDeclaration.EXEMPLE_REFERENCE_ARRET, null, null);
    assertThat(seuleErreur(sansArret).champ()).isEqualTo("arretTravail");
    var mauvaiseReference = new SaisieDeclaration("vous", null, "2026-03-15", "Nantes", "circulation", "x", false, null, null, null,
        false, null, null, null, null, null, true, "IJ-2026-K7M2Q-X9PA", null, null);
    assertThat(seuleErreur(mauvaiseReference).champ()).isEqualTo("referenceArret");
  }
}
