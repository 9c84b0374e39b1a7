-- Le nombre de tâches ouvertes non attribuées par ensemble de groupes candidats, tenu dans la
-- transaction du moteur (engine/CompteurTachesGroupes) : « Tâches de mon service » le lit en une
-- requête au lieu de compter des dizaines de milliers de liens (docs/performance.md, correction 8).
-- groupes : les groupes candidats d'une tâche, triés, séparés par des virgules (« accueil,gestion-droits »).
-- Recalculé à chaque démarrage. Même script pour H2 et PostgreSQL.
create table compteur_taches_groupes (
  groupes        varchar(2000) not null primary key,
  non_attribuees bigint        not null
);
