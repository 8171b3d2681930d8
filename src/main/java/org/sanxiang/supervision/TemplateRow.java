package org.sanxiang.supervision;

import java.util.Arrays;
import java.util.List;

/**
 * The rows of the annual enforcement statistics (年度行政执法数据, the provincial template of
 * 广东省 年度数据公开 as the model), each with the category and actions of the cases it counts.
 * 行政征收征用 cases are split by action: 征收补偿决定 under 行政征收, the other decisions under 行政征用.
 */
enum TemplateRow {
    LICENSING("行政许可", "LICENSING", List.of()),
    PENALTY("行政处罚", "PENALTY", List.of()),
    COERCION("行政强制", "COERCION", List.of()),
    LEVY("行政征收", "EXPROPRIATION", List.of("COMPENSATION_DECISION")),
    REQUISITION("行政征用", "EXPROPRIATION", List.of("EXPROPRIATION_OTHER")),
    INSPECTION("行政检查", "INSPECTION", List.of());

    private final String label;
    private final String category;
    private final List<String> actions;

    TemplateRow(String label, String category, List<String> actions) {
        this.label = label;
        this.category = category;
        this.actions = actions;
    }

    String label() {
        return label;
    }

    static String[] names() {
        return Arrays.stream(values()).map(Enum::name).toArray(String[]::new);
    }

    /** the row a decided case counts under */
    static TemplateRow of(String category, String action) {
        for (TemplateRow row : values()) {
            if (row.category.equals(category) && (row.actions.isEmpty() || row.actions.contains(action))) {
                return row;
            }
        }
        return null;
    }
}
