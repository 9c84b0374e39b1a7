package fr.cpam.demarches.commun;

import fr.cpam.demarches.commun.Problemes.ErreurChamp;
import java.util.List;
import org.springframework.http.HttpStatus;

/** The request is well formed but its content breaks a rule: HTTP 422, nothing is recorded. */
public class DemandeInvalideException extends ErreurMetier {

  private final transient List<ErreurChamp> erreurs;

  public DemandeInvalideException(String champ, String detail) {
    super(champ, detail);
    this.erreurs = super.erreurs();
  }

  /** Several fields in error at once (at least one): every one is reported, the first is the detail. */
  public DemandeInvalideException(List<ErreurChamp> erreurs) {
    super(erreurs.get(0).champ(), erreurs.get(0).message());
    this.erreurs = List.copyOf(erreurs);
  }

  @Override
  public List<ErreurChamp> erreurs() {
    return erreurs;
  }

  @Override
  public HttpStatus statut() {
    return HttpStatus.UNPROCESSABLE_ENTITY;
  }

  @Override
  public String titre() {
    return "Données invalides";
  }

  @Override
  public String type() {
    return "donnees-invalides";
  }
}
