package org.sanxiang.review;

import java.util.List;

import org.sanxiang.enforcement.CaseStep;
import org.sanxiang.enforcement.ReviewSteps;
import org.springframework.stereotype.Component;

/** The review records of a case, as the case shows them. */
@Component
class CaseReviewSteps implements ReviewSteps {

    private final ReviewRecords records;

    CaseReviewSteps(ReviewRecords records) {
        this.records = records;
    }

    @Override
    public List<CaseStep> ofCase(String caseNumber) {
        return records.ofCase(caseNumber).stream().map(CaseReviewSteps::step).toList();
    }

    private static CaseStep step(ReviewRecord record) {
        boolean opinion = record instanceof WrittenOpinion;
        return new CaseStep(record.getClass().getSimpleName(), record.getRound(), record.getActor(),
            record.getRecordedAt(), ReviewHistory.describe(record),
            opinion ? record.getId() : null,
            opinion ? "/api/opinions/" + record.getId() + "/verification" : null,
            opinion ? "/opinions/" + record.getId() + "/print" : null);
    }
}
