package org.sanxiang.review;

import static org.sanxiang.review.LegalReviewProcess.*;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a {@code legal-review} starts: rounds continue the case's numbering, the earlier rounds are
 * shown, and nothing of an earlier review's answers (copied in with the case's variables) carries
 * over into this one.
 */
@Component("reviewStarted")
public class ReviewStarted implements ExecutionListener {

    /** the answers of one round, cleared when the next round is submitted */
    static final List<String> PER_ROUND = List.of(MATERIALS_COMPLETE, MISSING_MATERIALS, OPINION, OPINION_TEXT,
        PASSED_CHECKS, REFER_TO_JUDICIAL, RESPONSE, RESPONSE_TEXT, NEGOTIATION_RESULT, NEGOTIATION_NOTE);

    private static final List<String> PER_REVIEW = List.of(REVIEW_PASSED, REVIEW_OUTCOME, MATERIALS, MATERIALS_SUMMARY,
        SUBMISSION_NOTE, RESOLUTION, MINUTES, ATTENDEES);

    private final ReviewRecords records;
    private final ReviewHistory history;

    public ReviewStarted(ReviewRecords records, ReviewHistory history) {
        this.records = records;
        this.history = history;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        if (caseNumber == null || caseNumber.isBlank()) {
            throw new IllegalStateException("legal-review must be started with the case number as business key");
        }
        PER_ROUND.forEach(execution::removeVariable);
        PER_REVIEW.forEach(execution::removeVariable);
        execution.setVariable(REVIEW_PASSED, false);
        execution.setVariable(ROUND, records.lastRound(caseNumber));
        execution.setVariable(REVIEW_HISTORY, history.render(caseNumber));
    }
}
