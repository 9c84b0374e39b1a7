-- Le mot de passe d'un stagiaire, lu par le formateur sur la feuille, est provisoire : tant que le
-- stagiaire n'a pas choisi le sien (/formation/mot-de-passe), Tasklist et l'API du moteur refusent
-- son travail (docs/formation.md, décision 0092). Même script pour H2 et PostgreSQL.
alter table formation_stagiaire add column mot_de_passe_choisi boolean default false not null;
