-- The mark of a training database (profile formation): written once, on the first start of a
-- training server on a database that held no dossier (docs/decisions/0070).
create table formation_base (
  id        int        not null primary key,
  creee_le  timestamp  not null
);
