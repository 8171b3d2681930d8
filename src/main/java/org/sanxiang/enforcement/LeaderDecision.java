package org.sanxiang.enforcement;

/** 负责人决定. */
public enum LeaderDecision {
    DECIDE("作出决定"),
    RETURN("退回修改");

    private final String label;

    LeaderDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
