package fr.cpam.demarches.compte;

import fr.cpam.demarches.commun.Adresse;
import fr.cpam.demarches.commun.ConflitException;
import fr.cpam.demarches.commun.DemandeInvalideException;
import fr.cpam.demarches.commun.IntrouvableException;
import fr.cpam.demarches.compte.interne.AssureEntite;
import fr.cpam.demarches.compte.interne.AssureRepository;
import fr.cpam.demarches.compte.interne.CpamEntite;
import fr.cpam.demarches.compte.interne.CpamRepository;
import fr.cpam.demarches.engine.Groupes;
import fr.cpam.demarches.engine.UtilisateurConnecte;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts: who the logged-in citizen is, the account of a NIR, its beneficiaries.
 * Opening an account also creates the citizen's login in the engine's identity service.
 *
 * <p>Other modules read an account as the record {@link Assure}, made inside this service's
 * transaction from the entities of {@code compte.interne}, and change it through the methods
 * below (docs/decisions/0096-le-compte-lu-en-records.md).
 */
@Service
public class CompteService {

  private final AssureRepository assures;
  private final CpamRepository cpams;
  private final IdentityService identityService;
  private final Clock horloge;

  CompteService(
      AssureRepository assures, CpamRepository cpams, IdentityService identityService, Clock horloge) {
    this.assures = assures;
    this.cpams = cpams;
    this.identityService = identityService;
    this.horloge = horloge;
  }

  /** The account of the logged-in citizen; 404 when the login is not a citizen's. */
  @Transactional(readOnly = true)
  public Assure compteConnecte() {
    String identifiant = UtilisateurConnecte.idObligatoire();
    if (identifiant.length() != 13) {
      throw new IntrouvableException("Aucun compte d'assuré n'est associé à votre identifiant.");
    }
    return assures
        .findByNir(Nir.depuisIdentifiant(identifiant))
        .map(Assure::de)
        .orElseThrow(() -> new IntrouvableException("Aucun compte d'assuré n'est associé à votre identifiant."));
  }

  @Transactional(readOnly = true)
  public Optional<Assure> trouver(Nir nir) {
    return assures.findByNir(nir).map(Assure::de);
  }

  /** The NIRs of the people attached to the account of {@code nir} (none when there is no such account). */
  @Transactional(readOnly = true)
  public List<Nir> nirsDesBeneficiaires(Nir nir) {
    return assures.beneficiairesDuCompte(nir).stream().map(b -> b.getNir()).toList();
  }

  /** The account owners born between two days, both included (FranceConnect's identity matching). */
  @Transactional(readOnly = true)
  public List<Assure> titulairesNesEntre(LocalDate du, LocalDate au) {
    return assures.findByDateNaissanceBetween(du, au).stream().map(Assure::de).toList();
  }

  /**
   * The people attached to an account who were born between two days, both included, each with
   * their account's owner ({@link Beneficiaire#titulaire()}), oldest account first; a child
   * attached to both parents' accounts comes once per account. One statement.
   */
  @Transactional(readOnly = true)
  public List<Beneficiaire> beneficiairesNesEntre(LocalDate du, LocalDate au) {
    return assures.beneficiairesNesEntre(du, au).stream()
        .map(b -> Beneficiaire.de(b, b.getAssure().getNir()))
        .toList();
  }

  /** Records the identity at birth of an account's owner (birth name, given names, birthplace). */
  @Transactional
  public Assure definirNaissance(Nir nir, String nomNaissance, String prenoms, String lieuNaissance) {
    AssureEntite assure = entite(nir);
    assure.definirNaissance(nomNaissance, prenoms, lieuNaissance);
    return Assure.de(assure);
  }

  /** The account whose owner has that NIR; 404 otherwise. */
  @Transactional(readOnly = true)
  public Assure compteDe(Nir nir) {
    return Assure.de(entite(nir));
  }

  private AssureEntite entite(Nir nir) {
    return assures.findByNir(nir)
        .orElseThrow(() -> new IntrouvableException("Aucun compte d'assuré pour le NIR " + nir.masque() + "."));
  }

  /**
   * Opens an account: the insured person as their own beneficiary, and their login (the 13 NIR
   * digits and the personal code) in group {@code assures}.
   */
  @Transactional
  public Assure ouvrirCompte(
      Nir nir,
      String nom,
      String prenom,
      LocalDate dateNaissance,
      String email,
      Adresse adresse,
      String codeCpam,
      String codePersonnel) {
    AssureEntite assure = enregistrer(nir, nom, prenom, dateNaissance, email, adresse, codeCpam);
    connexion(assure, email, codePersonnel);
    return Assure.de(assure);
  }

  /**
   * Records an insured person known to the CPAM, as their own beneficiary, without a login: she
   * may create it herself (« Créer un compte », {@link #creerConnexion}).
   */
  @Transactional
  public Assure enregistrerAssure(
      Nir nir, String nom, String prenom, LocalDate dateNaissance, Adresse adresse, String codeCpam) {
    return Assure.de(enregistrer(nir, nom, prenom, dateNaissance, null, adresse, codeCpam));
  }

  private AssureEntite enregistrer(
      Nir nir, String nom, String prenom, LocalDate dateNaissance, String email, Adresse adresse, String codeCpam) {
    CpamEntite cpam =
        cpams.findById(codeCpam).orElseThrow(() -> new IntrouvableException("CPAM inconnue : " + codeCpam));
    return assures.save(new AssureEntite(nir, nom, prenom, dateNaissance, email, adresse, cpam, horloge));
  }

  /** Whether this insured person has a login (the 13 NIR digits) already. */
  @Transactional(readOnly = true)
  public boolean aUneConnexion(Nir nir) {
    return identityService.createUserQuery().userId(nir.identifiant()).count() > 0;
  }

  /**
   * Creates the login of an insured person known to the CPAM (the 13 NIR digits and the personal
   * code, in group {@code assures}) and records the account's e-mail address. Fails when she has
   * one already: one login per person.
   */
  @Transactional
  public Assure creerConnexion(Nir nir, String email, String codePersonnel) {
    AssureEntite assure = entite(nir);
    if (aUneConnexion(nir)) {
      throw new ConflitException("nir", "Cet assuré a déjà un compte : utilisez « Code oublié » pour recevoir un nouveau code.");
    }
    return Assure.de(connexion(assure, email, codePersonnel));
  }

  private AssureEntite connexion(AssureEntite assure, String email, String codePersonnel) {
    Nir nir = assure.getNir();
    if (!java.util.Objects.equals(assure.getEmail(), email)) {
      assure.changerEmail(email);
    }
    User utilisateur = identityService.newUser(nir.identifiant());
    utilisateur.setFirstName(assure.getPrenom());
    utilisateur.setLastName(assure.getNom());
    utilisateur.setEmail(email);
    utilisateur.setPassword(codePersonnel);
    identityService.saveUser(utilisateur);
    identityService.createMembership(nir.identifiant(), Groupes.ASSURES);
    return assure;
  }

  /** Attaches a spouse or a child to the account of {@code compte}. */
  @Transactional
  public Beneficiaire rattacher(Nir compte, Nir nir, String nom, String prenom, LocalDate naissance, Qualite qualite) {
    return Beneficiaire.de(entite(compte).rattacher(nir, nom, prenom, naissance, qualite), compte);
  }

  /**
   * Records the day the person became an insured person. It cannot precede their birth nor be
   * in the future; the message names the field.
   */
  @Transactional
  public Assure affilier(Nir nir, LocalDate dateAffiliation) {
    AssureEntite assure = entite(nir);
    if (dateAffiliation == null) {
      throw new DemandeInvalideException("dateAffiliation", "Indiquez la date d'affiliation (AAAA-MM-JJ).");
    }
    if (dateAffiliation.isBefore(assure.getDateNaissance())) {
      throw new DemandeInvalideException(
          "dateAffiliation", "La date d'affiliation ne peut pas précéder la naissance de l'assuré.");
    }
    if (dateAffiliation.isAfter(LocalDate.now(horloge))) {
      throw new DemandeInvalideException("dateAffiliation", "La date d'affiliation ne peut pas être dans le futur.");
    }
    assure.affilier(dateAffiliation);
    return Assure.de(assure);
  }
}
