/*
 * Démarches CPAM: admin in French (English stays available for English browsers), branded,
 * without Camunda's first-visit box. Replaces the webjar's config.js.
 */
export default {
  app: {
    vendor: 'Démarches CPAM –',
    name: 'Administration'
  },
  locales: {
    availableLocales: ['fr', 'en'],
    fallbackLocale: 'fr'
  },
  customScripts: ['../demarches-cpam/demarches-cpam'],
  disableWelcomeMessage: true
};
