package org.sanxiang.disclosure;

import java.util.Map;

import org.sanxiang.catalog.Category;

/** The text of a decision as served (the original of what is published), from the case's variables. */
final class DecisionText {

    private DecisionText() {
    }

    static String title(Category category) {
        return switch (category) {
            case PENALTY -> "行政处罚决定书";
            case LICENSING -> "行政许可决定书";
            case COERCION -> "行政强制决定书";
            case EXPROPRIATION -> "行政征收征用决定书";
            case INSPECTION -> "行政检查结果决定书";
        };
    }

    /** the sections that are filled, each as "heading：text" on its own line */
    static String compose(String agency, Category category, Map<String, Object> v) {
        StringBuilder out = new StringBuilder();
        out.append(agency).append('\n').append(title(category)).append('\n');
        line(out, "文号", v.get("decisionNumber"));
        line(out, "当事人", v.get("partyName"));
        line(out, "案由", v.get("caseTitle"));
        line(out, "违法事实", v.get("investigationSummary"));
        line(out, "证据", v.get("evidenceList"));
        line(out, "证据采信", v.get("evidenceReasoning"));
        line(out, "法律依据", v.get("legalBasis"));
        line(out, "裁量理由", v.get("discretionReasoning"));
        line(out, "陈述申辩及采纳情况", v.get("statementAnswer"));
        line(out, "决定内容", v.get("decisionDraft"));
        return out.toString().strip();
    }

    private static void line(StringBuilder out, String heading, Object value) {
        if (value != null && !String.valueOf(value).isBlank()) {
            out.append(heading).append("：").append(String.valueOf(value).strip()).append('\n');
        }
    }
}
