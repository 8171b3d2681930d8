package org.sanxiang.catalog;

/** What the catalog requires of a draft decision. */
public enum ReviewLevel {
    /** 重大执法决定: the full legal review loop. */
    MAJOR("重大执法决定法制审核"),
    /** 其他适用一般程序的行政处罚决定: legal review as well. */
    GENERAL("一般程序行政处罚决定法制审核"),
    /** no legal review required. */
    NONE("无需法制审核");

    private final String label;

    ReviewLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean requiresReview() {
        return this != NONE;
    }
}
