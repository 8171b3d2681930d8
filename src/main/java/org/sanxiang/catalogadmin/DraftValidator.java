package org.sanxiang.catalogadmin;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Output;
import org.sanxiang.catalog.Category;
import org.sanxiang.catalog.MajorDecision;

/**
 * Checks a draft of the catalog before anything else is done with it, with messages a catalog
 * administrator understands, each naming the row: it parses; it keeps the decisions, input columns
 * and outputs of the contract; only FEEL; every category still reaches a row; the catch-all row is
 * last; amount thresholds are numbers and every tier keeps the threshold the shipped catalog has;
 * no two rows of the same category and action contradict each other; every cell is FEEL that
 * Camunda's FEEL engine parses.
 */
final class DraftValidator {

    static final String SHIPPED = "dmn/major-decision.dmn";
    private static final Pattern EXPRESSION_LANGUAGE = Pattern.compile("expressionLanguage\\s*=\\s*[\"']([^\"']*)[\"']");

    private final DmnModelInstance shipped;
    private final ParsedOnceFeelEngine feel = new ParsedOnceFeelEngine(List.of());

    DraftValidator() {
        try (InputStream in = DraftValidator.class.getClassLoader().getResourceAsStream(SHIPPED)) {
            this.shipped = CatalogTable.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** the problems of the draft; empty when it may be deployed */
    List<String> problems(String xml) {
        List<String> problems = new ArrayList<>();
        Matcher language = EXPRESSION_LANGUAGE.matcher(xml);
        while (language.find()) {
            String value = language.group(1).strip().toLowerCase(Locale.ROOT);
            if (!(value.equals("feel") || value.endsWith("/feel"))) {
                problems.add("使用了表达式语言“" + language.group(1) + "”：目录只能使用 FEEL 表达式，不能使用脚本或 JUEL。");
            }
        }
        DmnModelInstance model;
        try {
            model = CatalogTable.parse(xml);
        } catch (RuntimeException e) {
            problems.add("文件不是有效的 DMN 决策表，无法解析：请用 Camunda Modeler 打开并另存后重新上传。");
            return problems;
        }
        if (!contract(model, MajorDecision.DECISION_KEY, HitPolicy.FIRST, problems)
            | !contract(model, MajorDecision.CATALOG_ITEMS_KEY, HitPolicy.COLLECT, problems)) {
            return problems;
        }
        List<CatalogTable.Row> rows = CatalogTable.rows(model);
        catchAllLast(rows, problems);
        List<CatalogTable.Row> items = rows.stream().filter(row -> !row.catchAll()).toList();
        for (Category category : Category.values()) {
            if (items.stream().noneMatch(row -> covers(row.entry("category"), category.name()))) {
                problems.add("执法类别“" + category.label() + "”没有任何目录条目行适用：每个执法类别至少要有一行（可以是类别为空的第12项各行）。");
            }
        }
        Map<String, String> labels = CatalogTable.inputs(CatalogTable.table(model, MajorDecision.CATALOG_ITEMS_KEY));
        for (CatalogTable.Row row : rows) {
            row.entries().forEach((variable, cell) -> {
                boolean reportedAsAmount = variable.equals("amount") && !Cells.numeric(cell);
                if (!cell.isBlank() && !reportedAsAmount && feel.unaryTestsSyntaxError(cell) != null) {
                    problems.add(row.label() + "“" + labels.getOrDefault(variable, variable) + "”列的条件“" + cell
                        + "”不是有效的 FEEL 条件：请检查引号、逗号和比较符号（如 \"COUNTY\",\"TOWNSHIP\" 或 >= 5000）。");
                }
            });
        }
        for (CatalogTable.Row row : items) {
            if (!Cells.numeric(row.entry("amount"))) {
                problems.add(row.label() + "的金额条件“" + row.entry("amount") + "”不是数字门槛：请写成如 >= 5000 的形式（只写数字，不写“元”或千位分隔符）。");
            }
        }
        new ThresholdCoverage(CatalogTable.rows(shipped), items).check(problems);
        Contradictions.check(items, problems);
        return problems;
    }

    private boolean contract(DmnModelInstance model, String decisionId, HitPolicy hitPolicy, List<String> problems) {
        DecisionTable expected = CatalogTable.table(shipped, decisionId);
        String name = expected.getParentElement().getAttributeValue("name");
        DecisionTable table = CatalogTable.table(model, decisionId);
        if (table == null) {
            problems.add("缺少决策“" + name + "”（决策 ID 必须保持为 " + decisionId + "）：请不要删除或改动决策的 ID。");
            return false;
        }
        if (table.getHitPolicy() != hitPolicy) {
            problems.add("决策“" + name + "”的命中策略必须保持为 " + hitPolicy + "，现在是 " + table.getHitPolicy() + "。");
        }
        Set<String> inputs = CatalogTable.inputs(table).keySet();
        CatalogTable.inputs(expected).forEach((variable, label) -> {
            if (!inputs.contains(variable)) {
                problems.add("决策“" + name + "”缺少输入列“" + label + "”（输入表达式应为 " + variable + "）：请不要删除或改动输入列。");
            }
        });
        Set<String> outputs = new LinkedHashSet<>(table.getOutputs().stream().map(Output::getName).toList());
        for (Output output : expected.getOutputs()) {
            if (!outputs.contains(output.getName())) {
                problems.add("决策“" + name + "”缺少输出“" + output.getLabel() + "”（输出名称应为 " + output.getName() + "）：请不要删除或改名。");
            }
        }
        return true;
    }

    private static void catchAllLast(List<CatalogTable.Row> rows, List<String> problems) {
        List<CatalogTable.Row> catchAll = rows.stream().filter(CatalogTable.Row::catchAll).toList();
        if (catchAll.isEmpty()) {
            problems.add("缺少兜底行（全部条件为空、输出“无”）：请把它保留为目录清单的最后一行，不要删除。");
        } else if (catchAll.get(catchAll.size() - 1).index() != rows.size()) {
            problems.add("兜底行（全部条件为空、输出“无”）现在是第" + catchAll.get(0).index() + "行，必须是最后一行（第" + rows.size() + "行）：请把它移到最后。");
        }
    }

    /** an empty cell covers every value; a list of strings covers the values it names */
    static boolean covers(String cell, String value) {
        if (cell.isBlank()) {
            return true;
        }
        List<String> values = Cells.strings(cell);
        return values == null || values.contains(value);
    }
}
