package fr.cpam.demarches.compte;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Nir} as its 15 characters. */
@Converter(autoApply = true)
public class NirConverter implements AttributeConverter<Nir, String> {

  @Override
  public String convertToDatabaseColumn(Nir nir) {
    return nir == null ? null : nir.valeur();
  }

  @Override
  public Nir convertToEntityAttribute(String valeur) {
    return valeur == null ? null : Nir.de(valeur);
  }
}
