package org.sanxiang.review;

/** 集体讨论决定. */
public enum Resolution {
    APPROVE_DECISION("同意作出决定"),
    REVISE("修改后重新审核"),
    REJECT_DECISION("不同意作出决定");

    private final String label;

    Resolution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
