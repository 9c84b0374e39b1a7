/*
 * Démarches CPAM, loaded by Tasklist, Cockpit, Admin and the welcome page (their config.js).
 *
 * - Says in <html lang> which language the page speaks, as the webapps choose it (the browser's
 *   first language when it is English, French otherwise), so screen readers read French as French.
 * - Adds to the login page what to type: citizens and agents share the same form.
 * - Hides Tasklist's "Créer une tâche" from those the engine would refuse it to (citizens, agents):
 *   the button is always shown by Camunda and fails only once the form is filled.
 */
const anglais = ((navigator.languages && navigator.languages[0]) || navigator.language || '')
  .toLowerCase()
  .startsWith('en');

document.documentElement.lang = anglais ? 'en' : 'fr';

const AIDE = anglais
  ? {
      assure: 'Insured person: your social security number (13 digits, without the 2-digit key) and your 4-digit personal code.',
      agent: 'CPAM staff: your login and your password.',
      bloque: 'After 5 wrong codes your account is locked: ask for a new code (“Code oublié”) or call your CPAM on 3646.'
    }
  : {
      assure: 'Assuré(e) : votre numéro de sécurité sociale (13 chiffres, sans la clé de 2 chiffres) et votre code personnel à 4 chiffres.',
      agent: 'Agent de la CPAM : votre identifiant et votre mot de passe.',
      bloque: 'Après 5 codes erronés, votre compte est bloqué : demandez un nouveau code (« Code oublié ») ou appelez votre CPAM au 3646.'
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

if (application === 'tasklist') {
  document.body.classList.add('demarches-sans-creation-tache');
  masquerCreationDeTacheSiRefusee();
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
    noeud.appendChild(aide);
  }
};
