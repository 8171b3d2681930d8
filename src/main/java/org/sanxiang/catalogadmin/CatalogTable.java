package org.sanxiang.catalogadmin;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.sanxiang.catalog.MajorDecision;

/**
 * The catalog table ({@code major-catalog-items}) of a DMN model, row by row: each row's input
 * entries by the variable its input column reads, and its output (the catalog item's text).
 */
final class CatalogTable {

    /** the output of the catch-all row: "no catalog item" */
    static final String NO_ITEM = "无";

    /** one row: its position (1-based), id, input entries by variable and the unquoted output */
    record Row(int index, String ruleId, Map<String, String> entries, String output, String description) {

        String entry(String variable) {
            return entries.getOrDefault(variable, "");
        }

        boolean catchAll() {
            return entries.values().stream().allMatch(String::isBlank) && NO_ITEM.equals(output);
        }

        /** how a catalog administrator finds the row: its number in the table and its item */
        String label() {
            String item = output == null || output.isBlank() ? (description == null ? "" : description) : output;
            return "第" + index + "行" + (item.isBlank() ? "" : "（" + abbreviate(item) + "）");
        }

        private static String abbreviate(String text) {
            return text.length() > 40 ? text.substring(0, 40) + "…" : text;
        }
    }

    private CatalogTable() {
    }

    static DmnModelInstance parse(String xml) {
        return Dmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    static DecisionTable table(DmnModelInstance model, String decisionId) {
        Decision decision = model.getModelElementById(decisionId) instanceof Decision d ? d : null;
        if (decision == null || !(decision.getExpression() instanceof DecisionTable table)) {
            return null;
        }
        return table;
    }

    /** the input columns of a table: the variable (input expression) → the column's label */
    static Map<String, String> inputs(DecisionTable table) {
        Map<String, String> inputs = new LinkedHashMap<>();
        for (Input input : table.getInputs()) {
            String expression = input.getInputExpression() == null || input.getInputExpression().getText() == null
                ? "" : input.getInputExpression().getText().getTextContent().strip();
            inputs.put(expression, input.getLabel() == null ? expression : input.getLabel());
        }
        return inputs;
    }

    static List<Row> rows(DmnModelInstance model) {
        DecisionTable table = table(model, MajorDecision.CATALOG_ITEMS_KEY);
        if (table == null) {
            return List.of();
        }
        List<String> variables = new ArrayList<>(inputs(table).keySet());
        List<Row> rows = new ArrayList<>();
        int index = 0;
        for (Rule rule : table.getRules()) {
            index++;
            Map<String, String> entries = new LinkedHashMap<>();
            List<InputEntry> inputEntries = new ArrayList<>(rule.getInputEntries());
            for (int i = 0; i < inputEntries.size() && i < variables.size(); i++) {
                entries.put(variables.get(i), text(inputEntries.get(i).getText() == null ? null : inputEntries.get(i).getText().getTextContent()));
            }
            String output = rule.getOutputEntries().isEmpty() || rule.getOutputEntries().iterator().next().getText() == null
                ? "" : unquote(rule.getOutputEntries().iterator().next().getText().getTextContent());
            String description = rule.getDescription() == null ? "" : rule.getDescription().getTextContent();
            rows.add(new Row(index, rule.getId(), entries, output, description));
        }
        return rows;
    }

    static String text(String value) {
        return value == null ? "" : value.strip();
    }

    static String unquote(String value) {
        String text = text(value);
        return text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"") ? text.substring(1, text.length() - 1) : text;
    }
}
