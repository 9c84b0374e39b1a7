package fr.cpam.demarches.cartevitale;

import fr.cpam.demarches.cartevitale.interne.DossierCarteVitale;
import fr.cpam.demarches.cartevitale.interne.OppositionCarteVitale;
import fr.cpam.demarches.commun.Fuseau;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * The attestation de droits a citizen shows to health professionals while the new card is on
 * its way (with paper feuilles de soins): who is covered, by which CPAM, from when to when, and
 * which card is in opposition.
 */
@Component
class AttestationDroits {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private final DelaisCarteVitale delais;
  private final Clock horloge;

  AttestationDroits(DelaisCarteVitale delais, Clock horloge) {
    this.delais = delais;
    this.horloge = horloge;
  }

  /** The document's dates: delivered today, valid for the configured period. */
  record Periode(LocalDate delivreeLe, LocalDate valableJusquAu) {}

  Periode periode() {
    LocalDate aujourdhui = LocalDate.now(horloge);
    return new Periode(aujourdhui, aujourdhui.plus(delais.getValiditeAttestation()));
  }

  byte[] pdf(DossierCarteVitale dossier, String cpam, List<OppositionCarteVitale> oppositions) {
    Periode periode = periode();
    List<String[]> lignes = new ArrayList<>();
    lignes.add(new String[] {"Bénéficiaire", dossier.getBeneficiairePrenom() + " " + dossier.getBeneficiaireNom()});
    lignes.add(new String[] {"Numéro de sécurité sociale", dossier.getBeneficiaire().formate()});
    lignes.add(new String[] {"Date de naissance", dossier.getBeneficiaireNaissance().format(DATE)});
    lignes.add(new String[] {"Caisse d'affiliation", cpam});
    lignes.add(new String[] {"Droits à l'assurance maladie", "ouverts du " + periode.delivreeLe().format(DATE) + " au "
        + periode.valableJusquAu().format(DATE)});
    lignes.add(new String[] {"Dossier", dossier.getReference()});
    for (OppositionCarteVitale opposition : oppositions) {
      lignes.add(new String[] {"Carte en opposition", "n° " + opposition.getNumeroSerie() + " depuis le "
          + LocalDate.ofInstant(opposition.getDateOpposition(), Fuseau.PARIS).format(DATE) + " ("
          + opposition.getMotif().libelle().toLowerCase() + ")"});
    }
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Attestation de droits à l'assurance maladie - " + dossier.getReference());
      info.setAuthor("Assurance Maladie");
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      var gras = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
      var normal = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      try (PDPageContentStream contenu = new PDPageContentStream(document, page)) {
        float y = 780;
        y = ecrire(contenu, gras, 18, 60, y, "Attestation de droits à l'assurance maladie");
        y = ecrire(contenu, normal, 11, 60, y - 6, "Délivrée le " + periode.delivreeLe().format(DATE)
            + " - valable jusqu'au " + periode.valableJusquAu().format(DATE));
        y -= 20;
        for (String[] ligne : lignes) {
          ecrire(contenu, gras, 11, 60, y, ligne[0]);
          y = ecrire(contenu, normal, 11, 250, y, ligne[1]);
          y -= 4;
        }
        y -= 20;
        for (String texte : List.of(
            "Cette attestation remplace la carte Vitale en attendant la nouvelle carte.",
            "Présentez-la avec une feuille de soins papier à votre médecin, votre pharmacien",
            "ou tout professionnel de santé : vos soins sont remboursés comme d'habitude.",
            "La carte mise en opposition ne peut plus être utilisée, même si vous la retrouvez.")) {
          y = ecrire(contenu, normal, 10, 60, y, texte);
        }
      }
      document.save(sortie);
      return sortie.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static float ecrire(PDPageContentStream contenu, PDType1Font police, float taille, float x, float y, String texte)
      throws IOException {
    contenu.beginText();
    contenu.setFont(police, taille);
    contenu.newLineAtOffset(x, y);
    contenu.showText(texte);
    contenu.endText();
    return y - taille * 1.5f;
  }
}
