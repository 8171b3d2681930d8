package org.sanxiang.catalog;

/** 程序类型. */
public enum Procedure {
    GENERAL("一般程序"),
    SIMPLE("简易程序");

    private final String label;

    Procedure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
