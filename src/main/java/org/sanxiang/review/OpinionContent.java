package org.sanxiang.review;

import java.time.Instant;
import java.util.List;

/**
 * What a written opinion says and who gave it when: exactly what is signed.
 *
 * @param signedAt the moment the reviewer completed the review (the opinion's time)
 */
public record OpinionContent(String caseNumber, String reviewInstanceId, int round, Opinion opinion,
                             List<ReviewCheck> passedChecks, String opinionText, boolean referToJudicial,
                             String reviewer, Instant signedAt) {

    public OpinionContent {
        passedChecks = List.copyOf(passedChecks);
    }

    public OpinionContent(ReviewStep step, Opinion opinion, List<ReviewCheck> passedChecks, String opinionText, boolean referToJudicial) {
        this(step.caseNumber(), step.reviewInstanceId(), step.round(), opinion, passedChecks, opinionText, referToJudicial,
            step.actor(), step.at());
    }
}
