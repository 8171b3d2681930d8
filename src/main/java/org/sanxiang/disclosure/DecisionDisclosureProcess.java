package org.sanxiang.disclosure;

/** Ids of process {@code decision-disclosure} (公示) and the names of its variables. */
public final class DecisionDisclosureProcess {

    public static final String PROCESS_KEY = "decision-disclosure";
    /** the decision table that says whether, and within how many working days, a decision is published */
    public static final String DECISION_KEY = "disclosure-deadline";

    // user tasks
    public static final String TASK_CHECK_REDACTION = "check-redaction";
    public static final String TASK_WITHDRAW = "withdraw-disclosure";
    public static final String TASK_CORRECT = "correct-disclosure";

    // other activities
    public static final String ACTIVITY_RULE = "disclosure-rule";
    public static final String ACTIVITY_PUBLISHED = "published";
    public static final String END_NOT_PUBLISHED = "not-published";
    public static final String END_EXPIRED = "expired";
    public static final String END_WITHDRAWN = "withdrawn";
    public static final String END_CORRECTED = "corrected";
    public static final String TIMER_FIRST_REMINDER = "disclosure-first-reminder";
    public static final String TIMER_SECOND_REMINDER = "disclosure-second-reminder";
    public static final String TIMER_OVERDUE = "disclosure-overdue";
    public static final String TIMER_WITHDRAWAL_FIRST_REMINDER = "withdrawal-first-reminder";
    public static final String TIMER_WITHDRAWAL_SECOND_REMINDER = "withdrawal-second-reminder";
    public static final String TIMER_WITHDRAWAL_OVERDUE = "withdrawal-overdue";
    public static final String TIMER_CORRECTION_FIRST_REMINDER = "correction-first-reminder";
    public static final String TIMER_CORRECTION_SECOND_REMINDER = "correction-second-reminder";
    public static final String TIMER_CORRECTION_OVERDUE = "correction-overdue";
    public static final String TIMER_RETENTION_EXPIRED = "retention-expired";

    // messages
    public static final String MESSAGE_WITHDRAWAL = "disclosure-withdrawal";
    public static final String MESSAGE_CORRECTION = "disclosure-correction";

    // variables set when the case's leader decides (inputs of disclosure-deadline, see docs/domain.md)
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CATEGORY = "category";
    public static final String PROCEDURE = "procedure";
    public static final String ACTION = "action";
    /** flags the handler sets on the case: the party is a minor, the facts involve secrets or privacy */
    public static final String PARTY_MINOR = "partyMinor";
    public static final String STATE_SECRET = "stateSecret";
    public static final String COMMERCIAL_SECRET = "commercialSecret";
    public static final String PERSONAL_PRIVACY = "personalPrivacy";
    public static final String DECISION_DATE = "decisionDate";
    public static final String DISCLOSURE_ID = "disclosureId";
    /** the DMN result: publish (boolean), workingDays, reason */
    public static final String RULE_RESULT = "disclosureRule";
    // due dates
    public static final String DISCLOSURE_DUE_AT = "disclosureDueAt";
    public static final String WITHDRAWAL_DUE_AT = "withdrawalDueAt";
    public static final String CORRECTION_DUE_AT = "correctionDueAt";
    // check-redaction (read-only views, then the checker's changes)
    public static final String ORIGINAL_TEXT = "originalText";
    public static final String REDACTED_TEXT = "redactedText";
    public static final String MASKED_SPANS = "maskedSpans";
    public static final String MASK_MORE = "maskMore";
    public static final String UNMASK = "unmask";
    public static final String UNMASK_REASON = "unmaskReason";
    // withdrawal (the 复议/诉讼 outcome recorded by an administrator or handler, then the discloser's note)
    public static final String WITHDRAWAL_OUTCOME = "withdrawalOutcome";
    public static final String WITHDRAWAL_REASON = "withdrawalReason";
    public static final String WITHDRAWAL_NOTE = "withdrawalNote";
    // correction
    public static final String CORRECTION_REASON = "correctionReason";
    public static final String CORRECTED_TEXT = "correctedText";
    public static final String CORRECTION_NOTE = "correctionNote";
    public static final String REQUESTED_BY = "requestedBy";

    private DecisionDisclosureProcess() {
    }
}
