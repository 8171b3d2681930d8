package org.sanxiang.deadline;

/** The deadlines of SPEC "Deadlines" that concern the case and its review. */
public enum DeadlineType {
    REVIEW("法制审核期限"),
    PENALTY_DECISION("行政处罚决定期限"),
    SEIZURE("查封扣押期限"),
    ARCHIVE("归档期限"),
    /** publishing a decision (公示), counted by the supervision statistics (disclosure timeliness) */
    DISCLOSURE("公示期限"),
    /** storing a mandatory audio/video recording (音像记录), counted as recording compliance */
    RECORDING("音像记录期限");

    private final String label;

    DeadlineType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
