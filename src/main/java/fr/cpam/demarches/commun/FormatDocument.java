package fr.cpam.demarches.commun;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The kinds of document citizens may send (PDF, JPEG, PNG), recognised by their first bytes, not
 * by the name or the type the browser declares.
 */
public enum FormatDocument {
  PDF("application/pdf", "PDF", new byte[] {'%', 'P', 'D', 'F', '-'}),
  JPEG("image/jpeg", "JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
  PNG("image/png", "PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

  private final String typeMime;
  private final String libelle;
  private final byte[] signature;

  FormatDocument(String typeMime, String libelle, byte[] signature) {
    this.typeMime = typeMime;
    this.libelle = libelle;
    this.signature = signature;
  }

  public String typeMime() {
    return typeMime;
  }

  public String libelle() {
    return libelle;
  }

  /** The format whose signature starts the content, if any. */
  public static Optional<FormatDocument> de(byte[] contenu) {
    if (contenu == null) {
      return Optional.empty();
    }
    return Arrays.stream(values())
        .filter(f -> contenu.length >= f.signature.length && Arrays.equals(Arrays.copyOf(contenu, f.signature.length), f.signature))
        .findFirst();
  }

  /** "2,5 Mo", as a size is written for the citizen. */
  public static String enMo(long octets) {
    return String.format(Locale.FRENCH, "%.1f Mo", octets / (1024.0 * 1024.0)).replace(",0 Mo", " Mo");
  }
}
