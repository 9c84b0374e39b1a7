/*
 * Démarches CPAM, loaded by Tasklist, Cockpit, Admin and the welcome page (their config.js).
 *
 * - Says in <html lang> which language the page speaks, as the webapps choose it (the browser's
 *   first language when it is English, French otherwise), so screen readers read French as French.
 * - Adds to the login page what to type: citizens and agents share the same form.
 * - Hides Tasklist's "Créer une tâche" from those the engine would refuse it to (citizens, agents):
 *   the button is always shown by Camunda and fails only once the form is filled.
 * - Says in words what happened when a task no longer exists, instead of the engine's message.
 * - Says in French the checks, the empty lists of choices and the other words that Camunda Forms
 *   write in English.
 * - Shows citizens their forms without the agents' tools around them (groups, dates, comments,
 *   priority, diagram: the server refuses those calls to them anyway) and, once "Commencer" has
 *   started a procedure, its first task at once; at the end of a form, what happened.
 * - In Cockpit, shows readers (analysts, supervisors) what they may use, and analysts no personal data.
 */
const anglais = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .toLowerCase()
  .startsWith('en');

document.documentElement.lang = anglais ? 'en' : 'fr';

/**
 * The engine this webapp works with: the one its address names (/camunda/app/tasklist/<engine>/),
 * as the webapps themselves choose it; "default" on a page without one. A server whose engine has
 * another name (a training server run next to another in one JVM) is served the same way.
 */
const MOTEUR_NOM = decodeURIComponent((window.location.pathname.match(/\/app\/[^/]+\/([^/]+)\//) || [])[1] || 'default');
const MOTEUR_CHEMIN = 'engine/' + encodeURIComponent(MOTEUR_NOM) + '/';

const AIDE = anglais
  ? {
      assure: 'Insured person: your social security number (13 digits, without the 2-digit key) and your 4-digit personal code.',
      agent: 'CPAM staff: your login and your password.',
      bloque: 'After 5 wrong codes, logging in is locked for 15 minutes (longer after more): wait, ask for a new code (“Code oublié”) or call your CPAM on 3646.'
    }
  : {
      assure: 'Assuré(e) : votre numéro de sécurité sociale (13 chiffres, sans la clé de 2 chiffres) et votre code personnel à 4 chiffres.',
      agent: 'Agent de la CPAM : votre identifiant et votre mot de passe.',
      bloque: 'Après 5 codes erronés, la connexion est bloquée 15 minutes (plus longtemps ensuite) : patientez, demandez un nouveau code (« Code oublié ») ou appelez votre CPAM au 3646.'
    };

const base = document.querySelector('base');
const application = base.getAttribute('app-name');

/** Asks the engine once, when the button appears after a login, whether this person may create a task. */
function masquerCreationDeTacheSiRefusee() {
  let verifie = false;
  new MutationObserver(() => {
    const bouton = document.querySelector('.create-task-action');
    if (!bouton) {
      verifie = false;
      return;
    }
    if (verifie) {
      return;
    }
    verifie = true;
    fetch(base.getAttribute('engine-api') + MOTEUR_CHEMIN + 'authorization/check?permissionName=CREATE&resourceName=task&resourceType=7',
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((reponse) => (reponse.ok ? reponse.json() : { authorized: false }))
      .then((droit) => document.body.classList.toggle('demarches-sans-creation-tache', !droit.authorized))
      .catch(() => document.body.classList.add('demarches-sans-creation-tache'));
  }).observe(document.body, { childList: true, subtree: true });
}

/**
 * The Camunda Forms viewer (form-js) writes its checks under the fields in English only ("Field is
 * required."): a French page says them in French. The known messages are rewritten as they appear.
 */
const ERREURS_FORMULAIRE = [
  [/^Field is required\.?$/, () => 'Champ obligatoire'],
  [/^Field must have minimum length of (\d+)\.?$/, (n) => `Saisissez au moins ${n} caractères.`],
  [/^Field must have maximum length of (\d+)\.?$/, (n) => `Saisissez au plus ${n} caractères.`],
  [/^Field must have minimum value of (.+?)\.?$/, (n) => `La valeur doit être au moins ${n}.`],
  [/^Field must have maximum value of (.+?)\.?$/, (n) => `La valeur doit être au plus ${n}.`],
  [/^Field must match pattern \^\[0-9\]\{(\d+)\}\$\.?$/, (n) => `Saisissez ${n} chiffres.`],
  [/^Field must match pattern .*$/, () => "Le format de ce champ n'est pas valide."],
  [/^Field must be a valid email\.?$/, () => 'Saisissez une adresse e-mail valide.'],
  [/^Field must be a valid +(international )?phone number\.?$/, () => 'Saisissez un numéro de téléphone valide.'],
  [/^Value must be a number\.?$/, () => 'Saisissez un nombre.']
];

function franciserErreursDeFormulaire() {
  new MutationObserver(() => {
    document.querySelectorAll('.fjs-form-field-error').forEach((erreur) => {
      const cibles = erreur.querySelectorAll('li').length ? erreur.querySelectorAll('li') : [erreur];
      cibles.forEach((cible) => {
        const texte = cible.textContent.trim();
        for (const [motif, francais] of ERREURS_FORMULAIRE) {
          const trouve = texte.match(motif);
          if (trouve) {
            cible.textContent = francais(trouve[1]);
            break;
          }
        }
      });
    });
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

/**
 * A task completed by a colleague, or whose dossier was closed, while it was open on the screen,
 * or reached by an old link: Tasklist writes the engine's message ("Cannot find task with id …:
 * task is null", "No matching task with id …") under its own title. The person is told what
 * happened and what to do instead. The engine's answer itself is left as it is: Tasklist
 * recognises it by these English words (to close the task and refresh the list) and so do API
 * clients. Tasklist's title for the case ("TASK_NOT_EXIST", locales/fr.json) says the same
 * sentence: when it is the title, the engine's words are simply hidden.
 */
const TACHE_DISPARUE = anglais
  ? 'This task no longer exists: it was completed or its case was closed. Refresh the list.'
  : 'Cette tâche n’existe plus : elle a été traitée ou le dossier a été clos. Actualisez la liste.';
const MESSAGE_TACHE_DISPARUE =
  /task is null|No matching task with id|Cannot find task with id|No task found for taskId|task .* does ?n[o']t exist/i;

function expliquerTacheDisparue() {
  new MutationObserver(() => {
    document.querySelectorAll('.alert .message').forEach((message) => {
      if (!MESSAGE_TACHE_DISPARUE.test(message.textContent)) {
        return;
      }
      const alerte = message.closest('.alert');
      const titre = alerte.querySelector('.status');
      if (titre && titre.textContent.includes(TACHE_DISPARUE)) {
        message.textContent = '';
        // The ":" Tasklist puts between the title and the message.
        alerte.querySelectorAll('strong:not(.status)').forEach((s) => {
          if (s.textContent.trim() === ':') {
            s.style.display = 'none';
          }
        });
      } else {
        message.textContent = TACHE_DISPARUE;
      }
    });
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

/**
 * Tasklist as a citizen sees it. Around a task, Tasklist offers everyone the tools of an agent:
 * groups and people of the task, follow-up and due dates, comments, the priority, the link to
 * Cockpit, the "Schéma" and "Description" tabs (the model's inner steps and notes). A citizen
 * completes her task by its form and nothing else: the server refuses her those calls (403,
 * docs/securite.md), and the page does not offer them. Until the person is known (a citizen is a
 * member of the group "assures"), the tools stay hidden: the stylesheet shows them only under
 * {@code body.demarches-outils-agents}.
 */
const ONGLETS_DES_AGENTS = ['Schéma', 'Description', 'Diagram'];

function outilsSelonLaPersonne() {
  let pour = null;
  new MutationObserver(() => {
    const compte = document.querySelector('[cam-widget-header] .account');
    const nom = compte ? compte.textContent.trim() : '';
    if (nom && nom !== pour) {
      pour = nom;
      personneEnCours = null;
      document.body.classList.remove('demarches-outils-agents', 'demarches-assure', 'demarches-stagiaire');
      document.querySelectorAll('.demarches-mon-espace').forEach((lien) => lien.remove());
      personneConnectee()
        .then((personne) => {
          document.body.classList.toggle('demarches-assure', personne.assure);
          document.body.classList.toggle('demarches-outils-agents', !personne.assure);
          document.body.classList.toggle('demarches-stagiaire', personne.id.startsWith('stagiaire-'));
        })
        .catch(() => {});
    }
    if (document.body.classList.contains('demarches-stagiaire')) {
      // A learner of a training session: their debrief (docs/formation.md).
      lienDansLEntete('/formation/debriefing', 'Mon débriefing');
    }
    if (document.body.classList.contains('demarches-assure')) {
      document.querySelectorAll('.task-details .nav-tabs > li:not(.demarches-onglet-agents)').forEach((onglet) => {
        if (ONGLETS_DES_AGENTS.includes(onglet.textContent.trim())) {
          onglet.classList.add('demarches-onglet-agents');
        }
      });
      proposerLAbandon();
      lienMonEspace();
      // An address naming a hidden tab ("detailsTab=task-detail-diagram") shows the form instead.
      const cache = document.querySelector('.task-details .nav-tabs > li.active.demarches-onglet-agents');
      const formulaire = cache && cache.parentElement.querySelector('li:not(.demarches-onglet-agents) > a');
      if (formulaire) {
        formulaire.click();
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
}

/**
 * A citizen's way to her pages (Mon espace, the same session), in Tasklist's header next to her
 * name; put back if Tasklist redraws its header.
 */
function lienMonEspace() {
  lienDansLEntete('/espace/', 'Mon espace');
}

/** A link in Tasklist's header, before the person's name (one at most); put back if Tasklist redraws it. */
function lienDansLEntete(adresse, texte) {
  const compte = document.querySelector('[cam-widget-header] .account');
  if (!compte || !compte.parentElement || compte.parentElement.querySelector('.demarches-mon-espace')) {
    return;
  }
  const item = document.createElement('li');
  item.className = 'demarches-mon-espace';
  const lien = document.createElement('a');
  lien.href = adresse;
  lien.textContent = texte;
  item.appendChild(lien);
  compte.parentElement.insertBefore(item, compte);
}

/**
 * Under a citizen's form, "Abandonner cette démarche" when the server says she may give it up
 * (her own dossier, nothing recorded yet: GET /api/demarches/{reference}/abandon). Asked once per
 * open task; the button asks for confirmation, then the dossier ends "annulée par l'assuré".
 */
let abandonExamine = null;

function proposerLAbandon() {
  const tache = new URLSearchParams((window.location.hash.split('?')[1]) || '').get('task');
  const details = document.querySelector('.task-details .tabbed-content');
  if (!tache || !details) {
    return;
  }
  if (abandonExamine && abandonExamine.tache === tache) {
    if (abandonExamine.abandon && abandonExamine.abandon.possible && !document.querySelector('.demarches-abandon')) {
      details.after(boutonAbandon(abandonExamine.abandon));
    }
    return;
  }
  abandonExamine = { tache, abandon: null };
  document.querySelectorAll('.demarches-abandon').forEach((bouton) => bouton.remove());
  const moteur = base.getAttribute('engine-api') + MOTEUR_CHEMIN;
  demander(moteur + 'task/' + encodeURIComponent(tache))
    .then((t) => demander(moteur + 'process-instance/' + encodeURIComponent(t.processInstanceId)))
    .then((dossier) => demander('/api/demarches/' + encodeURIComponent(dossier.businessKey) + '/abandon'))
    .then((abandon) => {
      if (abandonExamine.tache === tache) {
        abandonExamine.abandon = abandon;
        proposerLAbandon();
      lienMonEspace();
      }
    })
    .catch(() => {});
}

function boutonAbandon(abandon) {
  const zone = document.createElement('div');
  zone.className = 'demarches-abandon';
  const bouton = document.createElement('button');
  bouton.type = 'button';
  bouton.className = 'btn btn-default';
  bouton.textContent = 'Abandonner cette démarche';
  const aide = document.createElement('p');
  aide.textContent = 'Rien n’est encore transmis à votre CPAM : vous pouvez annuler la démarche « ' + abandon.demarche
    + ' » (dossier ' + abandon.reference + ').';
  const confirmation = document.createElement('div');
  confirmation.hidden = true;
  const question = document.createElement('p');
  question.id = 'demarches-abandon-question';
  question.textContent = 'Annuler la démarche « ' + abandon.demarche + ' » (dossier ' + abandon.reference + ') ?';
  const oui = document.createElement('button');
  oui.type = 'button';
  oui.className = 'btn btn-primary';
  oui.textContent = 'Oui, annuler la démarche';
  oui.setAttribute('aria-describedby', question.id);
  const non = document.createElement('button');
  non.type = 'button';
  non.className = 'btn btn-link';
  non.textContent = 'Non, continuer';
  confirmation.append(question, oui, non);
  bouton.addEventListener('click', () => {
    confirmation.hidden = false;
    bouton.hidden = true;
    oui.focus();
  });
  non.addEventListener('click', () => {
    confirmation.hidden = true;
    bouton.hidden = false;
    bouton.focus();
  });
  oui.addEventListener('click', () => {
    oui.disabled = true;
    // Our API takes the Tasklist session for a change only with the webapps' anti-CSRF token.
    const jeton = (document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/) || [])[1] || '';
    fetch('/api/demarches/' + encodeURIComponent(abandon.reference) + '/abandon',
      { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json', 'X-XSRF-TOKEN': decodeURIComponent(jeton) } })
      .then((reponse) => reponse.json().then((corps) => ({ ok: reponse.ok, corps })))
      .then(({ ok, corps }) => {
        zone.remove();
        if (ok) {
          const [chemin, requete] = window.location.hash.split('?');
          const parametres = new URLSearchParams(requete || '');
          parametres.delete('task');
          window.location.hash = (chemin || '#/') + '?' + parametres.toString();
          direCeQuiSEstPasse(abandon.reference, new Date(Date.now() - 5000), 0);
        } else {
          afficherLaSuite(abandon.reference, { titre: 'La démarche n’est pas annulée', texte: corps.detail || '' });
        }
      })
      .catch(() => {
        oui.disabled = false;
      });
  });
  zone.append(aide, bouton, confirmation);
  return zone;
}

/**
 * A form's link to Mon espace (the page that receives the photo and the identity document) brings
 * her back to her list of tasks: {@code retour} is added to it as she follows it. The task itself
 * ends when the files arrive, so the list, not the task, is where she comes back.
 */
function revenirDeMonEspace() {
  document.addEventListener('click', (evenement) => {
    const lien = evenement.target.closest && evenement.target.closest('.task-details .fjs-form a[href^="/espace/"]');
    if (!lien || lien.href.includes('retour=')) {
      return;
    }
    const [chemin, requete] = (window.location.hash || '#/').split('?');
    const parametres = new URLSearchParams(requete || '');
    parametres.delete('task');
    parametres.delete('detailsTab');
    const retour = window.location.pathname + chemin + '?' + parametres.toString();
    lien.href += (lien.href.includes('?') ? '&' : '?') + 'retour=' + encodeURIComponent(retour);
  }, true);
}

/**
 * Tasklist's icon buttons and links have no name a screen reader can say (axe-core: button-name,
 * link-name), and its search box announces a list without being a combobox (aria-allowed-attr):
 * each gets its French name, or its role, as it appears.
 */
const NOMS_TASKLIST = [
  ['button[data-region="filters"]', 'Afficher ou masquer les filtres'],
  ['button[data-region="list"]', 'Afficher ou masquer la liste des tâches'],
  ['.region-toggle[data-region="task"]', 'Afficher ou masquer la tâche'],
  ['button.maximize', 'Agrandir la tâche'],
  ['button.dropdown-toggle[uib-dropdown-toggle]', 'Recherches enregistrées'],
  ['a[ng-click="openModal($event, filter)"]', 'Détails du filtre'],
  ['a.sort-direction', 'Inverser l’ordre du tri'],
  ['.new-sort > a.dropdown-toggle', 'Ajouter un tri'],
  ['.shutter > a.glyphicon', 'Afficher plus ou moins de détails']
];

function nommerLesOutilsDeTasklist() {
  new MutationObserver(() => {
    for (const [selecteur, nom] of NOMS_TASKLIST) {
      document.querySelectorAll(selecteur + ':not([aria-label])').forEach((element) => element.setAttribute('aria-label', nom));
    }
    document.querySelectorAll('input.main-field[aria-autocomplete]:not([role])').forEach((champ) => {
      champ.setAttribute('role', 'combobox');
      if (!champ.getAttribute('aria-label')) {
        champ.setAttribute('aria-label', 'Filtrer les tâches');
      }
    });
  }).observe(document.body, { childList: true, subtree: true });
}

let personneEnCours = null;

/** Who is logged in to Tasklist ({ id, assure }), asked to the server once per login. */
function personneConnectee() {
  if (!personneEnCours) {
    personneEnCours = fetch(base.getAttribute('admin-api') + 'auth/user/' + encodeURIComponent(MOTEUR_NOM), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((reponse) => (reponse.ok ? reponse.json() : Promise.reject(new Error('non connecté'))))
      .then((utilisateur) => fetch(base.getAttribute('engine-api') + MOTEUR_CHEMIN + 'group?member=' + encodeURIComponent(utilisateur.userId),
        { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((reponse) => (reponse.ok ? reponse.json() : []))
        .then((groupes) => ({ id: utilisateur.userId, assure: groupes.some((g) => g.id === 'assures') })));
    personneEnCours.catch(() => {
      personneEnCours = null;
    });
  }
  return personneEnCours;
}

/**
 * The form viewer's own words (form-js), in English only: the list's placeholder "Select", its
 * search box, its empty list, the number field's buttons. Said in French as they appear.
 */
const TEXTES_FORMULAIRE = { Select: 'Choisir…', 'No results': 'Aucun choix possible', Search: 'Rechercher' };
const LIBELLES_FORMULAIRE = { Increment: 'Augmenter', Decrement: 'Diminuer', 'Remove tag': 'Retirer', Search: 'Rechercher' };

function franciserTextesDuFormulaire() {
  new MutationObserver(() => {
    // The text node itself is changed, not replaced: form-js keeps it and draws it again otherwise.
    document.querySelectorAll('.fjs-select-display, .fjs-dropdownlist-empty').forEach((element) => {
      element.childNodes.forEach((noeud) => {
        const texte = noeud.nodeType === Node.TEXT_NODE ? noeud.nodeValue.trim() : '';
        if (TEXTES_FORMULAIRE[texte]) {
          noeud.nodeValue = TEXTES_FORMULAIRE[texte];
        }
      });
    });
    document.querySelectorAll('.fjs-form [placeholder], .fjs-form [aria-label]').forEach((element) => {
      for (const attribut of ['placeholder', 'aria-label']) {
        const valeur = element.getAttribute(attribut);
        if (valeur && LIBELLES_FORMULAIRE[valeur]) {
          element.setAttribute(attribut, LIBELLES_FORMULAIRE[valeur]);
        }
      }
    });
  }).observe(document.body, { childList: true, subtree: true, characterData: true });
}

/**
 * After "Commencer", Tasklist only tells that the procedure started: its list of tasks stays as it
 * was until the next refresh, so the first step of the procedure is not there. When the new
 * dossier has a task for the person, it is opened at once (which also refreshes the list).
 */
const DEMARRAGE = /\/process-definition\/(key\/[^/]+|[^/]+)\/(start|submit-form)$/;
const TACHE_ENVOYEE = /\/task\/([^/]+)\/(submit-form|complete)$/;

function suivreLesEnvois() {
  const ouvrir = XMLHttpRequest.prototype.open;
  XMLHttpRequest.prototype.open = function (methode, adresse, ...suite) {
    const chemin = String(adresse).split('?')[0];
    const envoi = String(methode).toUpperCase() === 'POST';
    if (envoi && DEMARRAGE.test(chemin)) {
      this.addEventListener('load', () => {
        if (this.status === 200) {
          try {
            const dossier = JSON.parse(this.responseText);
            premiereTache(dossier.id, 0, dossier.businessKey);
          } catch (illisible) {
            // Not a started dossier: nothing to open.
          }
        }
      });
    }
    const tache = envoi && chemin.match(TACHE_ENVOYEE);
    if (tache) {
      const envoyeLe = new Date();
      this.addEventListener('load', () => {
        if (this.status < 300 && document.body.classList.contains('demarches-assure')) {
          referenceDeLaTache(tache[1]).then((reference) => direCeQuiSEstPasse(reference, envoyeLe, 0)).catch(() => {});
        }
      });
    }
    return ouvrir.call(this, methode, adresse, ...suite);
  };
}

function demander(chemin) {
  return fetch(chemin, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((reponse) => (reponse.ok ? reponse.json() : Promise.reject(new Error(String(reponse.status)))));
}

/**
 * The reference of the dossier of a task she has just completed, while the dossier goes on (a
 * citizen does not read the history of her dossiers); null when it has ended.
 */
function referenceDeLaTache(tache) {
  const moteur = base.getAttribute('engine-api') + MOTEUR_CHEMIN;
  return demander(moteur + 'history/task?taskId=' + encodeURIComponent(tache))
    .then((taches) => demander(moteur + 'process-instance/' + encodeURIComponent(taches[0].processInstanceId)))
    .then((dossier) => dossier.businessKey)
    .catch(() => null);
}

/**
 * At the end of a citizen's form (a start without a task for her, a task completed), says what
 * happened, as the CPAM told her (the newest notification of the dossier, sent since: "L'ancienne
 * carte est mise en opposition...") or at least the reference, with the link to the dossier in
 * Mon espace. Stays on the page until she closes it.
 */
function direCeQuiSEstPasse(reference, depuis, essai) {
  fetch('/api/notifications', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((reponse) => (reponse.ok ? reponse.json() : { notifications: [] }))
    .then((page) => {
      // The newest first; a dossier that has just ended is known by its notification only.
      const nouvelle = (page.notifications || []).find((n) => (!reference || n.referenceDossier === reference)
        && new Date(n.creeLe).getTime() >= depuis.getTime() - 2000);
      if (!nouvelle && essai < 4) {
        setTimeout(() => direCeQuiSEstPasse(reference, depuis, essai + 1), 500);
      } else if (nouvelle || reference) {
        afficherLaSuite(reference || nouvelle.referenceDossier, nouvelle);
      }
    })
    .catch(() => reference && afficherLaSuite(reference, null));
}

function afficherLaSuite(reference, notification) {
  document.querySelectorAll('.demarches-suite').forEach((ancienne) => ancienne.remove());
  const encadre = document.createElement('section');
  encadre.className = 'demarches-suite';
  encadre.setAttribute('role', 'status');
  encadre.setAttribute('aria-labelledby', 'demarches-suite-titre');
  const titre = document.createElement('h2');
  titre.id = 'demarches-suite-titre';
  titre.textContent = notification ? notification.titre : 'Votre démarche est enregistrée';
  const texte = document.createElement('p');
  texte.textContent = notification ? notification.texte : 'Votre dossier porte la référence ' + reference + '.';
  const lien = document.createElement('a');
  lien.href = (reference.startsWith('MS-') ? '/espace/messagerie/' : '/espace/demarches/') + encodeURIComponent(reference);
  lien.textContent = 'Suivre le dossier ' + reference + ' dans Mon espace';
  const fermer = document.createElement('button');
  fermer.type = 'button';
  fermer.className = 'btn btn-link demarches-suite-fermer';
  fermer.textContent = 'Fermer';
  fermer.addEventListener('click', () => encadre.remove());
  encadre.append(titre, texte, lien, fermer);
  document.body.appendChild(encadre);
}

function premiereTache(dossier, essai, reference) {
  personneConnectee()
    .then((personne) => fetch(base.getAttribute('engine-api') + MOTEUR_CHEMIN + 'task?processInstanceId=' + encodeURIComponent(dossier)
      + '&assignee=' + encodeURIComponent(personne.id), { credentials: 'same-origin', headers: { Accept: 'application/json' } }))
    .then((reponse) => (reponse.ok ? reponse.json() : []))
    .then((taches) => {
      if (taches.length) {
        const [chemin, requete] = (window.location.hash || '#/').split('?');
        const parametres = new URLSearchParams(requete || '');
        parametres.set('task', taches[0].id);
        parametres.delete('detailsTab');
        window.location.hash = (chemin && chemin !== '#' ? chemin : '#/') + '?' + parametres.toString();
      } else if (essai < 3) {
        // A first step prepared by the engine in the background: asked again shortly.
        setTimeout(() => premiereTache(dossier, essai + 1, reference), 700);
      } else if (document.body.classList.contains('demarches-assure')) {
        // Nothing more for her to do (a message sent): what happened, and where to follow it.
        direCeQuiSEstPasse(reference, new Date(Date.now() - 5000), 0);
      }
    })
    .catch(() => {});
}

/**
 * Cockpit as its readers see it. Analysts and supervisors only read there: the buttons the
 * server would refuse them (suspend, cancel, add or change a variable, retry, priorities,
 * reassign) are hidden, and so is Camunda's banner about its versions (for the operators, in
 * Admin and for administrators). Analysts also see no variable of a dossier (they hold personal
 * data) and no "Tâches humaines" dashboard (tasks are people's work). Whoever it is, an error of
 * the engine is said in French instead of its English text, and an empty value is a dash, not
 * "null". Who is logged in comes from the webapp's own session (its applications: Admin for
 * administrators, Tasklist for supervisors, Cockpit alone for analysts); until it is known, the
 * page shows the least. Checked once a second: no observer that would run at every change.
 */
const SANS_DROIT = /does not have|not authorized|ENGINE-\d+|Error:|Exception/i;

function cockpitSelonLeProfil() {
  document.body.classList.add('demarches-lecture-seule', 'demarches-analyste');
  let pour = null;
  setInterval(() => {
    const compte = document.querySelector('[cam-widget-header] .account');
    const nom = compte ? compte.textContent.trim() : '';
    if (nom && nom !== pour) {
      pour = nom;
      fetch(base.getAttribute('admin-api') + 'auth/user/' + encodeURIComponent(MOTEUR_NOM), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then((reponse) => (reponse.ok ? reponse.json() : { authorizedApps: [] }))
        .then((utilisateur) => {
          const applications = utilisateur.authorizedApps || [];
          const administrateur = applications.includes('admin');
          document.body.classList.toggle('demarches-lecture-seule', !administrateur);
          document.body.classList.toggle('demarches-analyste', !administrateur && !applications.includes('tasklist'));
        })
        .catch(() => {});
    }
    document.querySelectorAll('[cam-widget-variables-table]').forEach((table) => {
      if (!table.previousElementSibling || !table.previousElementSibling.classList.contains('demarches-variables-masquees')) {
        const note = document.createElement('p');
        note.className = 'demarches-variables-masquees';
        note.textContent = 'Les variables des dossiers ne sont pas montrées aux analystes : elles contiennent des données personnelles. '
          + 'Les durées et les chemins des dossiers sont dans l’onglet « Analyses » du processus.';
        table.parentNode.insertBefore(note, table);
      }
    });
    document.querySelectorAll('.ctn-sidebar dd, .ctn-sidebar dd span, .cam-table td').forEach((valeur) => {
      if (valeur.children.length === 0 && valeur.textContent.trim() === 'null') {
        valeur.textContent = '—';
        valeur.setAttribute('title', 'Non renseigné');
      }
    });
    document.querySelectorAll('.notifications .alert').forEach((alerte) => {
      const message = alerte.querySelector('.message');
      if (message && SANS_DROIT.test(message.textContent)) {
        const titre = alerte.querySelector('.status');
        if (titre) {
          titre.textContent = 'Information non disponible';
        }
        message.textContent = 'Votre profil ne permet pas de consulter cette information.';
      }
    });
  }, 1000);
}

if (application === 'cockpit') {
  cockpitSelonLeProfil();
}

if (application === 'tasklist') {
  document.body.classList.add('demarches-sans-creation-tache');
  masquerCreationDeTacheSiRefusee();
  expliquerTacheDisparue();
  outilsSelonLaPersonne();
  suivreLesEnvois();
  revenirDeMonEspace();
  nommerLesOutilsDeTasklist();
  if (!anglais) {
    franciserErreursDeFormulaire();
    franciserTextesDuFormulaire();
  }
}

export default {
  id: 'demarches-cpam.aide-connexion',
  pluginPoint: application + '.login',
  priority: 10,
  render: (noeud) => {
    const aide = document.createElement('div');
    aide.className = 'demarches-aide-connexion';
    for (const texte of [AIDE.assure, AIDE.agent, AIDE.bloque]) {
      const p = document.createElement('p');
      p.textContent = texte;
      aide.appendChild(p);
    }
    if (application === 'tasklist') {
      // Citizens who forgot their code get a new one by e-mail (/connexion/code-oublie); those who
      // have no account yet create it (/connexion/creer-compte).
      const racine = base.getAttribute('href').replace(/\/camunda\/app\/.*$/, '');
      for (const [classe, chemin, francais, english] of [
        ['demarches-code-oublie', '/connexion/code-oublie', 'Code oublié ? Recevoir un nouveau code', 'Forgot your code? (“Code oublié”)'],
        ['demarches-creer-compte', '/connexion/creer-compte', 'Pas encore de compte ? Créer un compte', 'No account yet? (“Créer un compte”)']
      ]) {
        const p = document.createElement('p');
        const lien = document.createElement('a');
        lien.className = classe;
        lien.href = racine + chemin;
        lien.textContent = anglais ? english : francais;
        p.appendChild(lien);
        aide.appendChild(p);
      }
    }
    noeud.appendChild(aide);
  }
};
