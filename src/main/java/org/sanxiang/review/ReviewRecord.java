package org.sanxiang.review;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/** What every kept step of a review has: the case, the review instance, the round, who and when. */
@MappedSuperclass
public abstract class ReviewRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String caseNumber;
    private String reviewInstanceId;
    @Column(name = "round_no")
    private int round;
    private String actor;
    private Instant recordedAt;

    protected ReviewRecord() {
    }

    protected ReviewRecord(ReviewStep step) {
        this.caseNumber = step.caseNumber();
        this.reviewInstanceId = step.reviewInstanceId();
        this.round = step.round();
        this.actor = step.actor();
        this.recordedAt = step.at();
    }

    public Long getId() { return id; }
    public String getCaseNumber() { return caseNumber; }
    public String getReviewInstanceId() { return reviewInstanceId; }
    public int getRound() { return round; }
    public String getActor() { return actor; }
    public Instant getRecordedAt() { return recordedAt; }
}
