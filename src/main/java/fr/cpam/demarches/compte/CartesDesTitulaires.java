package fr.cpam.demarches.compte;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * The cartes Vitale of the people of an account, as the account's pages show them. The cards
 * belong to module {@code cartevitale}, which depends on this one (accounts, NIR): it implements
 * this interface, so that the account reads them without a cycle
 * (docs/decisions/0088-la-carte-vitale-appartient-a-son-module.md).
 */
public interface CartesDesTitulaires {

  /** The cards of these people, in one read. */
  List<Carte> cartesDe(Collection<Nir> titulaires);

  /** One card: its holder, number, status (code and label) and dates. */
  record Carte(Nir titulaire, String numeroSerie, String statut, String libelleStatut, LocalDate dateEmission, Instant dateStatut) {}
}
