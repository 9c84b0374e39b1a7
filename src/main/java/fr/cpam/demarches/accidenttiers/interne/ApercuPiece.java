package fr.cpam.demarches.accidenttiers.interne;

import java.time.Instant;

/** A file of a dossier without its content: what the lists show. */
public record ApercuPiece(Long id, String nomFichier, String typeContenu, long taille, Instant recueLe) {}
