package org.sanxiang.record;

import java.util.Map;

/** The kinds of record entries (stable ASCII, stored in each entry) and their Chinese names. */
public final class RecordKinds {

    public static final String PROCESS_STARTED = "PROCESS_STARTED";
    public static final String PROCESS_ENDED = "PROCESS_ENDED";
    public static final String TASK_CREATED = "TASK_CREATED";
    public static final String TASK_ASSIGNED = "TASK_ASSIGNED";
    public static final String TASK_COMPLETED = "TASK_COMPLETED";
    public static final String TASK_CANCELLED = "TASK_CANCELLED";
    public static final String VALUES_SET = "VALUES_SET";
    public static final String DECISION_EVALUATED = "DECISION_EVALUATED";
    public static final String OPINION_SIGNED = "OPINION_SIGNED";
    public static final String FILE_ADDED = "FILE_ADDED";
    public static final String RETRIEVAL = "RETRIEVAL";
    /** the case-file package built when the case was archived, with its hash */
    public static final String ARCHIVE_PACKAGE_STORED = "ARCHIVE_PACKAGE_STORED";
    /** the steps of a decision's disclosure: DISCLOSURE_REDACTED, DISCLOSURE_PUBLISHED, ... (DisclosureStepListener) */
    public static final String DISCLOSURE_REDACTED = "DISCLOSURE_REDACTED";
    public static final String DISCLOSURE_PUBLISHED = "DISCLOSURE_PUBLISHED";
    public static final String DISCLOSURE_NOT_PUBLISHED = "DISCLOSURE_NOT_PUBLISHED";
    public static final String DISCLOSURE_WITHDRAWAL_REQUESTED = "DISCLOSURE_WITHDRAWAL_REQUESTED";
    public static final String DISCLOSURE_WITHDRAWN = "DISCLOSURE_WITHDRAWN";
    public static final String DISCLOSURE_CORRECTION_REQUESTED = "DISCLOSURE_CORRECTION_REQUESTED";
    public static final String DISCLOSURE_CORRECTED = "DISCLOSURE_CORRECTED";
    public static final String DISCLOSURE_EXPIRED = "DISCLOSURE_EXPIRED";

    public static final Map<String, String> NAMES = Map.ofEntries(
        Map.entry(PROCESS_STARTED, "流程开始"), Map.entry(PROCESS_ENDED, "流程结束"),
        Map.entry(TASK_CREATED, "任务生成"), Map.entry(TASK_ASSIGNED, "任务认领"),
        Map.entry(TASK_COMPLETED, "任务办结"), Map.entry(TASK_CANCELLED, "任务取消"),
        Map.entry(VALUES_SET, "数据变更"), Map.entry(DECISION_EVALUATED, "决策判定"),
        Map.entry(OPINION_SIGNED, "审核意见签署"), Map.entry(FILE_ADDED, "案卷材料归入"),
        Map.entry(RETRIEVAL, "调阅"), Map.entry(ARCHIVE_PACKAGE_STORED, "案卷包归档"),
        Map.entry(DISCLOSURE_REDACTED, "公示信息脱敏"), Map.entry(DISCLOSURE_PUBLISHED, "决定公示"),
        Map.entry(DISCLOSURE_NOT_PUBLISHED, "决定不予公示"), Map.entry(DISCLOSURE_WITHDRAWAL_REQUESTED, "申请撤下公示"),
        Map.entry(DISCLOSURE_WITHDRAWN, "撤下公示"), Map.entry(DISCLOSURE_CORRECTION_REQUESTED, "申请更正公示信息"),
        Map.entry(DISCLOSURE_CORRECTED, "更正公示信息"), Map.entry(DISCLOSURE_EXPIRED, "公示期满撤下"));

    private RecordKinds() {
    }

    public static String name(String kind) {
        return NAMES.getOrDefault(kind, kind);
    }
}
