package org.sanxiang.catalog;

/** 执法层级. */
public enum Tier {
    PROVINCE("省级"),
    CITY("市级"),
    COUNTY("县级"),
    TOWNSHIP("乡镇(街道)");

    private final String label;

    Tier(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
