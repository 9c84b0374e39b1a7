package fr.cpam.demarches.espace;

/** The confirmation shown at the top of the next page after a form went through: what happened, the reference, what comes next. */
record Succes(String titre, String texte) {}
