-- Les comptes émetteurs (logiciel d'un médecin, logiciel de paie d'un employeur ou de son
-- tiers déclarant) et ce qui leur appartient : le médecin agit sur les arrêts qu'il a prescrits
-- (son numéro RPPS), l'employeur sur ceux de ses salariés (un ou plusieurs SIRET).
-- Même script pour H2 et PostgreSQL.
create table rattachement_emetteur (
  utilisateur  varchar(64)  not null,
  nature       varchar(5)   not null,
  identifiant  varchar(14)  not null,
  constraint pk_rattachement_emetteur primary key (utilisateur, nature, identifiant),
  constraint ck_rattachement_emetteur_nature check (nature in ('RPPS', 'SIRET'))
);

-- Le médecin qui a prescrit chaque avis (RPPS du compte émetteur qui l'a transmis).
alter table avis_arret add column rpps_prescripteur varchar(11);
create index ix_avis_arret_prescripteur on avis_arret (arret_id, rpps_prescripteur);
