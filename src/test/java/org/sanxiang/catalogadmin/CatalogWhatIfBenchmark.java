package org.sanxiang.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.Input;
import org.junit.jupiter.api.Test;
import org.sanxiang.catalog.Action;
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
            List<Map<String, Object>> facts = facts(EVALUATIONS);
            long start = System.nanoTime();
            write(engine, jdbc, facts, new Replay(Replay.engine()));
            System.out.printf("history written: %,d evaluations in %,d ms%n", facts.size(), (System.nanoTime() - start) / 1_000_000);
            measure(engine, jdbc, xml);
        } finally {
            engine.close();
        }
    }

    private void measure(ProcessEngine engine, JdbcTemplate jdbc, String xml) {
        Map<String, String> figures = new LinkedHashMap<>();
        PastEvaluations past = new PastEvaluations(jdbc, id -> WhatIfs.columns(engine.getRepositoryService(), id));
        past.load();
        long t = System.nanoTime();
        List<PastEvaluation> loaded = past.load();
        figures.put("loading, one streamed SQL query for all inputs (+ one for the results)", rate(loaded.size(), t));
        assertThat(loaded).hasSize(EVALUATIONS);
        long distinct = loaded.stream().map(PastEvaluation::facts).distinct().count();
        long amounts = loaded.stream().map(e -> e.facts().get("amount")).distinct().count();

        int apiSample = Math.min(EVALUATIONS, 2_000);
        t = System.nanoTime();
        int viaApi = loadThroughHistoryApi(engine, apiSample);
        figures.put("loading, Camunda history API (includeInputs/Outputs, pages of 2,000; " + apiSample + ")", rate(viaApi, t));

        Replay feelScala = new Replay(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine());
        int sample = Math.min(EVALUATIONS, 1_000);
        List<PastEvaluation> some = loaded.subList(0, sample);
        DmnDecision plainDecision = feelScala.decision(xml);
        feelScala.evaluateAll(plainDecision, some.subList(0, sample / 2), false, false);
        t = System.nanoTime();
        Replay.Result[] reference = feelScala.evaluateAll(plainDecision, some, false, false);
        figures.put("FEEL-Scala as Camunda runs it (parses every expression each time), decision parsed once, 1 thread (" + sample + ")",
            rate(sample, t));
        t = System.nanoTime();
        for (PastEvaluation evaluation : loaded.subList(0, 100)) {
            feelScala.evaluate(feelScala.decision(xml), evaluation);
        }
        figures.put("FEEL-Scala, decision parsed again for every evaluation, 1 thread (100)", rate(100, t));

        Replay parsedOnce = new Replay(Replay.engine(false, false, List.of(), false));
        DmnDecision decision = parsedOnce.decision(xml);
        int larger = Math.min(EVALUATIONS, 4_000);
        parsedOnce.evaluateAll(decision, loaded.subList(0, larger), true, false);
        t = System.nanoTime();
        Replay.Result[] parsedOnceSequential = parsedOnce.evaluateAll(decision, loaded.subList(0, larger), false, false);
        figures.put("FEEL-Scala, expressions parsed once, 1 thread (" + larger + ")", rate(larger, t));
        t = System.nanoTime();
        Replay.Result[] parsedOnceParallel = parsedOnce.evaluateAll(decision, loaded.subList(0, larger), true, false);
        figures.put("FEEL-Scala, expressions parsed once, parallel (" + larger + ")", rate(larger, t));

        DefaultDmnEngineConfiguration legacyConfiguration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        legacyConfiguration.feelEngineFactory(() -> new LegacyUnaryTestsFeelEngine(new ParsedOnceFeelEngine(List.of(), false)));
        Replay legacy = new Replay(legacyConfiguration.buildEngine());
        DmnDecision legacyDecision = legacy.decision(xml);
        legacy.evaluateAll(legacyDecision, loaded.subList(0, larger), true, false);
        t = System.nanoTime();
        Replay.Result[] legacySequential = legacy.evaluateAll(legacyDecision, loaded.subList(0, larger), false, false);
        figures.put("legacy Java FEEL for input entries (+ FEEL-Scala parsed once for expressions), 1 thread (" + larger + ")", rate(larger, t));

        new Replay(Replay.engine()).evaluateAll(decision, loaded.subList(0, larger), true, true);
        Replay remembering = new Replay(Replay.engine());
        DmnDecision rememberingDecision = remembering.decision(xml);
        t = System.nanoTime();
        Replay.Result[] remembered = remembering.evaluateAll(rememberingDecision, loaded, false, false);
        figures.put("parsed once + results of pure expressions kept per value (fresh), 1 thread", rate(loaded.size(), t));
        remembering = new Replay(Replay.engine());
        rememberingDecision = remembering.decision(xml);
        t = System.nanoTime();
        Replay.Result[] rememberedParallel = remembering.evaluateAll(rememberingDecision, loaded, true, false);
        figures.put("parsed once + pure results kept (fresh), parallel", rate(loaded.size(), t));
        remembering = new Replay(Replay.engine());
        rememberingDecision = remembering.decision(xml);
        t = System.nanoTime();
        Replay.Result[] distinctOnce = remembering.evaluateAll(rememberingDecision, loaded, true, true);
        figures.put("parsed once + pure results kept (fresh) + each distinct set of facts once (" + distinct + " distinct), parallel",
            rate(loaded.size(), t));

        for (int i = 0; i < loaded.size(); i++) {
            PastEvaluation evaluation = loaded.get(i);
            Replay.Result expected = new Replay.Result(evaluation.level(), evaluation.basis(), null);
            assertThat(remembered[i]).isEqualTo(expected);
            assertThat(rememberedParallel[i]).isEqualTo(expected);
            assertThat(distinctOnce[i]).isEqualTo(expected);
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
        figures.put("whole what-if, each distinct set of facts once (load + parse + evaluate + compare)", wholeWhatIf(past, draft, true));
        figures.put("whole what-if, every evaluation evaluated (load + parse + evaluate + compare)", wholeWhatIf(past, draft, false));
        System.out.println("\n=== catalog what-if benchmark: " + EVALUATIONS + " past evaluations (" + distinct + " distinct sets of facts, "
            + amounts + " distinct amounts), " + Runtime.getRuntime().availableProcessors() + " cores ===");
        figures.forEach((option, figure) -> System.out.printf("%-140s %s%n", option, figure));
    }

    /** the what-if as {@link WhatIfs} runs it, on a fresh engine (nothing remembered from before) */
    private static String wholeWhatIf(PastEvaluations past, String draft, boolean distinctOnce) {
        long t = System.nanoTime();
        Replay replay = new Replay(Replay.engine());
        List<PastEvaluation> all = past.load();
        Replay.Result[] results = replay.evaluateAll(replay.decision(draft), all, true, distinctOnce);
        long changed = java.util.stream.IntStream.range(0, all.size())
            .filter(i -> !results[i].sameAs(all.get(i).level(), all.get(i).basis())).count();
        return rate(all.size(), t) + "  " + changed + " change";
    }

    private static String rate(int count, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return String.format("%,12.0f evaluations/s  (%,.0f ms)", count / seconds, seconds * 1000);
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

    /** fine and confiscation amounts as they occur: mostly round sums, the rest computed (multiples of illegal gains) */
    private static final double[] ROUND = {50, 100, 200, 200, 300, 500, 500, 1000, 1000, 1500, 2000, 2000, 3000, 5000, 5000, 8000, 10000,
        10000, 20000, 30000, 50000, 50000, 100000, 200000};

    /** none for a decision without money (sometimes not entered); else a round sum, or a computed one (whole yuan for fines) */
    private static Double amount(Random random, boolean money, boolean fine) {
        if (!money) {
            return random.nextInt(20) == 0 ? null : Double.valueOf(0);
        }
        if (random.nextInt(10) < 6) {
            return ROUND[random.nextInt(ROUND.length)];
        }
        double computed = Math.exp(Math.log(100) + random.nextDouble() * Math.log(5000));
        return fine ? (double) Math.round(computed) : Math.round(computed * 100) / 100d;
    }

    static List<Map<String, Object>> facts(int count) {
        Random random = new Random(20261207);
        Action[] actions = Action.values();
        List<Map<String, Object>> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int draw = random.nextInt(100);
            Action action = draw < 50 ? Action.FINE : draw < 58 ? Action.CONFISCATION : draw < 63 ? Action.SEIZURE : draw < 73 ? Action.WARNING
                : actions[random.nextInt(actions.length)];
            boolean money = action == Action.FINE || action == Action.CONFISCATION || action == Action.SEIZURE || action == Action.FREEZE;
            Double amount = amount(random, money, action == Action.FINE);
            int tier = random.nextInt(20);
            Map<String, Object> facts = new HashMap<>();
            facts.put("category", action.category().name());
            facts.put("action", action.name());
            facts.put("procedure", (action == Action.WARNING || (amount != null && amount <= 200)) && random.nextBoolean() ? "SIMPLE" : "GENERAL");
            facts.put("tier", tier < 10 ? "COUNTY" : tier < 15 ? "TOWNSHIP" : tier < 19 ? "CITY" : "PROVINCE");
            facts.put("partyType", random.nextInt(5) < 3 ? "PERSON" : "ORGANIZATION");
            facts.put("amount", amount);
            for (String flag : PastEvaluations.FACTS.subList(6, PastEvaluations.FACTS.size())) {
                facts.put(flag, random.nextInt(flag.equals("hearingHeld") && amount != null && amount >= 10000 ? 4 : 60) == 0);
            }
            all.add(facts);
        }
        return all;
    }

    /** the history rows the engine writes for each evaluation: both decision instances, their inputs, the results */
    private static void write(ProcessEngine engine, JdbcTemplate jdbc, List<Map<String, Object>> facts, Replay replay) {
        DecisionDefinition root = definition(engine, MajorDecision.DECISION_KEY);
        DecisionDefinition items = definition(engine, MajorDecision.CATALOG_ITEMS_KEY);
        Map<String, String> rootColumns = columns(engine, root);
        Map<String, String> itemColumns = columns(engine, items);
        DmnDecision decision = replay.decision(Drafts.shipped());
        List<Object[]> instances = new ArrayList<>();
        List<Object[]> inputs = new ArrayList<>();
        List<Object[]> outputs = new ArrayList<>();
        Timestamp now = new Timestamp(System.currentTimeMillis());
        Replay.Result[] results = replay.evaluateAll(decision, facts.stream()
            .map(fact -> new PastEvaluation(null, null, null, false, true, null, fact, null, null)).toList(), true);
        for (int i = 0; i < facts.size(); i++) {
            Map<String, Object> fact = facts.get(i);
            Replay.Result result = results[i];
            String rootId = UUID.randomUUID().toString();
            String itemsId = UUID.randomUUID().toString();
            instances.add(new Object[] {rootId, root.getId(), root.getKey(), now, null});
            instances.add(new Object[] {itemsId, items.getId(), items.getKey(), now, rootId});
            rootColumns.forEach((column, variable) -> inputs.add(input(rootId, column, variable.isEmpty() ? Boolean.TRUE : fact.get(variable), now)));
            itemColumns.forEach((column, variable) -> inputs.add(input(itemsId, column, fact.get(variable), now)));
            outputs.add(new Object[] {UUID.randomUUID().toString(), rootId, MajorDecision.REVIEW_LEVEL, result.level(), now});
            outputs.add(new Object[] {UUID.randomUUID().toString(), rootId, MajorDecision.BASIS, result.basis(), now});
            outputs.add(new Object[] {UUID.randomUUID().toString(), itemsId, "majorItems", "无", now});
        }
        jdbc.batchUpdate("INSERT INTO ACT_HI_DECINST (ID_, DEC_DEF_ID_, DEC_DEF_KEY_, EVAL_TIME_, ROOT_DEC_INST_ID_) VALUES (?, ?, ?, ?, ?)", instances);
        jdbc.batchUpdate("INSERT INTO ACT_HI_DEC_IN (ID_, DEC_INST_ID_, CLAUSE_ID_, CLAUSE_NAME_, VAR_TYPE_, TEXT_, DOUBLE_, LONG_, CREATE_TIME_)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", inputs);
        jdbc.batchUpdate("INSERT INTO ACT_HI_DEC_OUT (ID_, DEC_INST_ID_, VAR_NAME_, VAR_TYPE_, TEXT_, CREATE_TIME_) VALUES (?, ?, ?, 'string', ?, ?)",
            outputs);
    }

    private static Object[] input(String instanceId, String column, Object value, Timestamp now) {
        String type = value == null ? "null" : value instanceof String ? "string" : value instanceof Boolean ? "boolean" : "double";
        return new Object[] {UUID.randomUUID().toString(), instanceId, column, column, type, value instanceof String s ? s : null,
            value instanceof Double d ? d : null, value instanceof Boolean b ? (b ? 1L : 0L) : null, now};
    }

    private static DecisionDefinition definition(ProcessEngine engine, String key) {
        return engine.getRepositoryService().createDecisionDefinitionQuery().decisionDefinitionKey(key).latestVersion().singleResult();
    }

    /** every input column id → its variable ("" for an expression such as the catalog's count) */
    private static Map<String, String> columns(ProcessEngine engine, DecisionDefinition definition) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (Input input : engine.getRepositoryService().getDmnModelInstance(definition.getId()).getModelElementsByType(Input.class)) {
            String text = input.getInputExpression().getText().getTextContent().strip();
            if (input.getParentElement().getParentElement().getAttributeValue("id").equals(definition.getKey())) {
                columns.put(input.getId(), text.matches("[A-Za-z_][A-Za-z0-9_]*") ? text : "");
            }
        }
        return columns;
    }
}
