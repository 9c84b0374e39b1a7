-- Date d'affiliation de l'assuré : le jour où il est devenu assuré social (en pratique son
-- premier emploi). Les conditions d'ouverture des droits aux indemnités journalières au-delà de
-- 6 mois d'arrêt comptent 12 mois depuis cette date, pas depuis la naissance.
-- Inconnue pour les comptes ouverts avant (null) : jamais remplacée par une autre date.
alter table assure add column date_affiliation date;
