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

    // other activities
    public static final String ACTIVITY_CATALOG = "catalog-decision";
    public static final String ACTIVITY_LEGAL_REVIEW = "legal-review-call";
    public static final String END_ARCHIVED = "case-archived";

    // case facts (SPEC "The contract")
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CASE_TITLE = "caseTitle";
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

    /** values of {@link #LEADER_DECISION} */
    public static final String DECIDE = "DECIDE";
    public static final String RETURN = "RETURN";

    private EnforcementCaseProcess() {
    }
}
