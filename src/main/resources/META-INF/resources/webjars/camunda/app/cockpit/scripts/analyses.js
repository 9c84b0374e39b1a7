/*
 * Démarches CPAM — Cockpit plugin "Analyses", on the process definition page.
 *
 * A tab with the figures of the procedure over a period (for one version or all): per activity
 * the passages, the median and 90th percentile of the durations, for user tasks the wait before
 * an agent takes the task and the handling after; per sequence flow the dossiers that took it;
 * the ten slowest dossiers; the comparison of two versions or two periods; the event log to
 * download (XES, CSV); for the messagerie, its due dates kept per service and per motif and the
 * backlog per service and day. While the tab is open, the same figures are drawn on the diagram,
 * each activity colored from cool to hot by its 90th percentile.
 *
 * Every figure is computed on the server (/api/analyses, SQL over the history): this script only
 * draws. Plain script, no framework, no build step; registered in config.js (customScripts).
 */

const base = document.querySelector('base');
const API = (base.getAttribute('href') || '/').replace(/camunda\/app\/.*$/, '') + 'api/analyses/';
// The engine the address names (/camunda/app/cockpit/<engine>/), as Cockpit chooses it.
const MOTEUR = base.getAttribute('engine-api') + 'engine/'
  + encodeURIComponent(decodeURIComponent((window.location.pathname.match(/\/app\/[^/]+\/([^/]+)\//) || [])[1] || 'default')) + '/';
const PROCESSUS_MESSAGERIE = 'MessageAssure';

/** What the tab and the diagram share: the viewer of the page, the figures shown. */
const etat = { viewer: null, statistiques: null, couleurs: new Map() };

// ---- Formatting ------------------------------------------------------------------------------

/** "45 s", "12 min", "1 h 50 min", "3 j 4 h"; an em dash when there is no duration. */
function duree(ms) {
  if (ms === null || ms === undefined) {
    return '—';
  }
  const s = Math.round(ms / 1000);
  if (s < 60) {
    return s + ' s';
  }
  const min = Math.round(s / 60);
  if (min < 60) {
    return min + ' min';
  }
  const h = Math.floor(min / 60);
  if (h < 24) {
    return h + ' h' + (min % 60 ? ' ' + (min % 60) + ' min' : '');
  }
  const j = Math.floor(h / 24);
  return j + ' j' + (h % 24 ? ' ' + (h % 24) + ' h' : '');
}

function ecart(ms) {
  if (ms === null || ms === undefined) {
    return '—';
  }
  return (ms > 0 ? '+' : ms < 0 ? '−' : '') + duree(Math.abs(ms));
}

function ecartNombre(n) {
  if (n === null || n === undefined) {
    return '—';
  }
  return (n > 0 ? '+' : n < 0 ? '−' : '') + Math.abs(n).toLocaleString('fr-FR');
}

function nombre(n) {
  return (n || 0).toLocaleString('fr-FR');
}

function pourcent(part) {
  return part === null || part === undefined ? '—' : Math.round(part * 100) + ' %';
}

function date(iso) {
  if (!iso) {
    return '—';
  }
  return new Date(iso).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });
}

function aujourdhui() {
  return new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
}

function ilYA(jours) {
  const d = new Date();
  d.setDate(d.getDate() - jours);
  return d.toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });
}

/** An element with its attributes and children (strings become text: nothing is read as HTML). */
function el(nom, attributs, ...enfants) {
  const e = document.createElement(nom);
  Object.entries(attributs || {}).forEach(([cle, valeur]) => {
    if (valeur === null || valeur === undefined || valeur === false) {
      return;
    }
    if (cle.startsWith('on')) {
      e.addEventListener(cle.substring(2), valeur);
    } else if (cle === 'className') {
      e.className = valeur;
    } else {
      e.setAttribute(cle, valeur === true ? '' : valeur);
    }
  });
  enfants.flat().forEach((enfant) => {
    if (enfant !== null && enfant !== undefined && enfant !== false) {
      e.appendChild(typeof enfant === 'string' || typeof enfant === 'number' ? document.createTextNode(String(enfant)) : enfant);
    }
  });
  return e;
}

// ---- Data ------------------------------------------------------------------------------------

/** GET as JSON with the webapp's session; a refusal becomes an Error with the server's French detail. */
async function lire(url) {
  const reponse = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!reponse.ok) {
    let detail = 'Les analyses ne sont pas disponibles pour le moment (erreur ' + reponse.status + ').';
    try {
      const probleme = await reponse.json();
      if (probleme.detail) {
        detail = probleme.detail;
      }
    } catch (e) {
      // not JSON: the generic sentence stays
    }
    throw new Error(detail);
  }
  return reponse.json();
}

function requete(params) {
  return Object.entries(params)
    .filter(([, v]) => v !== null && v !== undefined && v !== '')
    .map(([k, v]) => encodeURIComponent(k) + '=' + encodeURIComponent(v))
    .join('&');
}

// ---- Diagram ---------------------------------------------------------------------------------

/** Cool (blue) to hot (red) on a logarithmic scale of the 90th percentiles. */
function couleurs(activites) {
  const valeurs = activites.map((a) => a.duree && a.duree.p90Ms).filter((v) => v > 0);
  const map = new Map();
  if (!valeurs.length) {
    return map;
  }
  const min = Math.log(Math.min(...valeurs));
  const max = Math.log(Math.max(...valeurs));
  activites.forEach((a) => {
    const v = a.duree && a.duree.p90Ms;
    if (v > 0) {
      const t = max > min ? (Math.log(v) - min) / (max - min) : 1;
      map.set(a.id, { teinte: Math.round(210 * (1 - t)), t });
    }
  });
  return map;
}

function effacerDiagramme() {
  if (!etat.viewer) {
    return;
  }
  etat.viewer.get('overlays').remove({ type: 'demarches-analyses' });
  document.querySelectorAll('[data-demarches-analyses-style]').forEach((forme) => {
    forme.style.fill = '';
    forme.style.stroke = '';
    forme.removeAttribute('data-demarches-analyses-style');
  });
}

function dessinerDiagramme() {
  effacerDiagramme();
  const s = etat.statistiques;
  if (!etat.viewer || !s) {
    return;
  }
  const registre = etat.viewer.get('elementRegistry');
  const overlays = etat.viewer.get('overlays');
  etat.couleurs = couleurs(s.activites);
  s.activites.forEach((a) => {
    const element = registre.get(a.id);
    if (!element || element.waypoints || a.passages === 0) {
      return;
    }
    const couleur = etat.couleurs.get(a.id);
    if (couleur) {
      const gfx = registre.getGraphics(element);
      const forme = gfx && gfx.querySelector('.djs-visual > rect, .djs-visual > circle, .djs-visual > polygon');
      if (forme) {
        forme.setAttribute('data-demarches-analyses-style', '');
        forme.style.fill = `hsla(${couleur.teinte}, 85%, 55%, 0.30)`;
        forme.style.stroke = `hsl(${couleur.teinte}, 80%, 40%)`;
      }
    }
    const lignes = [el('span', { className: 'passages', title: 'Passages' }, nombre(a.passages))];
    if (a.duree && a.duree.medianeMs !== null && a.duree.medianeMs !== undefined) {
      lignes.push(el('span', { className: 'mediane', title: 'Durée médiane' }, 'méd. ' + duree(a.duree.medianeMs)));
      lignes.push(el('span', { className: 'p90', title: '90e centile' }, 'p90 ' + duree(a.duree.p90Ms)));
    }
    if (a.attente) {
      lignes.push(el('span', { className: 'attente', title: 'Attente médiane avant la prise en charge' }, 'attente ' + duree(a.attente.medianeMs)));
      lignes.push(el('span', { className: 'traitement', title: 'Traitement médian après la prise en charge' }, 'traitement ' + duree(a.traitement.medianeMs)));
    }
    const badge = el('div', { className: 'demarches-analyses-badge', 'data-activite': a.id }, ...lignes);
    if (couleur) {
      badge.style.borderColor = `hsl(${couleur.teinte}, 80%, 40%)`;
    }
    overlays.add(a.id, 'demarches-analyses', { position: { bottom: -4, left: 0 }, html: badge });
  });
  s.flux.forEach((f) => {
    const element = registre.get(f.id);
    if (!element || !element.waypoints || f.passages === 0) {
      return;
    }
    const points = element.waypoints;
    const i = Math.max(0, Math.floor((points.length - 1) / 2));
    const milieu = { x: (points[i].x + points[i + 1].x) / 2, y: (points[i].y + points[i + 1].y) / 2 };
    const gauche = Math.min(...points.map((p) => p.x));
    const haut = Math.min(...points.map((p) => p.y));
    const texte = nombre(f.passages) + (f.part !== null && f.part !== undefined && f.part < 1 ? ' · ' + pourcent(f.part) : '');
    overlays.add(f.id, 'demarches-analyses', {
      position: { left: milieu.x - gauche + 4, top: milieu.y - haut - 18 },
      html: el('div', { className: 'demarches-analyses-flux', 'data-flux': f.id, title: 'Dossiers passés par ce flux' }, texte)
    });
  });
}

// ---- Tab ---------------------------------------------------------------------------------------

/** A table whose columns sort when their header button is pressed. */
function tableTriable(legende, colonnes, lignes, triInitial) {
  const corps = el('tbody');
  let tri = triInitial || { colonne: 1, descendant: true };
  const entetes = colonnes.map((c, i) =>
    el('th', { scope: 'col', className: c.nombre ? 'nombre' : null, 'aria-sort': 'none' },
      el('button', { type: 'button', className: 'btn btn-link demarches-tri', onclick: () => trier(i) }, c.titre)));
  const table = el('table', { className: 'table table-condensed demarches-analyses-table' },
    el('caption', {}, legende), el('thead', {}, el('tr', {}, entetes)), corps);

  function trier(i) {
    tri = { colonne: i, descendant: tri.colonne === i ? !tri.descendant : colonnes[i].nombre };
    remplir();
  }

  function remplir() {
    const c = colonnes[tri.colonne];
    const triees = [...lignes].sort((a, b) => {
      const x = c.valeur(a);
      const y = c.valeur(b);
      const vide = (v) => v === null || v === undefined;
      if (vide(x) || vide(y)) {
        return vide(x) - vide(y);
      }
      const r = typeof x === 'number' ? x - y : String(x).localeCompare(String(y), 'fr');
      return tri.descendant ? -r : r;
    });
    corps.replaceChildren(...triees.map((l) =>
      el('tr', {}, colonnes.map((col, i) => el(i === 0 ? 'th' : 'td', { scope: i === 0 ? 'row' : null, className: col.nombre ? 'nombre' : null },
        col.afficher ? col.afficher(l) : String(col.valeur(l) ?? '—'))))));
    entetes.forEach((th, i) => th.setAttribute('aria-sort', i === tri.colonne ? (tri.descendant ? 'descending' : 'ascending') : 'none'));
  }

  remplir();
  return table;
}

function tableActivites(s) {
  const activites = s.activites.filter((a) => a.passages > 0 || (a.type || '').indexOf('Gateway') < 0);
  return tableTriable('Activités (cliquez sur un titre de colonne pour trier)', [
    { titre: 'Activité', valeur: (a) => a.nom || a.id },
    { titre: 'Passages', nombre: true, valeur: (a) => a.passages, afficher: (a) => nombre(a.passages) },
    { titre: 'Dossiers', nombre: true, valeur: (a) => a.dossiers, afficher: (a) => nombre(a.dossiers) },
    { titre: 'Durée médiane', nombre: true, valeur: (a) => a.duree.medianeMs, afficher: (a) => duree(a.duree.medianeMs) },
    { titre: '90e centile', nombre: true, valeur: (a) => a.duree.p90Ms, afficher: (a) => duree(a.duree.p90Ms) },
    { titre: 'Attente médiane', nombre: true, valeur: (a) => a.attente && a.attente.medianeMs, afficher: (a) => (a.attente ? duree(a.attente.medianeMs) : '—') },
    { titre: 'Attente p90', nombre: true, valeur: (a) => a.attente && a.attente.p90Ms, afficher: (a) => (a.attente ? duree(a.attente.p90Ms) : '—') },
    { titre: 'Traitement médian', nombre: true, valeur: (a) => a.traitement && a.traitement.medianeMs, afficher: (a) => (a.traitement ? duree(a.traitement.medianeMs) : '—') },
    { titre: 'Traitement p90', nombre: true, valeur: (a) => a.traitement && a.traitement.p90Ms, afficher: (a) => (a.traitement ? duree(a.traitement.p90Ms) : '—') }
  ], activites, { colonne: 4, descendant: true });
}

function tableFlux(s) {
  const noms = new Map(s.activites.map((a) => [a.id, a.nom || a.id]));
  return tableTriable('Flux (dossiers passés par chaque flèche, part parmi les sorties de son élément)', [
    { titre: 'De', valeur: (f) => noms.get(f.de) || f.de },
    { titre: 'Vers', valeur: (f) => noms.get(f.vers) || f.vers },
    { titre: 'Dossiers', nombre: true, valeur: (f) => f.passages, afficher: (f) => nombre(f.passages) },
    { titre: 'Part', nombre: true, valeur: (f) => f.part, afficher: (f) => pourcent(f.part) }
  ], s.flux, { colonne: 2, descendant: true });
}

function tableLents(s, afficherParcours) {
  return tableTriable('Les dix dossiers les plus longs (en cours : depuis leur début)', [
    { titre: 'Dossier', valeur: (d) => d.reference || d.id, afficher: (d) =>
      d.enCours
        ? el('a', { href: '#/process-instance/' + encodeURIComponent(d.id) + '/runtime' }, d.reference || d.id)
        : el('button', { type: 'button', className: 'btn btn-link demarches-parcours', onclick: () => afficherParcours(d) }, d.reference || d.id) },
    { titre: 'Version', nombre: true, valeur: (d) => d.version },
    { titre: 'Début', valeur: (d) => d.debut, afficher: (d) => date(d.debut) },
    { titre: 'Durée', nombre: true, valeur: (d) => d.dureeMs, afficher: (d) => duree(d.dureeMs) },
    { titre: 'État', valeur: (d) => (d.enCours ? 'En cours' : 'Terminé') }
  ], s.lesPlusLents, { colonne: 3, descendant: true });
}

function tableComparaison(c) {
  const titre = (s) => (s.processus.version ? 'version ' + s.processus.version : 'toutes versions') + ', ' + s.periode.du + ' → ' + s.periode.au;
  const colonnes = [
    { titre: 'Activité', valeur: (e) => e.nom || e.id },
    { titre: 'Passages A', nombre: true, valeur: (e) => e.passages.a, afficher: (e) => nombre(e.passages.a) },
    { titre: 'Passages B', nombre: true, valeur: (e) => e.passages.b, afficher: (e) => nombre(e.passages.b) },
    { titre: 'Écart', nombre: true, valeur: (e) => e.passages.difference, afficher: (e) => ecartNombre(e.passages.difference) },
    { titre: 'Médiane A', nombre: true, valeur: (e) => e.medianeMs.a, afficher: (e) => duree(e.medianeMs.a) },
    { titre: 'Médiane B', nombre: true, valeur: (e) => e.medianeMs.b, afficher: (e) => duree(e.medianeMs.b) },
    { titre: 'Écart médiane', nombre: true, valeur: (e) => e.medianeMs.difference, afficher: (e) => marque(ecart(e.medianeMs.difference), e.medianeMs.difference) },
    { titre: 'p90 A', nombre: true, valeur: (e) => e.p90Ms.a, afficher: (e) => duree(e.p90Ms.a) },
    { titre: 'p90 B', nombre: true, valeur: (e) => e.p90Ms.b, afficher: (e) => duree(e.p90Ms.b) },
    { titre: 'Écart p90', nombre: true, valeur: (e) => e.p90Ms.difference, afficher: (e) => marque(ecart(e.p90Ms.difference), e.p90Ms.difference) }
  ];
  return el('div', { className: 'demarches-comparaison-resultat' },
    el('p', {}, 'A : ' + titre(c.a) + ' ; B : ' + titre(c.b) + '. Dossiers : ' + nombre(c.dossiers.a) + ' → ' + nombre(c.dossiers.b)
      + ' (' + ecartNombre(c.dossiers.difference) + ') ; durée médiane d’un dossier : ' + duree(c.dureeMedianeMs.a) + ' → '
      + duree(c.dureeMedianeMs.b) + ' (' + ecart(c.dureeMedianeMs.difference) + ').'),
    tableTriable('Comparaison par activité (écart = B − A ; une durée qui baisse est en vert)', colonnes,
      c.activites.filter((e) => e.passages.a || e.passages.b), { colonne: 3, descendant: false }));
}

/** A difference of duration in green when it falls, in red when it rises. */
function marque(texte, difference) {
  return el('span', { className: difference < 0 ? 'demarches-mieux' : difference > 0 ? 'demarches-pire' : null }, texte);
}

function sectionMessagerie(m) {
  const parts = (legende, lignes) =>
    tableTriable(legende, [
      { titre: 'Libellé', valeur: (p) => p.libelle },
      { titre: 'Échéances', nombre: true, valeur: (p) => p.echeances, afficher: (p) => nombre(p.echeances) },
      { titre: 'Tenues', nombre: true, valeur: (p) => p.tenues, afficher: (p) => nombre(p.tenues) },
      { titre: 'Manquées', nombre: true, valeur: (p) => p.manquees, afficher: (p) => nombre(p.manquees) },
      { titre: 'Part tenue', nombre: true, valeur: (p) => p.part, afficher: (p) => pourcent(p.part) }
    ], lignes, { colonne: 4, descendant: false });
  const services = m.services || [];
  const encours = el('table', { className: 'table table-condensed demarches-analyses-table demarches-encours' },
    el('caption', {}, 'Messages en attente dans chaque service, au soir de chaque jour'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Jour'), services.map((s) => el('th', { scope: 'col', className: 'nombre' }, s.libelle)))),
    el('tbody', {}, m.encours.map((j) => el('tr', {}, el('th', { scope: 'row' }, new Date(j.jour + 'T12:00:00').toLocaleDateString('fr-FR')),
      services.map((s) => el('td', { className: 'nombre' }, nombre(j.parService[s.code])))))));
  return el('section', { className: 'demarches-messagerie', 'aria-labelledby': 'demarches-messagerie-titre' },
    el('h3', { id: 'demarches-messagerie-titre' }, 'Messagerie : échéances de réponse tenues (' + m.periode.du + ' → ' + m.periode.au + ')'),
    el('p', { className: 'text-muted' }, 'Chaque prise en charge d’un message a une échéance ; elle est tenue quand le service a répondu (réponse ou question à l’assuré) au plus tard à cette échéance.'),
    parts('Par service', m.parService),
    parts('Par motif', m.parMotif),
    encours);
}

function champDate(id, libelle, valeur) {
  return el('div', { className: 'form-group' },
    el('label', { for: id }, libelle),
    el('input', { id, type: 'date', className: 'form-control input-sm', value: valeur, max: aujourdhui() }));
}

function choixVersion(id, libelle, versions, choisie) {
  return el('div', { className: 'form-group' },
    el('label', { for: id }, libelle),
    el('select', { id, className: 'form-control input-sm' },
      el('option', { value: '' }, 'Toutes les versions'),
      versions.map((v) => el('option', { value: String(v), selected: v === choisie }, 'Version ' + v))));
}

function valeur(racine, id) {
  const champ = racine.querySelector('#' + id);
  return champ ? champ.value : '';
}

async function afficherOnglet(noeud, processDefinitionId) {
  noeud.replaceChildren(el('p', { className: 'demarches-chargement' }, 'Chargement des analyses…'));
  let definition;
  try {
    definition = await lire(MOTEUR + 'process-definition/' + encodeURIComponent(processDefinitionId));
  } catch (e) {
    noeud.replaceChildren(el('div', { className: 'alert alert-danger', role: 'alert' }, 'Ce processus est introuvable.'));
    return;
  }
  const cle = definition.key;
  const racine = el('div', { className: 'demarches-analyses' });
  const alerte = el('div', { role: 'alert', className: 'demarches-analyses-alerte' });
  const resultat = el('div', { className: 'demarches-analyses-resultat', 'aria-live': 'polite' });
  const comparaison = el('div', { className: 'demarches-analyses-comparaison-resultat', 'aria-live': 'polite' });
  const parcours = el('div', { className: 'demarches-analyses-parcours', 'aria-live': 'polite' });
  const exportXes = el('a', { className: 'btn btn-default btn-sm demarches-export-xes', download: '' }, 'Télécharger le journal (XES)');
  const exportCsv = el('a', { className: 'btn btn-default btn-sm demarches-export-csv', download: '' }, 'Télécharger le journal (CSV)');

  const filtres = el('form', { className: 'form-inline demarches-analyses-filtres', onsubmit: (ev) => { ev.preventDefault(); charger(); } },
    choixVersion('demarches-version', 'Version', [], null),
    champDate('demarches-du', 'Du', ilYA(89)),
    champDate('demarches-au', 'Au', aujourdhui()),
    el('button', { type: 'submit', className: 'btn btn-primary btn-sm' }, 'Afficher'),
    ' ', exportXes, ' ', exportCsv);

  const modeComparaison = el('select', { id: 'demarches-mode', className: 'form-control input-sm', onchange: () => basculerMode() },
    el('option', { value: 'versions' }, 'Deux versions, même période'),
    el('option', { value: 'periodes' }, 'Deux périodes, même version'));
  const formulaireComparaison = el('form', { className: 'form-inline demarches-comparaison', onsubmit: (ev) => { ev.preventDefault(); comparer(); } },
    el('div', { className: 'form-group' }, el('label', { for: 'demarches-mode' }, 'Comparer'), modeComparaison),
    el('span', { className: 'demarches-versions' },
      choixVersion('demarches-version-a', 'Version A', [], null), choixVersion('demarches-version-b', 'Version B', [], null)),
    el('span', { className: 'demarches-periodes', hidden: true },
      champDate('demarches-du-a', 'A du', ilYA(179)), champDate('demarches-au-a', 'au', ilYA(90)),
      champDate('demarches-du-b', 'B du', ilYA(89)), champDate('demarches-au-b', 'au', aujourdhui())),
    el('button', { type: 'submit', className: 'btn btn-default btn-sm' }, 'Comparer'));

  racine.append(
    el('h3', {}, 'Analyses : ' + (definition.name || cle)),
    el('p', { className: 'text-muted' }, 'Dossiers démarrés dans la période. Durées : médiane et 90e centile (9 dossiers sur 10 ont pris moins). Aucune donnée personnelle.'),
    filtres, alerte, resultat,
    el('h3', {}, 'Comparer'), formulaireComparaison, comparaison, parcours);
  noeud.replaceChildren(racine);

  function basculerMode() {
    const periodes = modeComparaison.value === 'periodes';
    racine.querySelector('.demarches-periodes').hidden = !periodes;
    racine.querySelector('.demarches-versions').hidden = periodes;
  }

  function parametres() {
    return { version: valeur(racine, 'demarches-version'), du: valeur(racine, 'demarches-du'), au: valeur(racine, 'demarches-au') };
  }

  function erreur(e) {
    alerte.replaceChildren(el('div', { className: 'alert alert-danger' }, e.message));
  }

  async function charger() {
    alerte.replaceChildren();
    resultat.replaceChildren(el('p', { className: 'demarches-chargement' }, 'Calcul en cours…'));
    const p = parametres();
    const journal = API + 'processus/' + encodeURIComponent(cle) + '/journal?' + requete(p);
    exportXes.href = journal + '&format=xes';
    exportCsv.href = journal + '&format=csv';
    try {
      const [s, m] = await Promise.all([
        lire(API + 'processus/' + encodeURIComponent(cle) + '/statistiques?' + requete(p)),
        cle === PROCESSUS_MESSAGERIE ? lire(API + 'messagerie?' + requete({ du: p.du, au: p.au })) : Promise.resolve(null)
      ]);
      remplirVersions(s.processus.versions);
      etat.statistiques = s;
      dessinerDiagramme();
      const d = s.dossiers;
      resultat.replaceChildren(
        el('dl', { className: 'demarches-resume' },
          el('dt', {}, 'Dossiers démarrés'), el('dd', {}, nombre(d.demarres)),
          el('dt', {}, 'Terminés'), el('dd', {}, nombre(d.termines)),
          el('dt', {}, 'En cours'), el('dd', {}, nombre(d.enCours)),
          el('dt', {}, 'Durée médiane'), el('dd', {}, duree(d.duree.medianeMs)),
          el('dt', {}, '90e centile'), el('dd', {}, duree(d.duree.p90Ms))),
        el('p', { className: 'demarches-legende' }, 'Sur le diagramme : passages, durée médiane et 90e centile de chaque activité, du bleu (rapide) au rouge (lent) selon le 90e centile ; sur chaque flèche, les dossiers qui l’ont prise.'),
        tableActivites(s),
        tableFlux(s),
        tableLents(s, montrerParcours),
        m ? sectionMessagerie(m) : null);
    } catch (e) {
      resultat.replaceChildren();
      etat.statistiques = null;
      effacerDiagramme();
      erreur(e);
    }
  }

  let versionsConnues = null;
  function remplirVersions(versions) {
    if (versionsConnues) {
      return;
    }
    versionsConnues = versions;
    const [derniere, avant] = [...versions].sort((x, y) => y - x);
    for (const [id, choisie] of [['demarches-version', null], ['demarches-version-a', avant || derniere], ['demarches-version-b', derniere]]) {
      const ancien = racine.querySelector('#' + id);
      const choix = choixVersion(id, ancien.parentNode.querySelector('label').textContent, versions, choisie).querySelector('select');
      choix.value = ancien.value || (choisie ? String(choisie) : '');
      ancien.replaceWith(choix);
    }
  }

  async function comparer() {
    alerte.replaceChildren();
    comparaison.replaceChildren(el('p', { className: 'demarches-chargement' }, 'Comparaison en cours…'));
    const parPeriodes = modeComparaison.value === 'periodes';
    const p = parPeriodes
      ? {
          versionA: valeur(racine, 'demarches-version'), versionB: valeur(racine, 'demarches-version'),
          duA: valeur(racine, 'demarches-du-a'), auA: valeur(racine, 'demarches-au-a'),
          duB: valeur(racine, 'demarches-du-b'), auB: valeur(racine, 'demarches-au-b')
        }
      : {
          versionA: valeur(racine, 'demarches-version-a'), versionB: valeur(racine, 'demarches-version-b'),
          duA: valeur(racine, 'demarches-du'), auA: valeur(racine, 'demarches-au'),
          duB: valeur(racine, 'demarches-du'), auB: valeur(racine, 'demarches-au')
        };
    try {
      comparaison.replaceChildren(tableComparaison(await lire(API + 'processus/' + encodeURIComponent(cle) + '/comparaison?' + requete(p))));
    } catch (e) {
      comparaison.replaceChildren();
      erreur(e);
    }
  }

  async function montrerParcours(dossier) {
    try {
      const p = await lire(API + 'dossiers/' + encodeURIComponent(dossier.id) + '/parcours');
      parcours.replaceChildren(
        el('h3', { tabindex: '-1' }, 'Parcours du dossier ' + (dossier.reference || dossier.id)),
        el('table', { className: 'table table-condensed demarches-analyses-table' },
          el('thead', {}, el('tr', {}, ['Étape', 'Début', 'Fin', 'Durée', 'Groupe'].map((t) => el('th', { scope: 'col' }, t)))),
          el('tbody', {}, p.etapes.map((e) => el('tr', {},
            el('th', { scope: 'row' }, e.nom || e.activite), el('td', {}, date(e.debut)), el('td', {}, date(e.fin)),
            el('td', { className: 'nombre' }, duree(e.dureeMs)), el('td', {}, e.groupe || '—'))))));
      parcours.querySelector('h3').focus();
    } catch (e) {
      erreur(e);
    }
  }

  await charger();
}

export default [
  {
    id: 'demarches-cpam.analyses.diagramme',
    pluginPoint: 'cockpit.processDefinition.diagram.plugin',
    priority: 0,
    render: (viewer) => {
      etat.viewer = viewer;
      dessinerDiagramme();
    }
  },
  {
    id: 'demarches-cpam.analyses',
    pluginPoint: 'cockpit.processDefinition.runtime.tab',
    label: 'Analyses',
    priority: -10,
    render: (noeud, { processDefinitionId }) => {
      afficherOnglet(noeud, processDefinitionId);
    },
    unmount: () => {
      etat.statistiques = null;
      effacerDiagramme();
    }
  }
];
