-- Les codes erronés comptés par identifiant saisi, qu'un compte le porte ou non (docs/decisions/0046) :
-- l'empreinte SHA-256 de l'identifiant (jamais l'identifiant lui-même), le nombre d'échecs de suite,
-- et la fin de l'attente (délai croissant, puis blocage temporaire). Même script pour H2 et PostgreSQL.
create table tentative_connexion (
  identifiant       varchar(64)  not null,
  echecs            integer      not null,
  dernier_echec     timestamp(6) with time zone not null,
  attendre_jusqu_a  timestamp(6) with time zone not null,
  constraint pk_tentative_connexion primary key (identifiant)
);
