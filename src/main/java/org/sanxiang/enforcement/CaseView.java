package org.sanxiang.enforcement;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.sanxiang.catalog.ReviewLevel;
import org.sanxiang.catalog.ReviewOutcome;

/** A case as {@code GET /api/cases/{caseNumber}} answers it, with every step of its reviews. */
public record CaseView(String caseNumber, String title, String category, String action, String procedure,
                       String tier, String domain, String partyType, String partyName, BigDecimal amount,
                       List<String> handlers, EnforcementCase.Status status, ReviewLevel reviewLevel,
                       String reviewBasis, ReviewOutcome reviewOutcome, String decisionNumber,
                       Instant registeredAt, List<CaseStep> reviewSteps) {

    static CaseView of(EnforcementCase c, List<CaseStep> reviewSteps) {
        return new CaseView(c.getCaseNumber(), c.getTitle(), c.getCategory(), c.getAction(), c.getProcedure(),
            c.getTier(), c.getDomain(), c.getPartyType(), c.getPartyName(), c.getAmount(), c.handlerIds(),
            c.getStatus(), c.getReviewLevel(), c.getReviewBasis(), c.getReviewOutcome(), c.getDecisionNumber(),
            c.getRegisteredAt(), reviewSteps);
    }

    /** the answer to a registration ({@code POST /api/cases}) */
    public record Registered(String caseNumber, String processInstanceId) {
    }
}
