package org.sanxiang.deadline;

/** A leader's answer to a request to extend a deadline. */
public enum ExtensionDecision {
    APPROVE("批准延长"),
    REFUSE("不予批准");

    private final String label;

    ExtensionDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
