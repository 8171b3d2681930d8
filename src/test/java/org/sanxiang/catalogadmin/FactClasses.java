package org.sanxiang.catalogadmin;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableInputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableOutputImpl;
import org.camunda.bpm.dmn.engine.impl.DmnDecisionTableRuleImpl;
import org.camunda.bpm.dmn.engine.impl.DmnExpressionImpl;
import org.camunda.bpm.engine.variable.Variables;

/**
 * Values of a fact that a decision cannot tell apart. A fact qualifies when the only expressions of
 * the decision (and the decisions it requires) that read it are input expressions that are the bare
 * variable, and every input entry of those columns is a pure FEEL unary test of the column's value
 * alone; then two values whose input entries all give the same results (FEEL-Scala's, on the value
 * as Camunda's engine transforms it to the column's type) match exactly the same rules, and the
 * decision gives the same result for both. Each value is replaced by the first value of its class,
 * so that the replay evaluates one set of facts per class (an amount of 6,123.45 yuan and one of
 * 6,500 yuan are one class when every threshold of the table lies outside them). Values whose input
 * entries fail, and null, keep their own class.
 */
final class FactClasses {

    private final ParsedOnceFeelEngine feel;
    /** fact → the columns that read it */
    private final Map<String, List<DmnDecisionTableInputImpl>> columns = new HashMap<>();
    /** column → its non-empty input entries */
    private final Map<DmnDecisionTableInputImpl, List<String>> entries = new HashMap<>();
    /** fact → (value → the first value of its class) */
    private final Map<String, Map<Object, Object>> representatives = new ConcurrentHashMap<>();
    /** fact → (results of the input entries → the first value giving them) */
    private final Map<String, Map<List<Boolean>, Object>> classes = new ConcurrentHashMap<>();

    private FactClasses(ParsedOnceFeelEngine feel) {
        this.feel = feel;
    }

    /**
     * the evaluations with each fact replaced by the first value of its class, so that
     * {@link Replay#evaluateAll} with distinct sets once evaluates one set of facts per class
     */
    List<PastEvaluation> canonical(List<PastEvaluation> evaluations) {
        return evaluations.parallelStream().map(e -> new PastEvaluation(e.id(), e.decisionDefinitionId(), e.caseNumber(), e.open(),
            e.recorded(), e.evaluatedAt(), canonical(e.facts()), e.level(), e.basis())).toList();
    }

    /** the classes of the given facts for a decision; none when the engine's FEEL is not {@link ParsedOnceFeelEngine} */
    static FactClasses of(DmnDecision decision, DefaultDmnEngineConfiguration configuration, List<String> facts) {
        if (!(configuration.getFeelEngine() instanceof ParsedOnceFeelEngine feel)) {
            return new FactClasses(null);
        }
        FactClasses classes = new FactClasses(feel);
        List<DmnDecisionTableImpl> tables = tables(decision);
        if (tables == null || !feel(configuration, tables)) {
            return classes;
        }
        for (String fact : facts) {
            classes.qualify(fact, tables);
        }
        return classes;
    }

    /** the facts with every qualifying value replaced by the first value of its class */
    Map<String, Object> canonical(Map<String, Object> facts) {
        if (columns.isEmpty()) {
            return facts;
        }
        Map<String, Object> canonical = new HashMap<>(facts);
        columns.forEach((fact, reading) -> {
            Object value = facts.get(fact);
            if (value != null) {
                canonical.put(fact, representatives.get(fact).computeIfAbsent(value, v -> representative(fact, reading, v)));
            }
        });
        return canonical;
    }

    private Object representative(String fact, List<DmnDecisionTableInputImpl> reading, Object value) {
        List<Boolean> results = new ArrayList<>();
        try {
            for (DmnDecisionTableInputImpl column : reading) {
                Object evaluated = feel.evaluateSimpleExpression(column.getExpression().getExpression(),
                    Variables.createVariables().putValue(fact, value).asVariableContext());
                var local = Variables.createVariables().putValueTyped(column.getInputVariable(),
                    column.getExpression().getTypeDefinition().transform(evaluated)).asVariableContext();
                for (String entry : entries.get(column)) {
                    results.add(feel.evaluateSimpleUnaryTests(entry, column.getInputVariable(), local));
                }
            }
        } catch (RuntimeException e) {
            return value;
        }
        return classes.get(fact).computeIfAbsent(results, r -> value);
    }

    private void qualify(String fact, List<DmnDecisionTableImpl> tables) {
        List<DmnDecisionTableInputImpl> reading = new ArrayList<>();
        Map<DmnDecisionTableInputImpl, List<String>> found = new HashMap<>();
        for (DmnDecisionTableImpl table : tables) {
            for (DmnDecisionTableOutputImpl output : table.getOutputs()) {
                if (fact.equals(output.getOutputName())) {
                    return;
                }
            }
            Set<String> inputVariables = new HashSet<>();
            for (int i = 0; i < table.getInputs().size(); i++) {
                DmnDecisionTableInputImpl input = table.getInputs().get(i);
                inputVariables.add(input.getInputVariable());
                String expression = input.getExpression() == null ? null : input.getExpression().getExpression();
                boolean bare = expression != null && expression.strip().equals(fact);
                if (!bare && reads(expression, false, fact)) {
                    return;
                }
                List<String> texts = new ArrayList<>();
                for (DmnDecisionTableRuleImpl rule : table.getRules()) {
                    String entry = text(rule.getConditions().get(i));
                    if (entry == null) {
                        continue;
                    }
                    List<String> names = feel.namesRead(entry, true);
                    boolean ofTheValueAlone = names != null && names.stream().allMatch(input.getInputVariable()::equals);
                    if (bare ? !ofTheValueAlone : names == null || names.contains(fact)) {
                        return;
                    }
                    texts.add(entry);
                }
                if (bare) {
                    reading.add(input);
                    found.put(input, texts);
                }
            }
            for (DmnDecisionTableRuleImpl rule : table.getRules()) {
                for (DmnExpressionImpl conclusion : rule.getConclusions()) {
                    List<String> names = text(conclusion) == null ? List.of() : feel.namesRead(text(conclusion), false);
                    if (names == null || names.contains(fact) || names.stream().anyMatch(inputVariables::contains)) {
                        return;
                    }
                }
            }
        }
        if (!reading.isEmpty()) {
            columns.put(fact, reading);
            entries.putAll(found);
            representatives.put(fact, new ConcurrentHashMap<>());
            classes.put(fact, new ConcurrentHashMap<>());
        }
    }

    /** whether an expression may read the fact: it names it, or it is not pure (anything may be read) */
    private boolean reads(String expression, boolean unaryTests, String fact) {
        if (expression == null || expression.isBlank()) {
            return false;
        }
        List<String> names = feel.namesRead(expression, unaryTests);
        return names == null || names.contains(fact);
    }

    private static String text(DmnExpressionImpl expression) {
        String text = expression == null ? null : expression.getExpression();
        return text == null || text.isBlank() ? null : text;
    }

    /** the decision tables of the decision and every decision it requires; null when one is not a table */
    private static List<DmnDecisionTableImpl> tables(DmnDecision decision) {
        List<DmnDecisionTableImpl> tables = new ArrayList<>();
        Deque<DmnDecision> open = new ArrayDeque<>(List.of(decision));
        Set<DmnDecision> seen = new HashSet<>();
        while (!open.isEmpty()) {
            DmnDecision next = open.pop();
            if (seen.add(next)) {
                if (!(next.getDecisionLogic() instanceof DmnDecisionTableImpl table)) {
                    return null;
                }
                tables.add(table);
                open.addAll(next.getRequiredDecisions());
            }
        }
        return tables;
    }

    /** whether every input expression, input entry and output entry is FEEL */
    private static boolean feel(DefaultDmnEngineConfiguration configuration, List<DmnDecisionTableImpl> tables) {
        for (DmnDecisionTableImpl table : tables) {
            for (DmnDecisionTableInputImpl input : table.getInputs()) {
                if (!feel(input.getExpression(), configuration.getDefaultInputExpressionExpressionLanguage())) {
                    return false;
                }
            }
            for (DmnDecisionTableRuleImpl rule : table.getRules()) {
                for (DmnExpressionImpl condition : rule.getConditions()) {
                    if (!feel(condition, configuration.getDefaultInputEntryExpressionLanguage())) {
                        return false;
                    }
                }
                for (DmnExpressionImpl conclusion : rule.getConclusions()) {
                    if (!feel(conclusion, configuration.getDefaultOutputEntryExpressionLanguage())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private static boolean feel(DmnExpressionImpl expression, String defaultLanguage) {
        String language = expression == null || expression.getExpressionLanguage() == null ? defaultLanguage : expression.getExpressionLanguage();
        return language != null && language.toLowerCase(Locale.ROOT).contains("feel");
    }
}
