package fr.cpam.demarches.navigateur;

import fr.cpam.demarches.Http;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * A real browser on the application under test: Debian's Chromium, headless, driven through
 * chromedriver, a new empty profile for each test. Never downloads a browser or a driver.
 *
 * <p>Use it in a {@code @TestIntegration} class:
 *
 * <pre>{@code
 * @RegisterExtension final Navigateur navigateur = new Navigateur();
 *
 * navigateur.connecterTasklist(Http.CLAIRE, Http.CLAIRE_CODE);
 * assertThat(navigateur.filtres()).containsExactly("Mes tâches");
 * }</pre>
 *
 * When Chromium or chromedriver is missing, the test is skipped with the reason, or fails when
 * the environment variable {@code CI} is {@code true} (CI must run the browser tests). After a
 * failed test the page is saved to {@code target/captures/} with the name of the test.
 */
public class Navigateur implements BeforeEachCallback, AfterEachCallback {

  /** Paths of Debian's packages {@code chromium} and {@code chromium-driver}; overridable by environment. */
  static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
  static final Path CAPTURES = Path.of("target", "captures");
  private static final Duration ATTENTE = Duration.ofSeconds(30);

  /**
   * Selenium warns at each start that it has no DevTools module for this Chromium: these tests
   * do not use DevTools. Kept in a field so that the loggers keep their level.
   */
  private static final List<java.util.logging.Logger> SANS_AVERTISSEMENT_CDP =
      Stream.of("org.openqa.selenium.devtools.CdpVersionFinder", "org.openqa.selenium.chromium.ChromiumDriver")
          .map(java.util.logging.Logger::getLogger)
          .peek(l -> l.setLevel(java.util.logging.Level.SEVERE))
          .toList();

  private final String langue;
  private Http http;
  private String moteur = "default";
  private ChromeDriver driver;
  private ChromeDriverService service;
  private Path profil;
  private String nomDuTest;

  /** A French-speaking browser, like most of the CPAM's users. */
  public Navigateur() {
    this("fr-FR");
  }

  /** A browser whose first language is {@code langue} ({@code en-US}, {@code de-DE}...). */
  public Navigateur(String langue) {
    this.langue = langue;
  }

  @Override
  public void beforeEach(ExtensionContext contexte) throws IOException {
    verifierPresence();
    var application = SpringExtension.getApplicationContext(contexte);
    http = application.getBean(Http.class);
    // The webapps' addresses name the engine: the server's own (a training server's may be another).
    moteur = application.getEnvironment().getProperty("camunda.bpm.process-engine-name", "default");
    nomDuTest = contexte.getRequiredTestClass().getSimpleName() + "-" + contexte.getRequiredTestMethod().getName();
    profil = Files.createTempDirectory("chromium-profil-");
    service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort()
            .withEnvironment(Map.of("TZ", "Europe/Paris"))
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--user-data-dir=" + profil,
        "--window-size=1366,900",
        "--lang=" + langue);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", langue));
    driver = new ChromeDriver(service, options);
    // Headless Chromium formats dates in American English whatever its language: the page's own
    // locale is set too, so that Camunda Forms write and read dates as a French reader does (dd/mm/yyyy).
    driver.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", langue));
  }

  @Override
  public void afterEach(ExtensionContext contexte) throws IOException {
    try {
      if (driver != null && contexte.getExecutionException().isPresent()) {
        capture(nomDuTest + "-echec");
      }
    } finally {
      if (driver != null) {
        driver.quit();
      }
      if (service != null) {
        service.stop();
      }
      supprimer(profil);
    }
  }

  private static void verifierPresence() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    String raison =
        "Test dans un navigateur impossible : " + CHROMIUM + " ou " + CHROMEDRIVER + " est absent."
            + " Installez les paquets Debian chromium et chromium-driver (.ci/run le fait).";
    if ("true".equals(System.getenv("CI"))) {
      Assertions.assertTrue(present, raison);
    }
    Assumptions.assumeTrue(present, raison);
  }

  // ---- Pages ---------------------------------------------------------------------------------

  /** The name of the server's engine, as the webapps' addresses write it ({@code /camunda/app/tasklist/<moteur>/}). */
  public String moteur() {
    return moteur;
  }

  /** Opens a path of the application ({@code /camunda/app/tasklist/}). */
  public Navigateur ouvrir(String chemin) {
    driver.get(http.url(chemin));
    return this;
  }

  /**
   * Fills and sends the login form of a webapp ({@code tasklist}, {@code cockpit}, {@code admin},
   * {@code welcome}) and returns without waiting for the outcome: see {@link #messageDeConnexion()}.
   */
  public Navigateur saisirConnexion(String application, String identifiant, String code) {
    driver.get("about:blank"); // a fresh page: no message left from a previous try
    ouvrir("/camunda/app/" + application + "/" + moteur + "/#/login");
    WebElement formulaire = attendre(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
    WebElement champIdentifiant = formulaire.findElement(By.cssSelector("input[type='text']"));
    champIdentifiant.clear();
    champIdentifiant.sendKeys(identifiant);
    WebElement champCode = formulaire.findElement(By.cssSelector("input[type='password']"));
    champCode.clear();
    champCode.sendKeys(code);
    formulaire.findElement(By.cssSelector("button[type='submit']")).click();
    return this;
  }

  /** Logs in to a webapp and waits until its home page shows, past the login form. */
  public Navigateur connecter(String application, String identifiant, String code) {
    saisirConnexion(application, identifiant, code);
    attendre(d -> !d.findElements(By.cssSelector("[cam-widget-header] .navbar-brand.app-banner")).isEmpty()
        || messageAffiche() != null);
    String refus = messageAffiche();
    if (refus != null) {
      throw new AssertionError("Connexion de " + identifiant + " à " + application + " refusée : " + refus);
    }
    return this;
  }

  /** Logs in to Tasklist and waits for its filters. */
  public Navigateur connecterTasklist(String identifiant, String code) {
    connecter("tasklist", identifiant, code);
    attendre(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-filters .task-filter")));
    return this;
  }

  /** The message the login page shows after a refused login (waits for it). */
  public String messageDeConnexion() {
    return attendre(d -> messageAffiche());
  }

  private String messageAffiche() {
    List<WebElement> alertes = driver.findElements(By.cssSelector(".notifications .alert-danger .message"));
    return alertes.isEmpty() ? null : alertes.get(0).getText();
  }

  /** Logs out through the user menu and waits for the login form. */
  public Navigateur deconnecter() {
    driver.findElement(By.cssSelector("[cam-widget-header] .account")).click();
    attendre(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-widget-header] .account .dropdown-menu a[ng-click='logout()']")))
        .click();
    attendre(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name='signinForm']")));
    return this;
  }

  // ---- Tasklist ------------------------------------------------------------------------------

  /** Names of the Tasklist filters the person sees, in their order. */
  public List<String> filtres() {
    attendreFinDeChargement();
    @SuppressWarnings("unchecked")
    List<String> noms = (List<String>) ((JavascriptExecutor) driver).executeScript(
        "return [...document.querySelectorAll('.task-filters .task-filter h4.name a')]"
            + ".map(a => a.firstChild.textContent.trim());");
    return noms;
  }

  /** Selects a Tasklist filter by its name and waits for its list of tasks. */
  public Navigateur choisirFiltre(String nom) {
    WebElement filtre =
        premier(driver, By.cssSelector(".task-filters .task-filter"), f -> f.getText().strip().startsWith(nom));
    filtre.findElement(By.cssSelector("h4.name a")).click();
    attendreFinDeChargement();
    return this;
  }

  /** Names of the tasks listed under the selected filter. */
  public List<String> taches() {
    attendreFinDeChargement();
    return textes(By.cssSelector(".tasks-list li.task h4.task"));
  }

  /** Opens a task of the list by its name and waits for its form. */
  public Navigateur ouvrirTache(String nom) {
    // Tasklist redraws its list when a task appears: find and click in one go, again if stale.
    attendre(d -> {
      WebElement tache =
          d.findElements(By.cssSelector(".tasks-list .task")).stream().filter(t -> t.getText().contains(nom)).findFirst().orElse(null);
      if (tache == null) {
        return null;
      }
      tache.findElement(By.cssSelector("h4.task a")).click();
      return Boolean.TRUE;
    });
    attendre(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".task-details .fjs-form, .task-details form[name]")));
    return this;
  }

  /**
   * Chooses a procedure in Tasklist's "Démarrer une démarche" window, by the name its model gives
   * it. The window then shows the start form, if the procedure has one: fill it, then {@link #commencer()}.
   */
  public Navigateur demarrerDemarche(String nom) {
    attendre(ExpectedConditions.elementToBeClickable(By.cssSelector("[cam-widget-header] .start-process-action a"))).click();
    WebElement recherche = attendre(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-dialog input[type='text']")));
    recherche.sendKeys(nom);
    premier(driver, By.cssSelector(".modal-dialog ul.processes a"), a -> a.getText().strip().equals(nom))
        .click();
    attendre(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-dialog [cam-tasklist-form]")));
    return this;
  }

  /** Clicks "Commencer" in the "Démarrer une démarche" window and waits until it closes. */
  public Navigateur commencer() {
    cliquer("Commencer");
    attendre(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
    return this;
  }

  /** The form field whose label is {@code libelle} (Camunda Forms and generated forms). */
  public WebElement champ(String libelle) {
    return attendre(d -> {
      for (WebElement label : d.findElements(By.tagName("label"))) {
        if (label.isDisplayed() && sansMarqueObligatoire(label.getText()).equals(libelle)) {
          String cible = label.getAttribute("for");
          if (cible != null && !cible.isBlank()) {
            return d.findElement(By.id(cible));
          }
          List<WebElement> dedans = label.findElements(By.cssSelector("input, select, textarea"));
          if (!dedans.isEmpty()) {
            return dedans.get(0);
          }
        }
      }
      return null;
    });
  }

  /** Types a value into the field labelled {@code libelle}. */
  public Navigateur remplir(String libelle, String valeur) {
    WebElement champ = champ(libelle);
    // Erase as a person would, with the keyboard: Selenium's clear() empties the input without the
    // input event form-js listens to, so the form keeps (and sends) the old value, and draws it
    // again at its next update; erasing a field ("") would then change nothing.
    champ.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.BACK_SPACE);
    if (!valeur.isEmpty()) {
      champ.sendKeys(valeur);
    }
    return this;
  }

  /** Chooses {@code option} in the list or among the radio buttons labelled {@code libelle}. */
  public Navigateur choisir(String libelle, String option) {
    WebElement champ = champDuFormulaire(libelle);
    List<WebElement> liste = champ.findElements(By.cssSelector(".fjs-select-display, .fjs-input-group"));
    if (!liste.isEmpty()) {
      // A list low in a long form may lie under the page's footer: brought to the middle first.
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", liste.get(0));
      liste.get(0).click();
      premier(champ, By.cssSelector(".fjs-dropdownlist-item"), e -> e.getText().strip().equals(option))
          .click();
      return this;
    }
    WebElement choix = premier(champ, By.tagName("label"), l -> l.getText().strip().equals(option));
    fermerNotifications();
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", choix);
    choix.click();
    return this;
  }

  /**
   * Chooses the first option that starts with {@code debut}: in a searchable list by typing it
   * into the emptied field (the list shows only what matches the current choice), otherwise by
   * opening the list.
   */
  public Navigateur choisirEnTapant(String libelle, String debut) {
    WebElement champ = champDuFormulaire(libelle);
    java.util.Optional<WebElement> saisie = champ.findElements(By.cssSelector("input")).stream().filter(WebElement::isDisplayed).findFirst();
    if (saisie.isPresent()) {
      saisie.get().click();
      saisie.get().sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), org.openqa.selenium.Keys.BACK_SPACE);
      saisie.get().sendKeys(debut);
    } else {
      champ.findElement(By.cssSelector(".fjs-select-display, .fjs-input-group")).click();
    }
    premier(champ, By.cssSelector(".fjs-dropdownlist-item"), e -> e.getText().strip().startsWith(debut)).click();
    return this;
  }

  /** The options a list of a Camunda Form offers (opens it, reads them, closes it). */
  public List<String> options(String libelle) {
    WebElement champ = champDuFormulaire(libelle);
    champ.findElement(By.cssSelector(".fjs-select-display, .fjs-input-group")).click();
    List<String> options = attendre(d -> {
      List<String> textes = champ.findElements(By.cssSelector(".fjs-dropdownlist-item")).stream()
          .map(WebElement::getText).map(String::strip).filter(t -> !t.isEmpty()).toList();
      return textes.isEmpty() ? null : textes;
    });
    // Closes the list as a person would: by choosing again what was chosen (or the first).
    List<WebElement> saisie = champ.findElements(By.cssSelector("input"));
    String choisi = saisie.isEmpty() ? "" : String.valueOf(saisie.get(0).getDomProperty("value")).strip();
    List<WebElement> items = champ.findElements(By.cssSelector(".fjs-dropdownlist-item"));
    items.stream().filter(i -> i.getText().strip().equals(choisi)).findFirst().orElse(items.get(0)).click();
    attendre(d -> champ.findElements(By.cssSelector(".fjs-dropdownlist-item")).isEmpty());
    return options;
  }

  /** Ticks the checkbox labelled {@code libelle} (once: ticking twice would untick it). */
  public Navigateur cocher(String libelle) {
    WebElement caseACocher = champDuFormulaire(libelle).findElement(By.cssSelector("input[type='checkbox']"));
    if (!caseACocher.isSelected()) {
      // A list chosen just before may still be open over the box, or a notice: close them as a person would.
      fermerNotifications();
      ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", caseACocher);
      try {
        caseACocher.click();
      } catch (org.openqa.selenium.ElementClickInterceptedException recouverte) {
        caseACocher.sendKeys(org.openqa.selenium.Keys.ESCAPE);
        attendre(d -> {
          try {
            caseACocher.click();
            return true;
          } catch (org.openqa.selenium.ElementClickInterceptedException encore) {
            return null;
          }
        });
      }
    }
    return this;
  }

  /** What the field labelled {@code libelle} shows: its label, its value or chosen option, its error. */
  public String texteDuChamp(String libelle) {
    return champDuFormulaire(libelle).getText();
  }

  /** The value of the text field labelled {@code libelle}, as the form shows it. */
  public String valeur(String libelle) {
    return champ(libelle).getDomProperty("value");
  }

  /** The messages the form shows under its fields (what the browser checked before sending). */
  public List<String> erreursDuFormulaire() {
    return textes(By.cssSelector(".fjs-form-field-error"));
  }

  /**
   * Clicks "Valider" and waits for the refusal the page then shows (the form's own checks under
   * the fields, or the server's message in the notification area); the task stays open.
   */
  public List<String> validerSansSucces() {
    return cliquerSansSucces("Valider");
  }

  /** Like {@link #validerSansSucces()} for the start form's "Commencer": the window stays open. */
  public List<String> commencerSansSucces() {
    return cliquerSansSucces("Commencer");
  }

  private List<String> cliquerSansSucces(String bouton) {
    cliquer(bouton);
    return attendre(d -> {
      List<String> erreurs = new java.util.ArrayList<>(erreursDuFormulaire());
      erreurs.addAll(textes(By.cssSelector(".notifications .alert-danger, .notifications .alert-error")));
      return erreurs.isEmpty() ? null : erreurs;
    });
  }

  /** Claims the open task ("Prendre en charge") and waits until Tasklist shows it as taken. */
  public Navigateur prendreEnCharge() {
    WebElement lien = attendre(ExpectedConditions.elementToBeClickable(
        By.xpath("//*[self::a or self::button][normalize-space()='Prendre en charge']")));
    lien.click();
    attendre(ExpectedConditions.invisibilityOfElementLocated(
        By.xpath("//*[self::a or self::button][normalize-space()='Prendre en charge']")));
    return this;
  }

  /** Completes the open task with Tasklist's "Valider" button and waits until the form is gone. */
  public Navigateur valider() {
    cliquer("Valider");
    attendre(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-details .fjs-form")));
    return this;
  }

  /** The field of a Camunda Form (form-js) whose label is {@code libelle}, required mark aside. */
  private WebElement champDuFormulaire(String libelle) {
    return premier(
        driver,
        By.cssSelector(".fjs-form-field"),
        f -> f.findElements(By.cssSelector(".fjs-form-field-label")).stream()
            .anyMatch(l -> sansMarqueObligatoire(l.getText()).equals(libelle)));
  }

  private static String sansMarqueObligatoire(String libelle) {
    return libelle.strip().replaceAll("\\s*\\*$", "");
  }

  /** Clicks the visible button whose text is {@code texte} ("Valider", "Commencer", "Enregistrer"). */
  public Navigateur cliquer(String texte) {
    WebElement bouton =
        premier(
            driver,
            By.cssSelector("button, a.btn, input[type='submit']"),
            b -> b.isDisplayed() && b.isEnabled() && texte.equals(b.getText().strip()));
    fermerNotifications(); // they float over the bottom of the page, on the form's buttons
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", bouton);
    bouton.click();
    return this;
  }

  /** Closes the messages Tasklist shows at the bottom of the page. */
  public Navigateur fermerNotifications() {
    ((JavascriptExecutor) driver).executeScript(
        "document.querySelectorAll('.page-notifications .alert button.close').forEach(b => b.click());");
    return this;
  }

  /** The messages Tasklist shows in its notification area (successes and errors). */
  public List<String> notifications() {
    return textes(By.cssSelector(".notifications .alert"));
  }

  // ---- Mon espace ----------------------------------------------------------------------------

  /** Widths at which every page of Mon espace is checked: a desktop and the narrowest phone. */
  public static final List<Integer> LARGEURS = List.of(1280, 320);

  /**
   * Logs in on the shared login page ({@code /espace/connexion}) and waits for the page it leads
   * to: Mon espace for a citizen, Tasklist for an agent.
   */
  public Navigateur connecterEspace(String identifiant, String code) {
    ouvrir("/espace/connexion");
    WebElement champ = attendre(ExpectedConditions.visibilityOfElementLocated(By.id("identifiant")));
    champ.clear();
    champ.sendKeys(identifiant);
    driver.findElement(By.id("code")).sendKeys(code);
    driver.findElement(By.cssSelector("main form button[type='submit']")).click();
    attendre(d -> !d.getCurrentUrl().contains("/espace/connexion") || !d.findElements(By.cssSelector(".resume-erreurs")).isEmpty());
    return this;
  }

  /**
   * Types a date into a date field of our pages ({@code <input type="date">}, found by its id) as
   * a user does, in the order the field shows: day, month, year for a French browser; the headless
   * Chromium of the tests may show the month first, whatever its language. Checks the field holds it.
   */
  public Navigateur saisirDate(String id, java.time.LocalDate date) {
    WebElement champ = driver.findElement(By.id(id));
    for (String ordre : List.of("ddMMyyyy", "MMddyyyy")) {
      champ.clear();
      champ.sendKeys(date.format(java.time.format.DateTimeFormatter.ofPattern(ordre)));
      if (date.toString().equals(champ.getAttribute("value"))) {
        return this;
      }
    }
    throw new AssertionError("Le champ " + id + " n'a pas pris la date " + date + " : " + champ.getAttribute("value"));
  }

  /** Follows a link of the page by its text (menu, button-like links) and waits for the next page. */
  public Navigateur suivreLien(String texte) {
    WebElement lien = premier(driver, By.linkText(texte), WebElement::isDisplayed);
    lien.click();
    attendre(d -> ((JavascriptExecutor) d).executeScript("return document.readyState === 'complete'"));
    return this;
  }

  /**
   * Checks the page with axe-core at each width of {@link #LARGEURS}, keeps a capture of each
   * ({@code target/captures/<nom>-<largeur>.png}), and fails on any violation of impact serious
   * or critical, with the rule and the elements.
   */
  public Navigateur verifierAccessibilite(String nom) {
    org.openqa.selenium.Dimension avant = driver.manage().window().getSize();
    try {
      for (int largeur : LARGEURS) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(largeur, 900));
        capture(nom + "-" + largeur);
        com.deque.html.axecore.results.Results resultats = new com.deque.html.axecore.selenium.AxeBuilder().analyze(driver);
        List<String> graves = resultats.getViolations().stream()
            .filter(r -> "serious".equals(r.getImpact()) || "critical".equals(r.getImpact()))
            .map(r -> r.getImpact() + " " + r.getId() + " : " + r.getHelp() + " "
                + r.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList())
            .toList();
        Assertions.assertTrue(graves.isEmpty(), nom + " à " + largeur + " px : " + graves);
      }
    } finally {
      driver.manage().window().setSize(avant);
    }
    return this;
  }

  // ---- General -------------------------------------------------------------------------------

  /** All the text the page shows. */
  public String texte() {
    return driver.findElement(By.tagName("body")).getText();
  }

  /** The language the page declares ({@code <html lang>}). */
  public String langueDeLaPage() {
    return driver.findElement(By.tagName("html")).getAttribute("lang");
  }

  /** The title of the browser tab. */
  public String titre() {
    return driver.getTitle();
  }

  /** The address shown by the browser. */
  public String adresse() {
    return driver.getCurrentUrl();
  }

  /** Waits until the page shows {@code texte} somewhere. */
  public Navigateur attendreTexte(String texte) {
    attendre(d -> {
      try {
        return texte().contains(texte) ? Boolean.TRUE : null;
      } catch (org.openqa.selenium.WebDriverException e) {
        // The page was replaced between finding its body and reading it (Chromium: "Node with given
        // id does not belong to the document"): not there yet, read the new page on the next try.
        if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
          return null;
        }
        throw e;
      }
    });
    return this;
  }

  /** Saves a picture of the page as {@code target/captures/<nom>.png} and returns its path. */
  public Path capture(String nom) {
    try {
      Files.createDirectories(CAPTURES);
      Path fichier = CAPTURES.resolve(nom + ".png");
      Files.move(driver.getScreenshotAs(OutputType.FILE).toPath(), fichier, StandardCopyOption.REPLACE_EXISTING);
      return fichier;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits, at most 30 seconds, until the condition gives something other than null or false. */
  public <T> T attendre(Function<WebDriver, T> condition) {
    try {
      return new WebDriverWait(driver, ATTENTE).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    } catch (TimeoutException e) {
      capture(nomDuTest + "-attente");
      throw e;
    }
  }

  /** The Selenium driver itself, for what this class does not offer yet. */
  public WebDriver driver() {
    return driver;
  }

  /** Waits for the first element found by {@code selecteur} in {@code dans} that meets {@code condition}. */
  private WebElement premier(SearchContext dans, By selecteur, Predicate<WebElement> condition) {
    return attendre(d -> dans.findElements(selecteur).stream().filter(condition).findFirst().orElse(null));
  }

  private void attendreFinDeChargement() {
    attendre(d -> ((JavascriptExecutor) d).executeScript(
        "return document.readyState === 'complete' && !document.querySelector('.tasks-list .loader:not(.ng-hide)')"));
  }

  /** Tasklist redraws its lists as data arrives: a list that changes while it is read is read again. */
  private List<String> textes(By selecteur) {
    return attendre(d -> d.findElements(selecteur).stream().map(WebElement::getText).map(String::strip).filter(t -> !t.isEmpty()).toList());
  }

  private static void supprimer(Path dossier) throws IOException {
    if (dossier == null || !Files.exists(dossier)) {
      return;
    }
    try (Stream<Path> chemins = Files.walk(dossier)) {
      chemins.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
