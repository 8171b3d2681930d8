package org.sanxiang.review;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** 协商 between the handling unit and the review body. */
@Entity
@Table(name = "review_negotiation")
public class Negotiation extends ReviewRecord {

    @Enumerated(EnumType.STRING)
    private NegotiationResult result;
    private String note;

    protected Negotiation() {
    }

    public Negotiation(ReviewStep step, NegotiationResult result, String note) {
        super(step);
        this.result = result;
        this.note = note;
    }

    public NegotiationResult getResult() { return result; }
    public String getNote() { return note; }
}
