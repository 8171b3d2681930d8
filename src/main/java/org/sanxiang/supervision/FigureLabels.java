package org.sanxiang.supervision;

import java.util.Map;

import org.sanxiang.catalog.ReviewLevel;
import org.sanxiang.deadline.DeadlineType;
import org.sanxiang.people.Directory;
import org.springframework.stereotype.Component;

/** The Chinese label of each key of a figure; people by their names (姓名). */
@Component
class FigureLabels {

    /** the user tasks of enforcement-case and legal-review, as their BPMN names them */
    static final Map<String, String> TASKS = Map.ofEntries(
        Map.entry("investigate", "调查取证"), Map.entry("draft-decision", "拟作出决定"), Map.entry("notify-party", "事先告知"),
        Map.entry("submit-materials", "报送审核材料"), Map.entry("accept-submission", "受理审查"),
        Map.entry("supplement-materials", "补充材料"), Map.entry("review-decision", "法制审核并出具书面意见"),
        Map.entry("answer-opinion", "研究处理审核意见"), Map.entry("negotiate", "协商"),
        Map.entry("collective-discussion", "负责人集体讨论"), Map.entry("request-extension", "申请延长审核期限"),
        Map.entry("approve-extension", "批准延长审核期限"), Map.entry("leader-decision", "负责人决定"),
        Map.entry("serve-decision", "送达"), Map.entry("execute-decision", "执行"), Map.entry("archive-case", "归档"),
        Map.entry("transfer-judicial", "移送司法机关"), Map.entry("conclude-seizure", "解除查封扣押或作出处理决定"),
        Map.entry("request-seizure-extension", "申请延长查封扣押期限"),
        Map.entry("approve-seizure-extension", "批准延长查封扣押期限"), Map.entry("none", "无待办任务（期限或系统处理中）"));

    static final Map<String, String> REVIEW_RESULTS = Map.of("SUBMITTED", "报送审核", "PASSED_FIRST_ROUND", "首次报送即通过",
        "RETURNED", "退回补充材料", "PROBLEMS", "审核意见存在问题", "DISPUTE", "有异议", "COLLECTIVE", "集体讨论");

    static final Map<String, String> DISCLOSURE = Map.of("MET", "按期公示", "MISSED", "逾期公示", "OVERDUE", "逾期未公示",
        "DUE_SOON", "即将到期", "OPEN", "待公示");

    static final Map<String, String> RECORDING = Map.of("MET", "按时存储", "MISSED", "逾期存储", "OVERDUE", "缺失（逾期未存储）",
        "DUE_SOON", "即将到期", "OPEN", "待存储");

    private final Directory directory;

    FigureLabels(Directory directory) {
        this.directory = directory;
    }

    String label(Figure figure, String key) {
        return switch (figure) {
            case STAGE -> TASKS.getOrDefault(key, key);
            case DEADLINE -> {
                String[] parts = key.split(":", 2);
                yield typeLabel(parts[0]) + " · " + Figure.STATES.getOrDefault(parts.length > 1 ? parts[1] : "", key);
            }
            case DISCLOSURE -> DISCLOSURE.getOrDefault(key, key);
            case RECORDING -> RECORDING.getOrDefault(key, key);
            case REVIEW -> {
                String[] parts = key.split(":", 2);
                yield levelLabel(parts[0]) + " · " + REVIEW_RESULTS.getOrDefault(parts.length > 1 ? parts[1] : "", key);
            }
            case HANDLER_WORKLOAD, REVIEWER_WORKLOAD -> directory.displayName(key);
        };
    }

    static String typeLabel(String type) {
        try {
            return DeadlineType.valueOf(type).label();
        } catch (IllegalArgumentException e) {
            return type;
        }
    }

    static String levelLabel(String level) {
        return switch (level) {
            case "MAJOR" -> "重大执法决定";
            case "GENERAL" -> "一般程序行政处罚";
            default -> ReviewLevel.NONE.name().equals(level) ? "其他" : level;
        };
    }
}
