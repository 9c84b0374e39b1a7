-- Les prises en charge des tâches d'une définition (analyse/RequetesHistorique.activites,
-- docs/decisions/0057-chiffres-des-activites-en-une-passe.md) : les liens « assignee » ajoutés,
-- lus par définition sans parcourir l'historique des liens de toutes les démarches (le moteur
-- n'indexe ces liens que par tâche, groupe, utilisateur, clé de définition et dossier racine).
-- Index couvrant : PostgreSQL le lit seul, sans la table. Même script pour H2 et PostgreSQL.
create index CPAM_IDX_HI_LIEN_DEF_TYPE on ACT_HI_IDENTITYLINK (PROC_DEF_ID_, TYPE_, OPERATION_TYPE_, TASK_ID_, TIMESTAMP_);
