-- FranceConnect (issue 25) : l'identité de naissance du titulaire du compte, pour le rapprocher de
-- l'« identité pivot » (nom de naissance, prénoms, sexe, date et lieu de naissance), et les liens
-- FranceConnect → compte déjà faits (le « sub » du fournisseur, gardé une fois le lien fait).
-- Même script pour H2 et PostgreSQL.

alter table assure add column nom_naissance varchar(80);
alter table assure add column prenoms varchar(200);
-- Code officiel géographique : code INSEE de la commune de naissance, ou 99 + code du pays.
alter table assure add column lieu_naissance varchar(5);

-- Les comptes existants : leur nom, leur prénom, et le lieu de naissance inscrit dans leur NIR
-- (caractères 6 à 10 : département et commune, ou 99 et le pays).
update assure set nom_naissance = nom, prenoms = prenom, lieu_naissance = substr(nir, 6, 5);

create index ix_assure_date_naissance on assure (date_naissance);

create table lien_franceconnect (
  sub          varchar(255) not null primary key,
  identifiant  varchar(13)  not null,
  lie_le       timestamp(6) with time zone not null
);
