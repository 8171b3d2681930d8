package org.sanxiang.enforcement;

/** 送达方式. */
public enum ServiceMethod {
    DIRECT("直接送达"),
    POSTAL("邮寄送达"),
    LEFT("留置送达"),
    ELECTRONIC("电子送达"),
    PUBLIC_NOTICE("公告送达");

    private final String label;

    ServiceMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
