package org.sanxiang.deadline;

/** Where a deadline stands. */
public enum DeadlineStatus {
    OPEN("未到期", false),
    /** the due time passed and the work is not done yet */
    OVERDUE("已逾期", true),
    MET("按期完成", false),
    /** done, but after the due time */
    MISSED("逾期完成", true);

    private final String label;
    private final boolean missed;

    DeadlineStatus(String label, boolean missed) {
        this.label = label;
        this.missed = missed;
    }

    public String label() {
        return label;
    }

    public boolean missed() {
        return missed;
    }

    public boolean running() {
        return this == OPEN || this == OVERDUE;
    }
}
