package org.sanxiang.deadline;

/** The deadlines of docs/domain.md, "Deadlines", that concern the case and its review. */
public enum DeadlineType {
    REVIEW("法制审核期限"),
    PENALTY_DECISION("行政处罚决定期限"),
    SEIZURE("查封扣押期限"),
    ARCHIVE("归档期限");

    private final String label;

    DeadlineType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
