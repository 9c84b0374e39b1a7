-- Les références de dossier ne se suivent plus (CV-2026-000123, CV-2026-000124...) : leur partie
-- est tirée au hasard (CV-2026-K7M2Q-X9P4T, docs/decisions/0045). Chaque référence donnée est
-- gardée ici, pour qu'un tirage déjà sorti soit tiré de nouveau. Même script pour H2 et PostgreSQL.
create table reference_dossier (
  reference  varchar(30)  not null,
  constraint pk_reference_dossier primary key (reference)
);
drop sequence seq_reference_dossier;
