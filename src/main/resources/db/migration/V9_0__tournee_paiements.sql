-- La tournée de paiement quotidienne (TourneePaiementsIj.bpmn) verse les échéances ordinaires
-- des arrêts de travail ; le processus de chaque dossier ne reprend la main que pour une décision.
-- prochaine_echeance : jour du prochain versement, vide pendant un cycle du dossier et après sa
-- clôture. dernier_cycle : jour du dernier versement traité (le rythme de 14 jours part de là).
-- decisions_six_mois, decisions_duree_jours : les entrées avec lesquelles les décisions en vigueur
-- (ouverture des droits, avis médical) ont été prises ; une échéance dont les entrées diffèrent
-- est rendue au dossier.
alter table arret_travail add column prochaine_echeance date;
alter table arret_travail add column dernier_cycle date;
alter table arret_travail add column decisions_six_mois boolean default false not null;
alter table arret_travail add column decisions_duree_jours integer;
create index ix_arret_travail_echeance on arret_travail (prochaine_echeance);
