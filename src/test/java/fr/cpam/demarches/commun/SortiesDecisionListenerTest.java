package fr.cpam.demarches.commun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionResultEntriesImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionResultImpl;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;

class SortiesDecisionListenerTest {

  private final Map<String, Object> variables = new HashMap<>();
  private final List<String> ecritures = new ArrayList<>();
  private final DelegateExecution execution = mock(DelegateExecution.class);
  private final SortiesDecisionListener listener = new SortiesDecisionListener();

  SortiesDecisionListenerTest() {
    when(execution.hasVariable(anyString())).thenAnswer(i -> variables.containsKey(i.<String>getArgument(0)));
    when(execution.getVariable(anyString())).thenAnswer(i -> variables.get(i.<String>getArgument(0)));
    org.mockito.Mockito.doAnswer(i -> {
      ecritures.add(i.getArgument(0));
      variables.put(i.getArgument(0), i.getArgument(1));
      return null;
    }).when(execution).setVariable(anyString(), any());
    when(execution.getCurrentActivityName()).thenReturn("Vérifier l'ouverture des droits");
  }

  private void decision(Boolean droitsOuverts, String motif) {
    DmnDecisionResultEntriesImpl sorties = new DmnDecisionResultEntriesImpl();
    sorties.putValue("droitsOuverts", Variables.booleanValue(droitsOuverts));
    sorties.putValue("motifDroits", Variables.stringValue(motif));
    when(execution.getVariableLocal(SortiesDecisionListener.RESULTAT)).thenReturn(new DmnDecisionResultImpl(List.of(sorties)));
  }

  @Test
  void les_sorties_deviennent_des_variables_reecrites_seulement_quand_elles_changent() {
    decision(true, null);
    listener.notify(execution);
    assertThat(variables).containsEntry("droitsOuverts", true).containsEntry("motifDroits", null);
    assertThat(ecritures).containsExactlyInAnyOrder("droitsOuverts", "motifDroits");

    ecritures.clear();
    listener.notify(execution);
    assertThat(ecritures).as("même réponse au tour suivant : rien n'est écrit").isEmpty();

    decision(false, "Moins de 150 heures travaillées");
    listener.notify(execution);
    assertThat(ecritures).containsExactlyInAnyOrder("droitsOuverts", "motifDroits");
    assertThat(variables).containsEntry("droitsOuverts", false).containsEntry("motifDroits", "Moins de 150 heures travaillées");
  }

  @Test
  void une_decision_sans_resultat_arrete_l_etape_avec_un_message_qui_la_nomme() {
    when(execution.getVariableLocal(SortiesDecisionListener.RESULTAT)).thenReturn(new DmnDecisionResultImpl(List.of()));
    assertThatThrownBy(() -> listener.notify(execution))
        .isInstanceOf(ProcessEngineException.class)
        .hasMessage("La décision de « Vérifier l'ouverture des droits » n'a rendu aucun résultat");
    assertThat(ecritures).isEmpty();
  }
}
