package fr.cpam.demarches.messagerie;

/** A document joined to a message, as received (name, declared type, bytes): checked by the rules of the messagerie. */
public record Fichier(String nom, String typeDeclare, byte[] contenu) {}
