package org.sanxiang.supervision;

import java.util.Map;

/**
 * The dashboard's figures, each a set of (key, case) pairs in SQL: counting the distinct cases per
 * key gives the figure, listing the cases of one key gives its drill-down. {@code %s} is the
 * filter on the case (alias {@code c}, see {@link Filter#where()}).
 */
enum Figure {

    /**
     * cases not yet closed, by the task they wait on (the case's or its review's); "none" while only a timer runs. Rolled
     * up like the others: a task created, completed or deleted refreshes its case ({@link RollupTasks})
     */
    STAGE("在办案件（按办理环节）", """
        SELECT COALESCE((SELECT MIN(t.TASK_DEF_KEY_) FROM ACT_RU_EXECUTION e JOIN ACT_RU_TASK t ON t.PROC_INST_ID_ = e.ID_
                         WHERE e.BUSINESS_KEY_ = c.case_number AND e.ID_ = e.PROC_INST_ID_), 'none') AS k, c.case_number
        FROM enforcement_case c WHERE c.status IN ('OPEN', 'DECIDED') AND %s"""),

    /** every deadline of the cases by type and where it stands (running, due soon, overdue, met, missed) */
    DEADLINE("期限（按类型和状态）", """
        SELECT CONCAT(d.deadline_type, ':',\s""" + Figure.STATE + """
        ) AS k, c.case_number FROM deadline_record d JOIN enforcement_case c ON c.case_number = d.case_number WHERE %s""",
        "CONCAT(d.deadline_type, ':', d.status)", ""),

    /** 公示: decisions disclosed on time, late, overdue (not yet disclosed after the deadline), pending */
    DISCLOSURE("公示及时性", """
        SELECT\s""" + Figure.STATE + """
         AS k, c.case_number FROM deadline_record d JOIN enforcement_case c ON c.case_number = d.case_number
        WHERE d.deadline_type = 'DISCLOSURE' AND %s""", "d.status", "d.deadline_type = 'DISCLOSURE' AND"),

    /** 音像记录: mandatory recordings stored on time (MET), late (MISSED), missing (OVERDUE), pending */
    RECORDING("音像记录合规", """
        SELECT\s""" + Figure.STATE + """
         AS k, c.case_number FROM deadline_record d JOIN enforcement_case c ON c.case_number = d.case_number
        WHERE d.deadline_type = 'RECORDING' AND %s""", "d.status", "d.deadline_type = 'RECORDING' AND"),

    /** legal reviews by the case's review level and what happened in them */
    REVIEW("法制审核（按审核类别和结果）", """
        SELECT CONCAT(COALESCE(c.review_level, 'NONE'), ':SUBMITTED') AS k, c.case_number FROM enforcement_case c
        WHERE %1$s AND EXISTS (SELECT 1 FROM review_submission s WHERE s.case_number = c.case_number)
        UNION ALL
        SELECT CONCAT(COALESCE(c.review_level, 'NONE'), ':PASSED_FIRST_ROUND'), c.case_number FROM enforcement_case c
        WHERE %1$s AND EXISTS (SELECT 1 FROM review_conclusion r WHERE r.case_number = c.case_number AND r.passed = TRUE AND r.round_no = 1)
        UNION ALL
        SELECT CONCAT(COALESCE(c.review_level, 'NONE'), ':RETURNED'), c.case_number FROM enforcement_case c
        WHERE %1$s AND EXISTS (SELECT 1 FROM review_acceptance a WHERE a.case_number = c.case_number AND a.materials_complete = FALSE)
        UNION ALL
        SELECT CONCAT(COALESCE(c.review_level, 'NONE'), ':PROBLEMS'), c.case_number FROM enforcement_case c
        WHERE %1$s AND EXISTS (SELECT 1 FROM review_opinion o WHERE o.case_number = c.case_number AND o.opinion = 'PROBLEMS')
        UNION ALL
        SELECT CONCAT(COALESCE(c.review_level, 'NONE'), ':DISPUTE'), c.case_number FROM enforcement_case c
        WHERE %1$s AND EXISTS (SELECT 1 FROM review_answer a WHERE a.case_number = c.case_number AND a.response = 'DISPUTE')
        UNION ALL
        SELECT CONCAT(COALESCE(c.review_level, 'NONE'), ':COLLECTIVE'), c.case_number FROM enforcement_case c
        WHERE %1$s AND EXISTS (SELECT 1 FROM review_collective_discussion d WHERE d.case_number = c.case_number)"""),

    /** the cases of each handler (承办人) */
    HANDLER_WORKLOAD("承办人工作量", """
        SELECT m.USER_ID_ AS k, c.case_number FROM enforcement_case c
        JOIN ACT_ID_MEMBERSHIP m ON m.GROUP_ID_ = 'handler' AND CONCAT(',', c.handlers, ',') LIKE CONCAT('%%,', m.USER_ID_, ',%%')
        WHERE %s"""),

    /** the cases each reviewer (法制审核人员) accepted, returned or gave an opinion on */
    REVIEWER_WORKLOAD("法制审核人员工作量", """
        SELECT a.actor AS k, c.case_number FROM review_acceptance a JOIN enforcement_case c ON c.case_number = a.case_number WHERE %1$s
        UNION ALL
        SELECT o.actor, c.case_number FROM review_opinion o JOIN enforcement_case c ON c.case_number = o.case_number WHERE %1$s""");

    /** a running deadline is overdue once its due time passed (even before its timer marked it) */
    private static final String STATE = """
        CASE WHEN d.status IN ('OPEN', 'OVERDUE') AND d.due_at < :now THEN 'OVERDUE'
             WHEN d.status = 'OPEN' AND d.due_at < :soon THEN 'DUE_SOON' ELSE d.status END""";

    static final Map<String, String> STATES = Map.of("OPEN", "未到期", "DUE_SOON", "即将到期", "OVERDUE", "已逾期",
        "MET", "按期完成", "MISSED", "逾期完成");

    /** the states of a deadline that depend on the moment of asking: counted live, the others rolled up */
    static final String RUNNING = "('OPEN', 'OVERDUE')";

    private final String title;
    private final String sql;
    /** for a deadline figure: the key of a settled deadline and the condition on its type */
    private final String settledKey;
    private final String typeCondition;

    Figure(String title, String sql) {
        this(title, sql, null, null);
    }

    Figure(String title, String sql, String settledKey, String typeCondition) {
        this.title = title;
        this.sql = sql;
        this.settledKey = settledKey;
        this.typeCondition = typeCondition;
    }

    String title() {
        return title;
    }

    /** the (k, case_number) pairs of the figure under the filter, from the raw tables */
    String pairs(Filter filter) {
        return sql.formatted(filter.where());
    }


    boolean deadlines() {
        return settledKey != null;
    }

    /**
     * The (k, case_number) pairs of the figure that do not depend on the moment of asking, for the
     * cases meeting {@code where}: every pair for stages, reviews and workloads (whose handlers are split in
     * Java: none here), the settled deadlines for the deadline figures. Together with the running
     * deadlines ({@link RunningDeadlines}) exactly {@link #pairs}: a running deadline's key is OPEN, DUE_SOON or
     * OVERDUE, a settled one's its status (MET, MISSED …).
     */
    String settledPairs(String where) {
        if (this == HANDLER_WORKLOAD) {
            return null;
        }
        if (!deadlines()) {
            return sql.formatted(where);
        }
        return "SELECT " + settledKey + " AS k, c.case_number FROM deadline_record d JOIN enforcement_case c ON c.case_number = d.case_number"
            + " WHERE " + typeCondition + " d.status NOT IN " + RUNNING + " AND " + where;
    }

    /**
     * The pairs ("type:state" as of :now, case) of the running deadlines whose case and type have
     * one of the running-deadline facts {@code :boundary} ({@link RollupFacts#RUNNING}): the few
     * that the roll-up cannot place by their due day alone, asked live. The figures DISCLOSURE and
     * RECORDING are DEADLINE's keys of their type ({@code DISCLOSURE:OVERDUE} …).
     */
    static String boundaryPairs(Filter filter) {
        return "SELECT CONCAT(d.deadline_type, ':', " + STATE + ") AS k, c.case_number FROM supervision_case_fact f"
            + " JOIN deadline_record d ON d.case_number = f.case_number AND d.deadline_type = SUBSTRING(f.k, 1, LOCATE(':', f.k) - 1)"
            + " JOIN enforcement_case c ON c.case_number = d.case_number"
            + " WHERE f.figure = '" + RollupFacts.RUNNING + "' AND f.k IN (:boundary)"
            + " AND d.status IN " + RUNNING + " AND " + filter.where();
    }
}
