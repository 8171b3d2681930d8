package org.sanxiang.review;

/** The checklist of the legal review (审核内容); {@code APPROVED} requires every item to pass. */
public enum ReviewCheck {
    SUBJECT("执法主体是否合法"),
    QUALIFICATION("执法人员是否具备执法资格"),
    PROCEDURE("执法程序是否合法"),
    FACTS_EVIDENCE("案件事实是否清楚、证据是否合法充分"),
    LAW_DISCRETION("适用法律法规规章是否准确、裁量基准运用是否适当"),
    AUTHORITY("是否超越法定权限"),
    DOCUMENTS("执法文书是否完备规范"),
    CRIME_REFERRAL("违法行为是否涉嫌犯罪、需要移送司法机关");

    private final String label;

    ReviewCheck(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
