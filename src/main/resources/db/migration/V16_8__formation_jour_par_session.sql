-- Le jour de chaque session d'un serveur de formation : de combien il est en retard sur l'heure du
-- serveur (moteur et règles). Avancer une session avance le serveur et retarde d'autant les autres,
-- dont les échéances sont repoussées : elles restent à leur jour (décision 0091, docs/formation.md).
-- Même script pour H2 et PostgreSQL.
alter table formation_session add column retard_ms bigint default 0 not null;
