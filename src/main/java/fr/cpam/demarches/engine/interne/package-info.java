/**
 * The door to the engine's internals: the only package of the application that uses Camunda's
 * internal packages (its {@code impl} packages, the shaded Scala and Gson libraries); {@code
 * ModulesTest} fails on any other. Camunda 7 community had its last release: the day the
 * application moves to a maintained fork of the same engine, this package is the one to check
 * (docs/decisions/0080-une-porte-vers-les-internes-du-moteur.md). The rest of the application talks
 * to it through small interfaces of the {@code engine} package ({@code CommandeMoteur}, {@code
 * FiltresDuMoteur}, {@code JournalDesOperations}, {@code AjoutAuxProcessus}, {@code ObservateurMoteur}) or the engine's public API.
 *
 * <h2>Patches: what Camunda does differently here, each with its switch</h2>
 *
 * <p>{@code demarches.moteur.correctifs.actif=false} turns them all off; {@code
 * demarches.moteur.<name>.actif=false} one of them ({@link Correctifs}). All off, the engine runs
 * as Camunda ships it and the whole suite passes ({@code mvn -B verify -Pmoteur-nu}). Each has a
 * comparison test that gets the same answers from the plain engine.
 *
 * <table>
 *   <caption>Patches</caption>
 *   <tr><th>Switch</th><th>Class</th><th>Replaces</th><th>Why, figure (record)</th><th>Compared by</th></tr>
 *   <tr><td>{@code groupes-autorises}</td><td>{@link GroupesAutorisesPlugin}</td>
 *       <td>{@code AuthorizationManager.filterAuthenticatedGroupIds}</td>
 *       <td>one {@code select distinct GROUP_ID_} over the whole authorization table per command:
 *       194-248 ms at 100 000 tasks (0013)</td><td>{@code GroupesAutorisesComparaisonIntTest}</td></tr>
 *   <tr><td>{@code requetes-tasklist}</td><td>{@link TachesTasklistManager}</td>
 *       <td>the engine's {@code TaskManager} for Tasklist's three everyday queries</td>
 *       <td>the authorization join that cannot be hashed: minutes at 100 000 tasks; "En retard"
 *       0.69 → 2.35 × the plain engine (0015, 0016)</td><td>{@code TachesTasklistManagerIntTest},
 *       {@code TachesTasklistManagerPostgresIntTest}</td></tr>
 *   <tr><td>{@code compteur-taches}</td><td>{@link CompteurTachesGroupes}</td>
 *       <td>the engine's {@code DbEntityManager} (a subclass that keeps a counter per set of groups)</td>
 *       <td>no count of rows stays under 20 ms at 20 000 tasks per group: "Tâches de mon service"
 *       13 × the plain engine (0017)</td><td>{@code CompteurTachesGroupesIntTest},
 *       {@code CompteurTachesGroupesPostgresIntTest}</td></tr>
 *   <tr><td>{@code historique-allege}</td><td>{@link HistoriqueAllegePlugin}</td>
 *       <td>the engine's {@code DbHistoryEventHandler}</td>
 *       <td>no {@code ACT_HI_DETAIL} rows nor exclusive gateway rows: −29 statements per carte
 *       Vitale declaration (0022)</td><td>{@code HistoriqueAllegeComparaisonIntTest}</td></tr>
 *   <tr><td>{@code feel-analyses-gardees}</td><td>{@link FeelAnalysesGardeesPlugin}</td>
 *       <td>the DMN engine's FEEL engine factory</td>
 *       <td>each expression parsed once: parsing was 10-17 % of the payment run's CPU (0025)</td>
 *       <td>{@code FeelAnalysesGardeesIntTest}</td></tr>
 *   <tr><td>{@code autorisations-sans-journal}</td><td>{@link AutorisationDemandeurPlugin}</td>
 *       <td>the user operation log of the starter's two read grants</td>
 *       <td>−13 to −14 statements per citizen start (0030)</td>
 *       <td>{@code AutorisationsSansJournalComparaisonIntTest}</td></tr>
 * </table>
 *
 * <h2>Uses of internals that are not patches (no switch: the application needs them)</h2>
 *
 * <ul>
 *   <li>{@link AutorisationDemandeurPlugin}: the starter of a dossier is its initiator and may read
 *       it (a parse listener on every process; 0003).
 *   <li>{@link ControleSaisiesPlugin}, {@link SaisiesDeclarees}: what a person may submit, per start
 *       and per task (a command interceptor and the engine's authorization checker; 0040).
 *   <li>{@link ReferenceDesTachesPlugin}: the dossier reference copied onto each user task.
 *   <li>{@link AjoutsAuxProcessusPlugin}: the listeners other modules add to processes ({@code
 *       delais}).
 *   <li>{@link ExploitationMoteurPlugin}: the replay of conflicting commands (0007) and the report of
 *       jobs and incidents to the metrics ({@link CompteursMoteur}).
 *   <li>{@link CommandeMoteurInterne}, {@link FiltresDuMoteurInterne}: the running command's user,
 *       work without authorization checks, a process's start from the command's cache, the stored
 *       form of a Tasklist filter.
 *   <li>{@link RefusDeFormulaire}: the engine's form validation exception, the only one its REST API
 *       answers with 400.
 *   <li>{@link HorlogeDuMoteur}: the application's {@code Clock} bean reads the engine's clock, which tests move.
 *   <li>{@link BeansDesModelesPlugin}: the engine's expressions resolve only the beans listed for
 *       the models ({@code @BeanDeProcessus}; 0087).
 *   <li>{@link LocatairesPlugin}: the engine's tenant id provider puts a training learner's dossiers
 *       in the learner's tenant (0071).
 *   <li>{@link JournalDesOperationsInterne}: the operation log entries of a training session's
 *       deleted dossiers, by SQL on {@code ACT_HI_OP_LOG} (the public API logs each deletion it
 *       makes; 0098).
 * </ul>
 */
package fr.cpam.demarches.engine.interne;
