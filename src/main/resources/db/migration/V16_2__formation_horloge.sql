-- L'horloge de la salle d'un serveur de formation : de combien le temps du serveur (moteur et
-- règles) est en avance sur le temps réel, pour qu'un redémarrage garde le jour de la salle, et
-- si un formateur est en train de l'avancer (un seul déplacement à la fois). Une seule ligne.
-- Même script pour H2 et PostgreSQL (docs/formation.md, décision 0072).

create table formation_horloge (
  id             integer      not null primary key,
  decalage_ms    bigint       not null,
  en_mouvement   boolean      not null,
  deplacee_le    timestamp(6) with time zone,
  deplacee_par   varchar(64)
);

insert into formation_horloge (id, decalage_ms, en_mouvement) values (1, 0, false);
