package org.sanxiang.deadline;

/** The deadlines of docs/domain.md, "Deadlines", that concern the case, its review and its disclosure. */
public enum DeadlineType {
    REVIEW("法制审核期限"),
    PENALTY_DECISION("行政处罚决定期限"),
    SEIZURE("查封扣押期限"),
    ARCHIVE("归档期限"),
    /** publishing a decision (公示), 7 or 20 working days after it was made */
    DISCLOSURE("公示期限"),
    /** taking a revoked decision off public view: 3 working days for penalties, 20 otherwise */
    DISCLOSURE_WITHDRAWAL("撤下公示期限"),
    /** correcting inaccurate public information: 20 working days after it was found */
    DISCLOSURE_CORRECTION("更正公示期限"),
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
