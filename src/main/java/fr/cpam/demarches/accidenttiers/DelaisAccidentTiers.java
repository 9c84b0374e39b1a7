package fr.cpam.demarches.accidenttiers;

import fr.cpam.demarches.commun.BeanDeProcessus;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The delays of the procedure ({@code accidents-tiers.delais} in {@code accidents-tiers.yml}),
 * read by the model's timers and due dates ({@code ${delaisAccidentTiers.reponseTiers}}) and by
 * the services. BPMN durations are ISO 8601 strings; a timer cycle is an ISO 8601 repetition.
 */
@BeanDeProcessus("delaisAccidentTiers")
@ConfigurationProperties("accidents-tiers.delais")
public class DelaisAccidentTiers {

  private int declarationJours = 15;
  private String reponseTiers = "P15D";
  private String actionApresRelanceTiers = "P15D";
  private String complementVictime = "P30D";
  private String qualification = "P5D";
  private String chiffrage = "P10D";
  private String notification = "P5D";
  private String desaccord = "P15D";
  private String relanceAssureur = "P2M";
  private String sansReponseAssureur = "P3M";
  private String releveFrais = "R/P7D";

  /** When the agent must act on "Identifier l'assureur du tiers" without an answer: after the reminder's delay. */
  public String getSuiviIdentification() {
    return java.time.Period.parse(reponseTiers).plus(java.time.Period.parse(actionApresRelanceTiers)).toString();
  }

  public int getDeclarationJours() {
    return declarationJours;
  }

  public void setDeclarationJours(int declarationJours) {
    this.declarationJours = declarationJours;
  }

  public String getReponseTiers() {
    return reponseTiers;
  }

  public void setReponseTiers(String reponseTiers) {
    this.reponseTiers = reponseTiers;
  }

  public String getActionApresRelanceTiers() {
    return actionApresRelanceTiers;
  }

  public void setActionApresRelanceTiers(String actionApresRelanceTiers) {
    this.actionApresRelanceTiers = actionApresRelanceTiers;
  }

  public String getComplementVictime() {
    return complementVictime;
  }

  public void setComplementVictime(String complementVictime) {
    this.complementVictime = complementVictime;
  }

  public String getQualification() {
    return qualification;
  }

  public void setQualification(String qualification) {
    this.qualification = qualification;
  }

  public String getChiffrage() {
    return chiffrage;
  }

  public void setChiffrage(String chiffrage) {
    this.chiffrage = chiffrage;
  }

  public String getNotification() {
    return notification;
  }

  public void setNotification(String notification) {
    this.notification = notification;
  }

  public String getDesaccord() {
    return desaccord;
  }

  public void setDesaccord(String desaccord) {
    this.desaccord = desaccord;
  }

  public String getRelanceAssureur() {
    return relanceAssureur;
  }

  public void setRelanceAssureur(String relanceAssureur) {
    this.relanceAssureur = relanceAssureur;
  }

  public String getSansReponseAssureur() {
    return sansReponseAssureur;
  }

  public void setSansReponseAssureur(String sansReponseAssureur) {
    this.sansReponseAssureur = sansReponseAssureur;
  }

  public String getReleveFrais() {
    return releveFrais;
  }

  public void setReleveFrais(String releveFrais) {
    this.releveFrais = releveFrais;
  }
}
