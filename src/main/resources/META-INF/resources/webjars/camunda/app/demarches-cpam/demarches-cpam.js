/*
 * Démarches CPAM, loaded by Tasklist, Cockpit, Admin and the welcome page (their config.js).
 *
 * - Says in <html lang> which language the page speaks, as the webapps choose it (the browser's
 *   first language when it is English, French otherwise), so screen readers read French as French.
 * - Adds to the login page what to type: citizens and agents share the same form.
 * - Hides Tasklist's "Créer une tâche" from those the engine would refuse it to (citizens, agents):
 *   the button is always shown by Camunda and fails only once the form is filled.
 * - Says in words what happened when a task no longer exists, instead of the engine's message.
 * - Says in French the checks and the empty lists of choices that Camunda Forms write in English.
 * - In Cockpit, shows readers (analysts, supervisors) what they may use, and analysts no personal data.
 */
const anglais = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .toLowerCase()
  .startsWith('en');

document.documentElement.lang = anglais ? 'en' : 'fr';

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
    fetch(base.getAttribute('engine-api') + 'engine/default/authorization/check?permissionName=CREATE&resourceName=task&resourceType=7',
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

/**
 * An empty list of choices of a Camunda Form says "Select" in English only: it says "Choisir…".
 * The text node itself is changed (never replaced): the form keeps drawing into it.
 */
function franciserListesDeChoix() {
  document.querySelectorAll('.fjs-select-display.fjs-select-placeholder').forEach((vide) => {
    vide.childNodes.forEach((noeud) => {
      if (noeud.nodeType === Node.TEXT_NODE && noeud.nodeValue.trim() === 'Select') {
        noeud.nodeValue = 'Choisir…';
      }
    });
  });
}

function franciserErreursDeFormulaire() {
  new MutationObserver(() => {
    franciserListesDeChoix();
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
      fetch(base.getAttribute('admin-api') + 'auth/user/default', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
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
  if (!anglais) {
    franciserErreursDeFormulaire();
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
      // Citizens who forgot their code get a new one by e-mail (/connexion/code-oublie).
      const p = document.createElement('p');
      const lien = document.createElement('a');
      lien.className = 'demarches-code-oublie';
      lien.href = base.getAttribute('href').replace(/\/camunda\/app\/.*$/, '') + '/connexion/code-oublie';
      lien.textContent = anglais ? 'Forgot your code? (“Code oublié”)' : 'Code oublié ? Recevoir un nouveau code';
      p.appendChild(lien);
      aide.appendChild(p);
    }
    noeud.appendChild(aide);
  }
};
