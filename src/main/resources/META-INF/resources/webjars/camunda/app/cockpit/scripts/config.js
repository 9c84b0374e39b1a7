/*
 * Démarches CPAM: cockpit in French (English stays available for English browsers), branded,
 * without Camunda's first-visit box, with the plugin "Analyses" on the process definition page
 * (scripts/analyses.js). Replaces the webjar's config.js.
 */
export default {
  app: {
    vendor: 'Démarches CPAM –',
    name: 'Cockpit'
  },
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'fr'
  },
  customScripts: ['../demarches-cpam/demarches-cpam', 'scripts/analyses'],
  disableWelcomeMessage: true
};
