package org.sanxiang.catalogadmin;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.scala.function.FeelCustomFunctionProvider;
import org.camunda.bpm.engine.variable.Variables;
import org.sanxiang.catalog.MajorDecision;

/**
 * Evaluates {@code major-decision} of a DMN file over many sets of facts with Camunda's standalone
 * DMN engine, configured like the process engine's (FEEL-Scala, blank outputs, custom functions),
 * each expression parsed once ({@link ParsedOnceFeelEngine}), the decision parsed once, evaluations
 * in parallel; an evaluation is a function of its facts alone, so each distinct set of facts is
 * evaluated once and its result given to every evaluation with the same facts.
 */
final class Replay {

    /** what one evaluation gives: the review level and basis, or the error it raised */
    record Result(String level, String basis, String error) {

        boolean sameAs(String otherLevel, String otherBasis) {
            return error == null && level != null && level.equals(otherLevel) && String.valueOf(basis).equals(String.valueOf(otherBasis));
        }
    }

    private final DmnEngine engine;

    Replay(DmnEngine engine) {
        this.engine = engine;
    }

    /** an engine like the process engine's, with the given settings of the process engine */
    static DmnEngine engine(boolean legacyFeel, boolean blankOutputAsNull, List<FeelCustomFunctionProvider> functions) {
        return engine(legacyFeel, blankOutputAsNull, functions, true);
    }

    /** {@code remember}: keep the results of pure expressions per distinct values ({@link ParsedOnceFeelEngine}) */
    static DmnEngine engine(boolean legacyFeel, boolean blankOutputAsNull, List<FeelCustomFunctionProvider> functions, boolean remember) {
        DefaultDmnEngineConfiguration configuration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        configuration.enableFeelLegacyBehavior(legacyFeel);
        configuration.setReturnBlankTableOutputAsNull(blankOutputAsNull);
        configuration.feelCustomFunctionProviders(functions == null ? List.of() : functions);
        if (!legacyFeel) {
            configuration.feelEngineFactory(ParsedOnceFeelEngine.factory(functions == null ? List.of() : functions, remember));
        }
        return configuration.buildEngine();
    }

    static DmnEngine engine() {
        return engine(false, false, List.of());
    }

    DmnDecision decision(String xml) {
        return engine.parseDecision(MajorDecision.DECISION_KEY, new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    Result evaluate(DmnDecision decision, PastEvaluation evaluation) {
        return evaluate(decision, evaluation.facts());
    }

    private Result evaluate(DmnDecision decision, Map<String, Object> facts) {
        try {
            DmnDecisionResultEntries result = engine.evaluateDecision(decision, Variables.fromMap(facts)).getSingleResult();
            if (result == null) {
                return new Result(null, null, "没有结果");
            }
            return new Result(result.getEntry(MajorDecision.REVIEW_LEVEL), result.getEntry(MajorDecision.BASIS), null);
        } catch (RuntimeException e) {
            return new Result(null, null, e.getMessage());
        }
    }

    /** the results of the decision for every evaluation, in the same order; each distinct set of facts evaluated once */
    Result[] evaluateAll(DmnDecision decision, List<PastEvaluation> evaluations, boolean parallel) {
        return evaluateAll(decision, evaluations, parallel, true);
    }

    /** the results of the decision for every evaluation, in the same order */
    Result[] evaluateAll(DmnDecision decision, List<PastEvaluation> evaluations, boolean parallel, boolean distinctOnce) {
        Result[] results = new Result[evaluations.size()];
        Map<Map<String, Object>, Result> byFacts = new ConcurrentHashMap<>();
        IntStream indexes = IntStream.range(0, evaluations.size());
        (parallel ? indexes.parallel() : indexes).forEach(i -> {
            Map<String, Object> facts = evaluations.get(i).facts();
            Result known = distinctOnce ? byFacts.get(facts) : null;
            if (known == null) {
                known = evaluate(decision, facts);
                if (distinctOnce) {
                    byFacts.putIfAbsent(facts, known);
                }
            }
            results[i] = known;
        });
        return results;
    }
}
