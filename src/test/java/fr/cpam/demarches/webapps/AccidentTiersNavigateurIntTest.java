package fr.cpam.demarches.webapps;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.cpam.demarches.HorlogeDeTest;
import fr.cpam.demarches.Http;
import fr.cpam.demarches.JobsDus;
import fr.cpam.demarches.TestIntegration;
import fr.cpam.demarches.accidenttiers.PayeurDeTest;
import fr.cpam.demarches.navigateur.Navigateur;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Déclarer un accident causé par un tiers" as Claire and the recovery agent live it in
 * Tasklist: Claire declares, three weeks after the accident, in the start form, which says her
 * declaration is late and why that matters; agent.rct qualifies it, enters the care costs, checks
 * the claim item by item and sends it; the simulated insurer pays after its delay; Claire reads
 * that her dossier is closed in her inbox (the notifications of her procedures) and in "Mes démarches".
 */
@TestIntegration
class AccidentTiersNavigateurIntTest {

  private static final Clock HORLOGE = HorlogeDeTest.HORLOGE;

  static final String DEMARCHE = "Déclarer un accident causé par un tiers";

  @RegisterExtension final Navigateur navigateur = new Navigateur();

  @Autowired Http http;
  @Autowired PayeurDeTest payeur;
  @Autowired JobsDus jobs;
  @Autowired RuntimeService runtimeService;

  @AfterEach
  void remettreLHorloge() {
    payeur.reinitialiser();
  }

  @Test
  void claire_declare_en_retard_l_agent_du_recours_qualifie_et_notifie_l_assureur_paie_et_claire_voit_son_dossier_clos() {
    Http.Client claire = http.en(Http.CLAIRE, Http.CLAIRE_CODE);
    String ilYATroisSemaines = LocalDate.now(HORLOGE).minusDays(21).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));

    navigateur.connecterTasklist(Http.CLAIRE, Http.CLAIRE_CODE);
    navigateur.demarrerDemarche(DEMARCHE);
    navigateur.attendreTexte("Qui a été blessé ?");
    assertThat(navigateur.texte()).contains("Vos remboursements ne changent pas, quelle que soit l'issue", "dans les 15 jours");
    navigateur.remplir("Date de l'accident", ilYATroisSemaines).remplir("Lieu de l'accident", "Boulevard Voltaire, Paris 11e");
    assertThat(navigateur.valeur("Date de l'accident")).as("la date comme l'écrit un Français").isEqualTo(ilYATroisSemaines);
    navigateur.attendreTexte("Déclaration tardive");
    navigateur.capture("accident-tiers-1-date-tardive");
    navigateur
        .choisir("Genre d'accident", "Accident de la circulation")
        .remplir("Circonstances", "Un scooter m'a renversée sur le passage piéton, le conducteur s'est arrêté.")
        .choisir("Connaissez-vous la personne responsable ?", "Oui")
        .remplir("Nom de la personne responsable", "M. Karim Benali, scooter GH-321-JK")
        .remplir("Son assureur, si vous le connaissez", "Assurances Deux-Roues")
        .remplir("Numéro de contrat de son assurance", "ADR-2024-5521");
    assertThat(navigateur.commencerSansSucces()).as("procès-verbal non renseigné").contains("Champ obligatoire");
    navigateur.choisir("Un procès-verbal a-t-il été établi, ou avez-vous porté plainte ?", "Non").cocher("Passage aux urgences");
    navigateur.capture("accident-tiers-1-declaration");
    navigateur.commencer();

    JsonNode mesDossiers = claire.get("/api/accidents-tiers").json();
    String reference = mesDossiers.get(0).path("reference").asText();
    assertThat(mesDossiers.get(0).path("declarationTardive").asBoolean()).as("déclaration marquée tardive").isTrue();
    assertThat(claire.get("/api/notifications").json().path("notifications").findValuesAsText("titre"))
        .contains("Déclaration d'accident enregistrée (déclaration tardive)");

    navigateur.deconnecter();
    navigateur.connecterTasklist("agent.rct", "demo");
    navigateur.choisirFiltre("Tâches de mon service");
    navigateur.ouvrirTache(reference);
    navigateur.attendreTexte("Déclaration tardive");
    navigateur.capture("accident-tiers-2-tardive-pour-l-agent");
    assertThat(navigateur.texte()).contains("Qualifier la déclaration", "Assurances Deux-Roues", "M. Karim Benali");
    navigateur.capture("accident-tiers-2-qualifier");
    navigateur.prendreEnCharge();
    navigateur.choisir("Suite à donner", "Accident causé par un tiers : exercer le recours");
    navigateur.valider();

    navigateur.choisirFiltre("Tâches de mon service");
    navigateur.ouvrirTache(reference);
    navigateur.attendreTexte("Chiffrer la créance");
    navigateur.prendreEnCharge();
    navigateur
        .choisir("Nature des frais", "Frais d'hospitalisation")
        .remplir("Date des soins", ilYATroisSemaines)
        .remplir("Montant payé par la CPAM (€)", "420,50")
        .choisir("Suite à donner", "Préparer la notification au payeur");
    assertThat(navigateur.texte()).as("une deuxième ligne s'ouvre").contains("Frais n° 2");
    navigateur.capture("accident-tiers-3-chiffrer");
    navigateur.valider();

    navigateur.choisirFiltre("Tâches de mon service");
    navigateur.ouvrirTache(reference);
    navigateur.attendreTexte("Total réclamé : 560,67 €");
    assertThat(navigateur.texte()).contains("Frais d'hospitalisation", "420,50 €", "Indemnité forfaitaire de gestion : 140,17 €");
    navigateur.capture("accident-tiers-4-notifier");
    navigateur.prendreEnCharge();
    navigateur.choisir("Suite à donner", "Envoyer la créance au payeur");
    payeur.paieraEnTotalite();
    navigateur.valider();
    String instance = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).singleResult().getId();
    jobs.deLInstance(instance);
    assertThat(payeur.creancesRecues(reference)).containsExactly(reference + "/1");
    assertThat(claire.get("/api/accidents-tiers/" + reference).json().path("statut").asText()).isEqualTo("creance_notifiee");

    // The insurer answers after its delay (20 days).
    HorlogeDeTest.avancer(Duration.ofDays(21));
    assertThat(payeur.repondre()).as("réponses dues, dont celle de ce dossier").isPositive();
    jobs.deLInstance(instance);

    JsonNode dossier = claire.get("/api/accidents-tiers/" + reference).json();
    assertThat(dossier.path("statut").asText()).isEqualTo("recouvree");
    assertThat(dossier.path("clos").asBoolean()).isTrue();
    JsonNode boite = claire.get("/api/messagerie/conversations").json();
    assertThat(boite.path("elements").findValuesAsText("titre")).contains("Dossier d'accident clos");

    // And in Mon espace, "Mes démarches": the dossier closed, its late declaration and its steps.
    navigateur.deconnecter();
    navigateur.connecterEspace(Http.CLAIRE, Http.CLAIRE_CODE);
    navigateur.ouvrir("/espace/demarches/" + reference);
    assertThat(navigateur.texte()).contains("Clos : sommes recouvrées", "Déclaration reçue hors délai", "Frais réclamés au responsable",
        "Assurances Deux-Roues");
    navigateur.capture("accident-tiers-5-clos-dans-mon-espace");
  }
}
