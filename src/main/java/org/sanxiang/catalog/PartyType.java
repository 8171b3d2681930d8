package org.sanxiang.catalog;

/** 当事人类型. */
public enum PartyType {
    PERSON("自然人"),
    ORGANIZATION("法人或其他组织");

    private final String label;

    PartyType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
