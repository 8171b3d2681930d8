package org.sanxiang.disclosure;

/** What a masked span of a decision's text was. */
public enum MaskKind {
    NAME("自然人姓名"),
    ID_NUMBER("身份证号码"),
    PHONE("电话号码"),
    EMAIL("电子邮箱"),
    ADDRESS("自然人住址"),
    BANK_ACCOUNT("银行卡号或账号"),
    PROPERTY_CERTIFICATE("不动产权证书号"),
    PLATE("车牌号码"),
    MANUAL("审查时增加遮盖");

    private final String label;

    MaskKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
