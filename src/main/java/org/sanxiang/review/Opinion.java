package org.sanxiang.review;

/** 书面审核意见结论. */
public enum Opinion {
    APPROVED("同意"),
    PROBLEMS("存在问题");

    private final String label;

    Opinion(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
