-- Index des analyses des processus (analyse/, docs/decisions/0055-index-des-analyses-par-flyway.md),
-- sur les tables d'historique du moteur où il n'en a pas. Appliqués par une seconde passe de
-- Flyway, une fois les tables du moteur créées (analyse/IndexMoteur.java). Même script pour H2
-- et PostgreSQL.

-- Les dossiers d'une période : par définition et date de début (le moteur n'indexe que la fin).
create index CPAM_IDX_HI_PROCINST_DEF_DEBUT on ACT_HI_PROCINST (PROC_DEF_ID_, START_TIME_);

-- Messagerie : les échéances d'une tâche tombées dans la période.
create index CPAM_IDX_HI_TACHE_ECHEANCE on ACT_HI_TASKINST (TASK_DEF_KEY_, DUE_DATE_);

-- Messagerie : les tâches encore ouvertes au début de la période (fin nulle ou postérieure).
create index CPAM_IDX_HI_TACHE_FIN on ACT_HI_TASKINST (TASK_DEF_KEY_, END_TIME_);
