package fr.cpam.demarches.engine.interne;

import camundajar.impl.scala.util.Either;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.function.CustomFunctionTransformer;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.feel.FeelEngine;
import org.camunda.feel.context.FunctionProvider;
import org.camunda.feel.syntaxtree.ParsedExpression;
import org.camunda.feel.valuemapper.ValueMapper;
import org.springframework.stereotype.Component;

/**
 * The DMN engine's FEEL engine, parsing each expression of the deployed decisions once.
 *
 * <p>Camunda 7's FEEL engine parses the text of an expression at every evaluation: every input
 * expression and every cell of a decision table, each time the table is evaluated. During the
 * payment run that parsing was 10 to 17 % of the job executor's CPU
 * (docs/decisions/0025-expressions-feel-analysees-une-fois.md). The parsed expression is immutable
 * and the FEEL engine is built to evaluate one many times (its
 * {@code eval(ParsedExpression, ...)}): here the engine's own parse methods keep their result per
 * text, so its evaluation, functions and value mappers are unchanged. The texts come from deployed
 * decisions; past {@value FeelAnalysesGardees#MAXIMUM} distinct texts, new ones are parsed each
 * time and not kept.
 */
@Component
class FeelAnalysesGardeesPlugin extends AbstractProcessEnginePlugin {

  private final Correctifs correctifs;

  FeelAnalysesGardeesPlugin(Correctifs correctifs) {
    this.correctifs = correctifs;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!correctifs.actif(Correctifs.Correctif.FEEL_ANALYSES_GARDEES)) {
      return;
    }
    DefaultDmnEngineConfiguration dmn = configuration.getDmnEngineConfiguration() != null
        ? configuration.getDmnEngineConfiguration()
        : (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
    // Read when the DMN engine is built: the process engine adds its own function providers first.
    dmn.setFeelEngineFactory(() -> new ScalaFeelAnalysesGardees(
        dmn.getFeelCustomFunctionProviders() == null ? List.of() : dmn.getFeelCustomFunctionProviders()));
    configuration.setDmnEngineConfiguration(dmn);
  }

  /** Camunda's FEEL engine for DMN, built on {@link FeelAnalysesGardees}. */
  static final class ScalaFeelAnalysesGardees extends ScalaFeelEngine {

    ScalaFeelAnalysesGardees(List<FeelCustomFunctionProvider> fournisseurs) {
      super(fournisseurs);
    }

    @Override
    protected FeelEngine buildFeelEngine(CustomFunctionTransformer fonctions, ValueMapper.CompositeValueMapper valeurs) {
      // As ScalaFeelEngine builds it: its functions and value mappers, no external functions.
      return new FeelAnalysesGardees(fonctions, valeurs);
    }

    FeelAnalysesGardees moteur() {
      return (FeelAnalysesGardees) feelEngine;
    }
  }

  /** The FEEL engine, keeping what it parsed, per text. */
  static final class FeelAnalysesGardees extends FeelEngine {

    static final int MAXIMUM = 10_000;

    private final Map<String, Either<FeelEngine.Failure, ParsedExpression>> expressions = new ConcurrentHashMap<>();
    private final Map<String, Either<FeelEngine.Failure, ParsedExpression>> testsUnaires = new ConcurrentHashMap<>();

    FeelAnalysesGardees(FunctionProvider fonctions, ValueMapper valeurs) {
      super(fonctions, valeurs, new FeelEngine.Configuration(false), FeelEngine.defaultClock());
    }

    @Override
    public Either<FeelEngine.Failure, ParsedExpression> parseExpression(String texte) {
      return garder(expressions, texte, super::parseExpression);
    }

    @Override
    public Either<FeelEngine.Failure, ParsedExpression> parseUnaryTests(String texte) {
      return garder(testsUnaires, texte, super::parseUnaryTests);
    }

    int analysesGardees() {
      return expressions.size() + testsUnaires.size();
    }

    private static Either<FeelEngine.Failure, ParsedExpression> garder(
        Map<String, Either<FeelEngine.Failure, ParsedExpression>> gardees, String texte,
        Function<String, Either<FeelEngine.Failure, ParsedExpression>> analyser) {
      Either<FeelEngine.Failure, ParsedExpression> analyse = gardees.get(texte);
      if (analyse == null) {
        analyse = analyser.apply(texte);
        if (gardees.size() < MAXIMUM) {
          gardees.put(texte, analyse);
        }
      }
      return analyse;
    }
  }
}
