package org.sanxiang.record;

import java.util.Map;
import java.util.Set;

/**
 * The labels the forms do not carry: values the processes set themselves (deadlines, review rounds, flags), the
 * details of the domain steps (files, opinions, disclosure) and what the decisions' codes mean. Maintained here:
 * a value set by a process without a label here or on a form is not shown in the record's summary (only counted;
 * it stays in the entry's original text).
 */
final class SystemLabels {

    static final Map<String, String> FIELDS = Map.ofEntries(
        Map.entry("caseNumber", "案号"), Map.entry("caseLabel", "待办事项标题"),
        Map.entry("acceptedAt", "受理时间"), Map.entry("reviewDueAt", "审核期限"), Map.entry("reviewExtended", "审核期限已延长"),
        Map.entry("reviewPassed", "审核通过"), Map.entry("reviewRound", "审核轮次"),
        Map.entry("archiveDueAt", "归档期限"), Map.entry("penaltyDueAt", "履行期限"), Map.entry("disclosureDueAt", "公示期限"),
        Map.entry("decisionDate", "决定日期"), Map.entry("draftVersion", "决定草稿版本"),
        Map.entry("disclosureRule", "公示要求"), Map.entry("overdue", "已逾期"), Map.entry("overdueDeadlines", "逾期事项"),
        // details of the domain steps
        Map.entry("fileId", "材料编号"), Map.entry("activity", "所属执法环节"), Map.entry("activityAt", "执法环节时间"),
        Map.entry("size", "大小"), Map.entry("contentHash", "内容哈希值"), Map.entry("hashAlgorithm", "哈希算法"),
        Map.entry("supersedes", "更正的材料编号"), Map.entry("checkpointTreeSize", "对应日志检查点（日志长度）"),
        Map.entry("opinionId", "审核意见编号"), Map.entry("round", "审核轮次"), Map.entry("signatureAlgorithm", "签名算法"),
        Map.entry("keyFingerprint", "签名密钥指纹"),
        Map.entry("disclosureId", "公示编号"), Map.entry("version", "公示版本"), Map.entry("at", "时间"),
        Map.entry("originalHash", "原文哈希值"), Map.entry("publishedHash", "公示文本哈希值"), Map.entry("maskedSpans", "遮盖处数"),
        Map.entry("maskedMore", "增加遮盖"), Map.entry("unmasked", "取消遮盖"), Map.entry("unmaskReason", "取消遮盖理由"),
        Map.entry("reason", "理由"), Map.entry("note", "说明"), Map.entry("outcome", "复议或诉讼结果"),
        Map.entry("what", "调阅内容"), Map.entry("purpose", "调阅目的"));

    /** what a decision's output codes mean, per decision and output */
    static final Map<String, Map<String, String>> DECISION_VALUES = Map.of(
        "recording-requirement/recording", Map.of("MANDATORY", "须全程音像记录", "AS_NEEDED", "根据需要进行音像记录",
            "TEXT_ONLY", "以文字记录为主，无需音像记录"),
        "major-decision/reviewLevel", Map.of("MAJOR", "属于重大执法决定，须经法制审核", "GENERAL", "属于一般程序行政处罚决定，须经法制审核",
            "NONE", "不属于重大执法决定，无需法制审核"));

    /** values that are user ids: shown by the person's name */
    static final Set<String> PEOPLE = Set.of("handlers", "assignee", "reviewer", "reviewers", "leader", "archivist", "uploadedBy");

    /** values that are epoch milliseconds: shown as Beijing time */
    static boolean isTime(String key) {
        return key.endsWith("At") || key.equals("decisionDate");
    }

    private SystemLabels() {
    }
}
