package fr.cpam.demarches.paiements;

import fr.cpam.demarches.compte.Assure;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.springframework.stereotype.Component;

/**
 * The relevé of "Mes paiements": the lines of a selection (the same filters as the list) with
 * their totals, as a PDF a citizen keeps or sends (to a mutual insurer, an employer).
 */
@Component
public class RelevePaiements {

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final float MARGE = 40;
  private static final float[] COLONNES = {40, 105, 245, 345, 440, 500};

  private final PaiementService paiements;
  private final Clock horloge;

  RelevePaiements(PaiementService paiements, Clock horloge) {
    this.paiements = paiements;
    this.horloge = horloge;
  }

  /** The PDF and the name it is saved under. */
  public record Document(String nomFichier, byte[] contenu) {}

  /**
   * @throws fr.cpam.demarches.commun.DemandeInvalideException the filters' mistakes, as for the list
   */
  public Document pdf(Assure compte, MesPaiements.Filtres filtres) {
    MesPaiements.Page page = paiements.consulter(compte, filtres, 0, 1);
    List<MesPaiements.Ligne> lignes = paiements.toutes(compte, filtres);
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream sortie = new ByteArrayOutputStream()) {
      document.getDocumentInformation().setTitle("Relevé de mes paiements - Assurance Maladie");
      document.getDocumentInformation().setAuthor("Assurance Maladie");
      Ecriture e = new Ecriture(document);
      e.ligne(e.gras, 16, MARGE, "Relevé de mes paiements");
      e.ligne(e.normal, 10, MARGE, "Assurance Maladie - " + compte.cpam().libelle() + " - édité le "
          + LocalDate.now(horloge).format(DATE));
      e.ligne(e.normal, 10, MARGE, "Assuré(e) : " + compte.nomComplet() + " - n° " + compte.nir().masque());
      e.ligne(e.normal, 10, MARGE, "Période du " + page.periode().du().format(DATE) + " au " + page.periode().au().format(DATE)
          + (vide(filtres.beneficiaire()) ? "" : " - bénéficiaire : " + beneficiaire(compte, filtres.beneficiaire()))
          + (vide(filtres.nature()) ? "" : " - nature : " + NaturePaiement.depuisCode(filtres.nature()).map(NaturePaiement::libelle).orElse("")));
      e.y -= 10;
      e.entete();
      for (MesPaiements.Ligne l : lignes) {
        e.rangee(
            l.verse() ? l.date().format(DATE) : "à venir",
            l.nature().libelle(),
            l.beneficiaire(),
            l.periode() == null ? "" : l.periode().du().format(DATE) + "-" + l.periode().au().format(DATE),
            montant(l.montantBrut()),
            montant(l.montantNet()));
      }
      if (lignes.isEmpty()) {
        e.ligne(e.normal, 10, MARGE, "Aucun paiement pour cette sélection.");
      }
      MesPaiements.Totaux t = page.totaux();
      e.y -= 8;
      e.ligne(e.gras, 11, MARGE, "Total des " + t.nombrePaiements() + " paiement(s) versé(s) : brut " + montant(t.montantBrut())
          + ", retenues CSG et CRDS " + montant(t.retenues()) + ", net " + montant(t.montantNet()) + ".");
      if (t.enAttente() > 0) {
        e.ligne(e.normal, 10, MARGE, t.enAttente() + " paiement(s) à venir, non compris dans les totaux.");
      }
      e.fermer();
      document.save(sortie);
      return new Document("releve-paiements-" + page.periode().du() + "-" + page.periode().au() + ".pdf", sortie.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean vide(String texte) {
    return texte == null || texte.isBlank();
  }

  private static String beneficiaire(Assure compte, String nir) {
    return compte.beneficiaires().stream()
        .filter(b -> b.nir().valeur().equals(nir.replace(" ", "")))
        .map(b -> b.prenom() + " " + b.nom())
        .findFirst()
        .orElse("");
  }

  /** 1 234,56 €, with plain spaces (the PDF's standard fonts have no narrow no-break space). */
  static String montant(BigDecimal montant) {
    if (montant == null) {
      return "";
    }
    return String.format(Locale.FRANCE, "%,.2f €", montant).replace('\u202f', ' ').replace('\u00a0', ' ');
  }

  /** Writes lines down the pages, starting a new page when one is full. */
  private static final class Ecriture {
    final PDDocument document;
    final PDType1Font gras = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    final PDType1Font normal = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDPageContentStream contenu;
    float y;

    Ecriture(PDDocument document) throws IOException {
      this.document = document;
      nouvellePage();
    }

    void nouvellePage() throws IOException {
      if (contenu != null) {
        contenu.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      contenu = new PDPageContentStream(document, page);
      y = 800;
    }

    void ligne(PDType1Font police, float taille, float x, String texte) throws IOException {
      place(taille * 1.6f);
      ecrire(police, taille, x, texte);
      y -= taille * 1.6f;
    }

    void entete() throws IOException {
      rangee(gras, "Date", "Nature", "Bénéficiaire", "Période", "Brut", "Net");
    }

    void rangee(String... cellules) throws IOException {
      rangee(normal, cellules);
    }

    private void rangee(PDType1Font police, String... cellules) throws IOException {
      if (place(14) && police == normal) {
        rangee(gras, "Date", "Nature", "Bénéficiaire", "Période", "Brut", "Net");
      }
      for (int i = 0; i < cellules.length; i++) {
        ecrire(police, 8, COLONNES[i], coupe(cellules[i], i == 1 ? 30 : 24));
      }
      y -= 14;
    }

    /** Starts a new page when the next line does not fit; says whether it did. */
    private boolean place(float hauteur) throws IOException {
      if (y - hauteur < 50) {
        nouvellePage();
        return true;
      }
      return false;
    }

    private void ecrire(PDType1Font police, float taille, float x, String texte) throws IOException {
      contenu.beginText();
      contenu.setFont(police, taille);
      contenu.newLineAtOffset(x, y);
      contenu.showText(texte);
      contenu.endText();
    }

    private static String coupe(String texte, int max) {
      return texte.length() <= max ? texte : texte.substring(0, max - 1) + ".";
    }

    void fermer() throws IOException {
      contenu.close();
    }
  }

}
