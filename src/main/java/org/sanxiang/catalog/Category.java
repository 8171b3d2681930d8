package org.sanxiang.catalog;

/** 执法类别. */
public enum Category {
    PENALTY("行政处罚"),
    COERCION("行政强制"),
    INSPECTION("行政检查"),
    EXPROPRIATION("行政征收征用"),
    LICENSING("行政许可");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
