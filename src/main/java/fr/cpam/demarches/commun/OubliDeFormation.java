package fr.cpam.demarches.commun;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a training server forgets when a trainer closes a session or starts a learner again: the
 * rows of the session's dossiers (by reference) and of its fictitious citizens (by NIR). Each
 * module that keeps such rows implements it on its own tables, child rows first; {@code formation}
 * calls every implementation, in their {@link org.springframework.core.annotation.Order} (the
 * account, {@code compte}, last), and names no table of another module
 * (docs/decisions/0098-formation-oublie-par-les-modules.md).
 *
 * <p>Only {@code formation} calls it ({@code ModulesTest} fails on another caller), and only a
 * training server's pages call {@code formation}: its database is a training database, marked at
 * its first start and refused if it held dossiers then (docs/decisions/0070-base-de-formation-marquee.md).
 */
public interface OubliDeFormation {

  /**
   * The rows to forget.
   *
   * @param references the training dossiers' references
   * @param assures the NIRs of the fictitious insured people (their accounts)
   * @param personnes the NIRs of the insured people and of their accounts' beneficiaries, insured first
   */
  record Oubli(List<String> references, List<String> assures, Set<String> personnes) {
    public Oubli {
      references = List.copyOf(references);
      assures = List.copyOf(assures);
      personnes = Collections.unmodifiableSet(new LinkedHashSet<>(personnes));
    }
  }

  /** Deletes this module's rows of {@code oubli}, child rows first. */
  void oublier(Oubli oubli);
}
