package fr.cpam.demarches.accidenttiers;

import java.time.Instant;

/** A file of a dossier without its content: what the lists show. */
record ApercuPiece(Long id, String nomFichier, String typeContenu, long taille, Instant recueLe) {}
