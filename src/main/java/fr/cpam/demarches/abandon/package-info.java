/**
 * A citizen gives up a démarche she started, while nothing irreversible has happened: the dossier
 * waits at one of her own steps that the model marks as abandonable ({@code camunda:property
 * name="abandon" value="possible"}: a first form, before anything is recorded). The dossier ends
 * "annulée par l'assuré" (the engine's reason for ending it, kept in its history) and she is
 * notified. Tasklist offers it under her form ("Abandonner cette démarche"); "Mes démarches" keeps
 * it, closed, with its dates ({@code SuiviDemarchesAbandonnees}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Abandon d'une démarche")
package fr.cpam.demarches.abandon;
