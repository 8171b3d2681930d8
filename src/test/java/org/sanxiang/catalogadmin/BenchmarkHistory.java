package org.sanxiang.catalogadmin;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.Input;
import org.sanxiang.catalog.Action;
import org.sanxiang.catalog.MajorDecision;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For the benchmark: past evaluations of {@code major-decision} with realistic facts, written into
 * the history tables as the engine writes them (both decisions, every input, the results).
 */
final class BenchmarkHistory {

    private BenchmarkHistory() {
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
    static void write(ProcessEngine engine, JdbcTemplate jdbc, List<Map<String, Object>> facts, Replay replay) {
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
            .map(fact -> new PastEvaluation(null, null, null, false, true, null, fact, null, null)).toList(), true, true);
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
