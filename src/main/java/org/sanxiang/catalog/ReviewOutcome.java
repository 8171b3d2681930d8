package org.sanxiang.catalog;

/** 法制审核结果. */
public enum ReviewOutcome {
    APPROVED("审核通过"),
    COLLECTIVE_APPROVED("集体讨论同意作出决定"),
    COLLECTIVE_REVISE("集体讨论决定修改"),
    REVISE("采纳审核意见，修改拟作出决定"),
    COLLECTIVE_REJECTED("集体讨论不同意作出决定"),
    CRIME_REFERRAL("涉嫌犯罪，移送司法机关");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** whether the decision may now be made (the gate before 负责人决定) */
    public boolean passed() {
        return this == APPROVED || this == COLLECTIVE_APPROVED;
    }
}
