package org.sanxiang.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.MajorDecision;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What-if speed, run on purpose (not part of {@code mvn verify}; the class name is not a test name):
 * <pre>mvn -B -ntp -o test-compile surefire:test -Dtest=CatalogWhatIfBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * ({@code -Dbenchmark.evaluations=N} for another number than 100,000).
 * 100,000 past evaluations of {@code major-decision} with realistic facts (half of them fines,
 * amounts mostly round sums, the rest computed and nearly all different) written into the history
 * tables of an in-memory engine (as the engine writes them: both decisions, every input, the
 * results), then each option measured and printed in evaluations per second: loading (one streamed
 * SQL query vs Camunda's history API), FEEL-Scala as Camunda runs it, the decision parsed per
 * evaluation, expressions parsed once, legacy Java FEEL for input entries, results of pure
 * expressions kept per value, parallel evaluation, each distinct set of facts evaluated once, and
 * the whole what-if with and without the last. Every option's results are checked against the
 * recorded ones, a sample against FEEL-Scala as Camunda runs it.
 */
class CatalogWhatIfBenchmark {

    static final int EVALUATIONS = Integer.getInteger("benchmark.evaluations", 100_000);

    @Test
    void whatIfOverOneHundredThousandPastEvaluations() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
            .createStandaloneInMemProcessEngineConfiguration().setJdbcUrl("jdbc:h2:mem:catalog-benchmark;DB_CLOSE_DELAY=-1")
            .setHistory(ProcessEngineConfiguration.HISTORY_FULL).setProcessEngineName("catalog-benchmark");
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            String xml = Drafts.shipped();
            engine.getRepositoryService().createDeployment().addString(CatalogAdministration.RESOURCE_NAME, xml).deploy();
            JdbcTemplate jdbc = new JdbcTemplate(configuration.getDataSource());
            List<Map<String, Object>> facts = BenchmarkHistory.facts(EVALUATIONS);
            long start = System.nanoTime();
            BenchmarkHistory.write(engine, jdbc, facts, new Replay(Replay.engine()));
            System.out.printf("history written: %,d evaluations in %,d ms%n", facts.size(), (System.nanoTime() - start) / 1_000_000);
            measure(engine, jdbc, xml);
        } finally {
            engine.close();
        }
    }

    private void measure(ProcessEngine engine, JdbcTemplate jdbc, String xml) {
        Map<String, String> figures = new LinkedHashMap<>();
        PastEvaluations past = new PastEvaluations(jdbc, id -> WhatIfs.columns(engine.getRepositoryService(), id));
        past.load(true);
        past.load();
        Clock t = Clock.start();
        List<PastEvaluation> joined = past.load(true);
        figures.put("loading, inputs joined with their instances in SQL", t.rate(joined.size()));
        t = Clock.start();
        List<PastEvaluation> loaded = past.load();
        figures.put("loading, instances and results in one query, inputs without a join, typed columns into an array", t.rate(loaded.size()));
        assertThat(loaded).hasSize(EVALUATIONS);
        assertThat(loaded).extracting(PastEvaluation::facts).isEqualTo(joined.stream().map(PastEvaluation::facts).toList());
        long distinct = loaded.stream().map(PastEvaluation::facts).distinct().count();
        long amounts = loaded.stream().map(e -> e.facts().get("amount")).distinct().count();

        int apiSample = Math.min(EVALUATIONS, 500);
        t = Clock.start();
        int viaApi = loadThroughHistoryApi(engine, apiSample);
        figures.put("loading, Camunda history API (includeInputs/Outputs, pages of 2,000; " + apiSample + ")", t.rate(viaApi));

        Replay feelScala = new Replay(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine());
        int sample = Math.min(EVALUATIONS, 400);
        List<PastEvaluation> some = loaded.subList(0, sample);
        DmnDecision plainDecision = feelScala.decision(xml);
        feelScala.evaluateAll(plainDecision, some.subList(0, sample / 2), false, false);
        t = Clock.start();
        Replay.Result[] reference = feelScala.evaluateAll(plainDecision, some, false, false);
        figures.put("FEEL-Scala as Camunda runs it (parses every expression each time), decision parsed once, 1 thread (" + sample + ")",
            t.rate(sample));
        t = Clock.start();
        for (PastEvaluation evaluation : loaded.subList(0, 100)) {
            feelScala.evaluate(feelScala.decision(xml), evaluation);
        }
        figures.put("FEEL-Scala, decision parsed again for every evaluation, 1 thread (100)", t.rate(100));

        Replay parsedOnce = new Replay(Replay.engine(false, false, List.of(), false));
        DmnDecision decision = parsedOnce.decision(xml);
        int larger = Math.min(EVALUATIONS, 2_000);
        parsedOnce.evaluateAll(decision, loaded.subList(0, larger), true, false);
        t = Clock.start();
        Replay.Result[] parsedOnceSequential = parsedOnce.evaluateAll(decision, loaded.subList(0, larger), false, false);
        figures.put("FEEL-Scala, expressions parsed once, 1 thread (" + larger + ")", t.rate(larger));
        t = Clock.start();
        Replay.Result[] parsedOnceParallel = parsedOnce.evaluateAll(decision, loaded.subList(0, larger), true, false);
        figures.put("FEEL-Scala, expressions parsed once, parallel (" + larger + ")", t.rate(larger));

        DefaultDmnEngineConfiguration legacyConfiguration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        legacyConfiguration.feelEngineFactory(() -> new LegacyUnaryTestsFeelEngine(new ParsedOnceFeelEngine(List.of(), false)));
        Replay legacy = new Replay(legacyConfiguration.buildEngine());
        DmnDecision legacyDecision = legacy.decision(xml);
        legacy.evaluateAll(legacyDecision, loaded.subList(0, larger), true, false);
        t = Clock.start();
        Replay.Result[] legacySequential = legacy.evaluateAll(legacyDecision, loaded.subList(0, larger), false, false);
        figures.put("legacy Java FEEL for input entries (+ FEEL-Scala parsed once for expressions), 1 thread (" + larger + ")", t.rate(larger));

        new Replay(Replay.engine()).evaluateAll(decision, loaded.subList(0, larger), true, true);
        Replay.Result[][] fresh = new Replay.Result[4][];
        String[] names = {"parsed once + results of pure expressions kept per value (fresh), 1 thread",
            "parsed once + pure results kept (fresh), parallel",
            "parsed once + pure results kept (fresh) + each distinct set of facts once (" + distinct + " distinct), parallel",
            "parsed once + pure results kept (fresh) + values the decision cannot tell apart as one + distinct sets once, parallel"};
        boolean[][] modes = {{false, false, false}, {true, false, false}, {true, true, false}, {true, true, true}};
        for (int m = 0; m < modes.length; m++) {
            DmnEngine rememberingEngine = Replay.engine();
            Replay remembering = new Replay(rememberingEngine);
            DmnDecision rememberingDecision = remembering.decision(xml);
            t = Clock.start();
            List<PastEvaluation> input = modes[m][2] ? byClass(rememberingEngine, rememberingDecision, loaded) : loaded;
            fresh[m] = remembering.evaluateAll(rememberingDecision, input, modes[m][0], modes[m][1]);
            figures.put(names[m], t.rate(loaded.size()));
        }

        for (int i = 0; i < loaded.size(); i++) {
            PastEvaluation evaluation = loaded.get(i);
            Replay.Result expected = new Replay.Result(evaluation.level(), evaluation.basis(), null);
            for (Replay.Result[] results : fresh) {
                assertThat(results[i]).isEqualTo(expected);
            }
            if (i < larger) {
                assertThat(parsedOnceSequential[i]).isEqualTo(expected);
                assertThat(parsedOnceParallel[i]).isEqualTo(expected);
                assertThat(legacySequential[i]).isEqualTo(expected);
            }
            if (i < sample) {
                assertThat(reference[i]).isEqualTo(expected);
            }
        }

        String draft = Drafts.countyFineThreshold(xml, 8000);
        wholeWhatIf(past, draft, true, false, figures, "distinct sets once");
        wholeWhatIf(past, draft, true, true, figures, "values the decision cannot tell apart as one");
        wholeWhatIf(past, draft, false, false, figures, "every evaluation evaluated");
        System.out.println("\n=== catalog what-if benchmark: " + EVALUATIONS + " past evaluations (" + distinct + " distinct sets of facts, "
            + amounts + " distinct amounts), " + Runtime.getRuntime().availableProcessors() + " cores ===");
        figures.forEach((option, figure) -> System.out.printf("%-120s %s%n", option, figure));
    }

    /** the evaluations with values the decision cannot tell apart taken as one ({@link FactClasses}) */
    private static List<PastEvaluation> byClass(DmnEngine engine, DmnDecision decision, List<PastEvaluation> evaluations) {
        return FactClasses.of(decision, (DefaultDmnEngineConfiguration) engine.getConfiguration(), PastEvaluations.FACTS).canonical(evaluations);
    }

    /** the what-if as {@link WhatIfs} runs it, on a fresh engine (nothing remembered from before), phase by phase */
    private static void wholeWhatIf(PastEvaluations past, String draft, boolean distinctOnce, boolean byClass, Map<String, String> figures,
                                    String option) {
        Clock whole = Clock.start();
        Clock t = Clock.start();
        DmnEngine engine = Replay.engine();
        Replay replay = new Replay(engine);
        List<PastEvaluation> all = past.load();
        String load = t.rate(all.size());
        t = Clock.start();
        DmnDecision decision = replay.decision(draft);
        String parse = String.format("%,.0f ms wall, %,.0f ms CPU", t.wallMillis(), t.cpuMillis());
        t = Clock.start();
        Replay.Result[] results = replay.evaluateAll(decision, byClass ? byClass(engine, decision, all) : all, true, distinctOnce);
        String evaluate = t.rate(all.size());
        t = Clock.start();
        long changed = java.util.stream.IntStream.range(0, all.size())
            .filter(i -> !results[i].sameAs(all.get(i).level(), all.get(i).basis())).count();
        String compare = t.rate(all.size());
        figures.put("WHOLE what-if, " + option + " (load + parse + evaluate + compare), " + changed + " changes", whole.rate(all.size()));
        figures.put("  load", load);
        figures.put("  parse the draft", parse);
        figures.put("  evaluate", evaluate);
        figures.put("  compare", compare);
    }

    private static int loadThroughHistoryApi(ProcessEngine engine, int limit) {
        Map<String, Map<String, Object>> byRoot = new HashMap<>();
        for (int first = 0; first < limit; first += 2_000) {
            for (HistoricDecisionInstance root : engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(MajorDecision.DECISION_KEY).includeInputs().includeOutputs().orderByEvaluationTime().asc()
                .listPage(first, 2_000)) {
                Map<String, Object> facts = byRoot.computeIfAbsent(root.getId(), id -> new HashMap<>());
                for (HistoricDecisionInputInstance input : root.getInputs()) {
                    facts.put(input.getClauseName(), input.getValue());
                }
                for (HistoricDecisionOutputInstance output : root.getOutputs()) {
                    facts.put(output.getVariableName(), output.getValue());
                }
            }
            for (HistoricDecisionInstance items : engine.getHistoryService().createHistoricDecisionInstanceQuery()
                .decisionDefinitionKey(MajorDecision.CATALOG_ITEMS_KEY).includeInputs().orderByEvaluationTime().asc().listPage(first, 2_000)) {
                Map<String, Object> facts = byRoot.computeIfAbsent(items.getRootDecisionInstanceId(), id -> new HashMap<>());
                for (HistoricDecisionInputInstance input : items.getInputs()) {
                    facts.put(input.getClauseName(), input.getValue());
                }
            }
        }
        return Math.min(byRoot.size(), limit);
    }
}
