package org.sanxiang.enforcement;

/** Ids of process {@code enforcement-case} and the names of its variables. */
public final class EnforcementCaseProcess {

    public static final String PROCESS_KEY = "enforcement-case";

    // user tasks
    public static final String TASK_INVESTIGATE = "investigate";
    public static final String TASK_DRAFT_DECISION = "draft-decision";
    public static final String TASK_NOTIFY_PARTY = "notify-party";
    public static final String TASK_LEADER_DECISION = "leader-decision";
    public static final String TASK_SERVE_DECISION = "serve-decision";
    public static final String TASK_EXECUTE_DECISION = "execute-decision";
    public static final String TASK_ARCHIVE_CASE = "archive-case";
    public static final String TASK_TRANSFER_JUDICIAL = "transfer-judicial";
    /** at the end of a seizure (查封扣押): release it or decide what becomes of the property */
    public static final String TASK_CONCLUDE_SEIZURE = "conclude-seizure";
    /** the handler asks for the one extension of a seizure (optional, parallel) */
    public static final String TASK_REQUEST_SEIZURE_EXTENSION = "request-seizure-extension";
    /** a leader approves or refuses it */
    public static final String TASK_APPROVE_SEIZURE_EXTENSION = "approve-seizure-extension";

    // other activities
    public static final String ACTIVITY_CATALOG = "catalog-decision";
    public static final String ACTIVITY_LEGAL_REVIEW = "legal-review-call";
    public static final String END_ARCHIVED = "case-archived";
    /** the seizure period: an embedded subprocess after execute-decision with its timers */
    public static final String ACTIVITY_SEIZURE_PERIOD = "seizure-period";
    public static final String TIMER_SEIZURE_FIRST_REMINDER = "seizure-first-reminder";
    public static final String TIMER_SEIZURE_SECOND_REMINDER = "seizure-second-reminder";
    public static final String TIMER_SEIZURE_LAPSED = "seizure-lapsed";
    /** timers of archive-case */
    public static final String TIMER_ARCHIVE_REMINDER = "archive-reminder";
    public static final String TIMER_ARCHIVE_OVERDUE = "archive-overdue";
    /** the timer start events of the penalty deadline's event subprocesses */
    public static final String TIMER_PENALTY_FIRST_REMINDER = "penalty-first-reminder";
    public static final String TIMER_PENALTY_SECOND_REMINDER = "penalty-second-reminder";
    public static final String TIMER_PENALTY_OVERDUE = "penalty-overdue";

    // case facts (docs/domain.md, "The case" and "Stable names")
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CASE_TITLE = "caseTitle";
    /** task-local: "案号 案件名称" of the task's case, shown in Tasklist's task lists (CaseLabels) */
    public static final String CASE_LABEL = "caseLabel";
    public static final String CATEGORY = "category";
    public static final String ACTION = "action";
    public static final String PROCEDURE = "procedure";
    public static final String TIER = "tier";
    public static final String DOMAIN = "domain";
    public static final String PARTY_TYPE = "partyType";
    public static final String PARTY_NAME = "partyName";
    public static final String AMOUNT = "amount";
    public static final String HEARING_HELD = "hearingHeld";
    public static final String PUBLIC_INTEREST = "publicInterest";
    public static final String SOCIAL_RISK = "socialRisk";
    public static final String COMPLEX_CASE = "complexCase";
    public static final String SUSPECTED_CRIME = "suspectedCrime";
    public static final String OUTSIDE_DISCRETION = "outsideDiscretion";
    public static final String HANDLERS = "handlers";
    /** 承办机构, one of {@code sanxiang.units} (HandlingUnits) */
    public static final String HANDLING_UNIT = "handlingUnit";
    /** read-only summary of the facts, shown on every form */
    public static final String CASE_SUMMARY = "caseSummary";

    // investigate
    public static final String INVESTIGATION_SUMMARY = "investigationSummary";
    public static final String EVIDENCE_LIST = "evidenceList";
    // draft-decision (说理式执法)
    public static final String DECISION_DRAFT = "decisionDraft";
    public static final String EVIDENCE_REASONING = "evidenceReasoning";
    public static final String LEGAL_BASIS = "legalBasis";
    public static final String DISCRETION_REASONING = "discretionReasoning";
    /** flags of the decision that keep it from being published (decision table disclosure-deadline) */
    public static final String PARTY_MINOR = "partyMinor";
    public static final String STATE_SECRET = "stateSecret";
    public static final String COMMERCIAL_SECRET = "commercialSecret";
    public static final String PERSONAL_PRIVACY = "personalPrivacy";
    /** 处罚种类 of a penalty decision (checklist of PenaltyKind) and the amounts of 罚款 and 没收违法所得 */
    public static final String PENALTIES = "penalties";
    public static final String FINE_AMOUNT = "fineAmount";
    public static final String CONFISCATION_AMOUNT = "confiscationAmount";
    /** the version of the kept draft (DecisionDrafts), its whole text and what changed since the last, read-only */
    public static final String DRAFT_VERSION = "draftVersion";
    public static final String DRAFT_TEXT = "draftText";
    public static final String DRAFT_CHANGES = "draftChanges";
    /** set by the legal review when it sends the case back to its draft: the opinion the revision answers */
    public static final String OPINION_TO_ANSWER = "opinionToAnswer";
    // notify-party
    public static final String PARTY_STATEMENT = "partyStatement";
    public static final String STATEMENT_ANSWER = "statementAnswer";
    public static final String HEARING_REQUESTED = "hearingRequested";
    // catalog result
    public static final String REVIEW_LEVEL = "reviewLevel";
    public static final String REVIEW_BASIS = "reviewBasis";
    public static final String CATALOG_RESULT = "catalogResult";
    // leader-decision
    public static final String LEADER_DECISION = "leaderDecision";
    public static final String LEADER_OPINION = "leaderOpinion";
    public static final String DECISION_NUMBER = "decisionNumber";
    // serve / execute / archive / transfer
    public static final String SERVICE_METHOD = "serviceMethod";
    public static final String SERVICE_NOTE = "serviceNote";
    public static final String EXECUTION_RESULT = "executionResult";
    public static final String ARCHIVE_NUMBER = "archiveNumber";
    public static final String TRANSFER_NOTE = "transferNote";
    public static final String CASE_OUTCOME = "caseOutcome";
    // deadlines
    public static final String PENALTY_DUE_AT = "penaltyDueAt";
    public static final String ARCHIVE_DUE_AT = "archiveDueAt";
    /** whether a deadline of the case is overdue now, and which (text) */
    public static final String OVERDUE = "overdue";
    public static final String OVERDUE_DEADLINES = "overdueDeadlines";
    // seizure (查封扣押)
    public static final String SEIZURE_STARTED_AT = "seizureStartedAt";
    public static final String SEIZURE_DUE_AT = "seizureDueAt";
    /** read-only text of the seizure's end (and whether it was extended), shown on the forms */
    public static final String SEIZURE_DEADLINE = "seizureDeadline";
    public static final String SEIZURE_EXTENDED = "seizureExtended";
    public static final String SEIZURE_EXTENSION_REASON = "seizureExtensionReason";
    public static final String SEIZURE_EXTENSION_DECISION = "seizureExtensionDecision";
    public static final String SEIZURE_EXTENSION_OPINION = "seizureExtensionOpinion";
    public static final String SEIZURE_OUTCOME = "seizureOutcome";
    public static final String SEIZURE_NOTE = "seizureNote";

    /** values of {@link #LEADER_DECISION} */
    public static final String DECIDE = "DECIDE";
    public static final String RETURN = "RETURN";

    private EnforcementCaseProcess() {
    }
}
