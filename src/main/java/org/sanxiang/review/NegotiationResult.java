package org.sanxiang.review;

/** 协商结果. */
public enum NegotiationResult {
    REVISE("达成一致，修改后再次报送"),
    OPINION_WITHDRAWN("达成一致，审核机构重新出具意见"),
    NO_AGREEMENT("未达成一致，提请集体讨论");

    private final String label;

    NegotiationResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
