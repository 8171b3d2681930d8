package org.sanxiang.supervision;

/** Ids of process {@code annual-report} (年度行政执法数据公开) and the names of its variables. */
public final class AnnualReportProcess {

    public static final String PROCESS_KEY = "annual-report";
    /** the business key is this prefix and the year, e.g. ANNUAL-2026 */
    public static final String BUSINESS_KEY_PREFIX = "ANNUAL-";

    public static final String START_NEW_YEAR = "new-year";
    public static final String STEP_COMPUTE = "compute-statistics";
    public static final String TASK_APPROVE = "approve-statistics";
    public static final String TIMER_REMINDER = "approval-reminder";
    public static final String TIMER_ESCALATION = "approval-escalation";
    public static final String STEP_PUBLISH = "publish-statistics";
    public static final String END_PUBLISHED = "statistics-published";

    /** the year the statistics are of (set by the start, or given when started by hand) */
    public static final String YEAR = "statisticsYear";
    /** the id of the version to approve (table annual_statistics) */
    public static final String VERSION_ID = "statisticsVersionId";
    public static final String VERSION_NO = "statisticsVersion";
    /** a summary of the version, shown on the approval form */
    public static final String SUMMARY = "statisticsSummary";
    public static final String APPROVED = "statisticsApproved";
    public static final String APPROVAL_NOTE = "approvalNote";
    public static final String APPROVED_BY = "approvedBy";

    private AnnualReportProcess() {
    }
}
