package org.sanxiang.review;

/** Ids of process {@code legal-review} and the names of its variables. */
public final class LegalReviewProcess {

    public static final String PROCESS_KEY = "legal-review";

    // user tasks (docs/domain.md, "The review loop" and "Stable names")
    public static final String TASK_SUBMIT = "submit-materials";
    public static final String TASK_ACCEPT = "accept-submission";
    public static final String TASK_SUPPLEMENT = "supplement-materials";
    public static final String TASK_REVIEW = "review-decision";
    public static final String TASK_ANSWER = "answer-opinion";
    public static final String TASK_NEGOTIATE = "negotiate";
    public static final String TASK_COLLECTIVE = "collective-discussion";
    /**
     * The reviewer's separate request for the extension, in process versions before 1.3.0 only (running
     * cases started then still have it); since 1.3.0 the extension is asked for within {@link #TASK_REVIEW}
     * ({@link #REQUEST_EXTENSION}).
     */
    public static final String REQUEST_EXTENSION_TASK_BEFORE_1_3 = "request-extension";
    /** a leader approves or refuses the extension */
    public static final String TASK_APPROVE_EXTENSION = "approve-extension";

    // the review period (审核期限): an embedded subprocess around review-decision with its timers
    public static final String ACTIVITY_REVIEW_PERIOD = "review-period";
    public static final String TIMER_REVIEW_FIRST_REMINDER = "review-first-reminder";
    public static final String TIMER_REVIEW_SECOND_REMINDER = "review-second-reminder";
    public static final String TIMER_REVIEW_OVERDUE = "review-overdue";

    // end events
    public static final String END_PASSED = "review-passed";
    public static final String END_COLLECTIVE = "review-settled";
    public static final String END_REFERRED = "review-referred";
    /** the opinion was accepted (or revision agreed in negotiation): the case goes back to its draft */
    public static final String END_REVISED = "review-revised";

    // submit / supplement
    public static final String MATERIALS = "materials";
    public static final String SUBMISSION_NOTE = "submissionNote";
    /** read-only text naming the submitted materials (the labels of {@link #MATERIALS}), shown on the forms */
    public static final String MATERIALS_SUMMARY = "materialsSummary";
    // accept
    public static final String MATERIALS_COMPLETE = "materialsComplete";
    public static final String MISSING_MATERIALS = "missingMaterials";
    // review
    public static final String OPINION = "opinion";
    public static final String OPINION_TEXT = "opinionText";
    public static final String PASSED_CHECKS = "passedChecks";
    public static final String REFER_TO_JUDICIAL = "referToJudicial";
    // answer
    public static final String RESPONSE = "response";
    public static final String RESPONSE_TEXT = "responseText";
    // negotiate
    public static final String NEGOTIATION_RESULT = "negotiationResult";
    public static final String NEGOTIATION_NOTE = "negotiationNote";
    // collective discussion
    public static final String RESOLUTION = "resolution";
    public static final String MINUTES = "minutes";
    public static final String ATTENDEES = "attendees";
    // review period: set on acceptance (受理)
    public static final String ACCEPTED_AT = "acceptedAt";
    public static final String REVIEW_DUE_AT = "reviewDueAt";
    /** read-only text of the due time (and whether it was extended), shown on the forms */
    public static final String REVIEW_DEADLINE = "reviewDeadline";
    public static final String REVIEW_EXTENDED = "reviewExtended";
    // the extension, asked for within review-decision, approved in approve-extension
    /** checked on the review form: the review task is completed as a request for the extension, not as the opinion */
    public static final String REQUEST_EXTENSION = "requestExtension";
    /** who asked for the extension in this review period: the review task comes back to them */
    public static final String EXTENSION_REQUESTED_BY = "extensionRequestedBy";
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String EXTENSION_DECISION = "extensionDecision";
    public static final String EXTENSION_OPINION = "extensionOpinion";
    // bookkeeping
    public static final String ROUND = "reviewRound";
    /** read-only text of all earlier rounds, shown on the forms */
    public static final String REVIEW_HISTORY = "reviewHistory";
    // outcome, passed back to the case
    public static final String REVIEW_PASSED = "reviewPassed";
    public static final String REVIEW_OUTCOME = "reviewOutcome";
    /** read-only text of the opinion (or resolution) the revised draft must answer, shown beside the draft */
    public static final String OPINION_TO_ANSWER = "opinionToAnswer";

    private LegalReviewProcess() {
    }
}
