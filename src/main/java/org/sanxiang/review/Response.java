package org.sanxiang.review;

/** 承办机构研究处理意见. */
public enum Response {
    REVISE("修改后再次报送"),
    DISPUTE("有异议");

    private final String label;

    Response(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
