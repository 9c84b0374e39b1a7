-- « Mes paiements » : la date à laquelle un paiement attendu est prévu (« Prochain versement
-- prévu le ... »), quand la démarche qui paie la connaît.
alter table paiement add column date_prevue date;
