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
 * 100,000 past evaluations of {@code major-decision} written into the history tables of an
 * in-memory engine (as the engine writes them: both decisions, every input, the results), then
 * each option measured and printed in evaluations per second: loading (one SQL query vs Camunda's
 * history API), FEEL-Scala as Camunda runs it, the decision parsed per evaluation, expressions
 * parsed once, legacy Java FEEL for input entries, parallel evaluation, and the whole what-if.
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
        figures.put("loading, one SQL query for all inputs (+ one for results)", rate(loaded.size(), t));
        assertThat(loaded).hasSize(EVALUATIONS);

        int apiSample = Math.min(EVALUATIONS, 20_000);
        t = System.nanoTime();
        int viaApi = loadThroughHistoryApi(engine, apiSample);
        figures.put("loading, Camunda history API (includeInputs/Outputs, pages of 2,000; " + apiSample + " evaluations)", rate(viaApi, t));

        Replay feelScala = new Replay(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine());
        int sample = Math.min(EVALUATIONS, 10_000);
        List<PastEvaluation> some = loaded.subList(0, sample);
        DmnDecision plainDecision = feelScala.decision(xml);
        feelScala.evaluateAll(plainDecision, some, false);
        t = System.nanoTime();
        Replay.Result[] reference = feelScala.evaluateAll(plainDecision, some, false);
        figures.put("FEEL-Scala as Camunda runs it (parses every expression each time), decision parsed once, 1 thread (" + sample + ")", rate(sample, t));
        t = System.nanoTime();
        for (PastEvaluation evaluation : loaded.subList(0, 500)) {
            feelScala.evaluate(feelScala.decision(xml), evaluation);
        }
        figures.put("FEEL-Scala, decision parsed again for every evaluation, 1 thread (500)", rate(500, t));

        Replay parsedOnce = new Replay(Replay.engine());
        DmnDecision decision = parsedOnce.decision(xml);
        parsedOnce.evaluateAll(decision, loaded, false);
        t = System.nanoTime();
        Replay.Result[] sequential = parsedOnce.evaluateAll(decision, loaded, false);
        figures.put("FEEL-Scala, expressions parsed once, 1 thread", rate(loaded.size(), t));
        t = System.nanoTime();
        Replay.Result[] parallel = parsedOnce.evaluateAll(decision, loaded, true);
        figures.put("FEEL-Scala, expressions parsed once, parallel (" + Runtime.getRuntime().availableProcessors() + " cores)", rate(loaded.size(), t));

        DefaultDmnEngineConfiguration legacyConfiguration = (DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration();
        legacyConfiguration.feelEngineFactory(() -> new LegacyUnaryTestsFeelEngine(new ParsedOnceFeelEngine(List.of())));
        Replay legacy = new Replay(legacyConfiguration.buildEngine());
        DmnDecision legacyDecision = legacy.decision(xml);
        legacy.evaluateAll(legacyDecision, loaded, false);
        t = System.nanoTime();
        Replay.Result[] legacySequential = legacy.evaluateAll(legacyDecision, loaded, false);
        figures.put("legacy Java FEEL for input entries (+ FEEL-Scala parsed once for expressions), 1 thread", rate(loaded.size(), t));
        t = System.nanoTime();
        Replay.Result[] legacyParallel = legacy.evaluateAll(legacyDecision, loaded, true);
        figures.put("legacy Java FEEL for input entries, parallel", rate(loaded.size(), t));

        for (int i = 0; i < loaded.size(); i++) {
            PastEvaluation evaluation = loaded.get(i);
            assertThat(sequential[i]).isEqualTo(new Replay.Result(evaluation.level(), evaluation.basis(), null));
            assertThat(parallel[i]).isEqualTo(sequential[i]);
            assertThat(legacySequential[i]).isEqualTo(sequential[i]);
            assertThat(legacyParallel[i]).isEqualTo(sequential[i]);
            if (i < sample) {
                assertThat(reference[i]).isEqualTo(sequential[i]);
            }
        }

        t = System.nanoTime();
        List<PastEvaluation> again = past.load();
        Replay.Result[] results = parsedOnce.evaluateAll(parsedOnce.decision(Drafts.countyFineThreshold(xml, 8000)), again, true);
        long changed = java.util.stream.IntStream.range(0, again.size())
            .filter(i -> !results[i].sameAs(again.get(i).level(), again.get(i).basis())).count();
        long millis = (System.nanoTime() - t) / 1_000_000;
        figures.put("whole what-if as deployed (load in one query + parsed once + parallel + compare): " + millis + " ms, " + changed + " change",
            rate(again.size(), t));
        System.out.println("\n=== catalog what-if benchmark: " + EVALUATIONS + " past evaluations, " + Runtime.getRuntime().availableProcessors()
            + " cores ===");
        figures.forEach((option, figure) -> System.out.printf("%-130s %s%n", option, figure));
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

    static List<Map<String, Object>> facts(int count) {
        Random random = new Random(20261207);
        Action[] actions = Action.values();
        String[] tiers = {"COUNTY", "TOWNSHIP", "CITY", "PROVINCE"};
        List<Map<String, Object>> all = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Action action = random.nextInt(2) == 0 ? Action.FINE : actions[random.nextInt(actions.length)];
            Map<String, Object> facts = new HashMap<>();
            facts.put("category", action.category().name());
            facts.put("action", action.name());
            facts.put("procedure", random.nextInt(5) == 0 ? "SIMPLE" : "GENERAL");
            facts.put("tier", tiers[random.nextInt(tiers.length)]);
            facts.put("partyType", random.nextBoolean() ? "PERSON" : "ORGANIZATION");
            facts.put("amount", (double) (random.nextInt(2000) * 100));
            for (String flag : PastEvaluations.FACTS.subList(6, PastEvaluations.FACTS.size())) {
                facts.put(flag, random.nextInt(40) == 0);
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
