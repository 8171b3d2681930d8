package org.sanxiang.review;

import org.sanxiang.catalog.ReviewOutcome;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** How one legal review (one {@code legal-review} instance) ended. */
@Entity
@Table(name = "review_conclusion")
public class ReviewConclusion extends ReviewRecord {

    @Enumerated(EnumType.STRING)
    private ReviewOutcome outcome;
    private boolean passed;

    protected ReviewConclusion() {
    }

    public ReviewConclusion(ReviewStep step, ReviewOutcome outcome) {
        super(step);
        this.outcome = outcome;
        this.passed = outcome.passed();
    }

    public ReviewOutcome getOutcome() { return outcome; }
    public boolean isPassed() { return passed; }
}
