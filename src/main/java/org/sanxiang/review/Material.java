package org.sanxiang.review;

/**
 * 送审材料: what the handling unit submits for legal review (values of the variable
 * {@code materials}, a JSON array). 拟作出决定情况说明, 执法文书, 证据材料 and 执法全过程记录 are
 * always required, 当事人陈述申辩材料 for penalties and 听证笔录 after a hearing; whether they are
 * complete in substance is the reviewer's judgement at acceptance.
 */
public enum Material {
    DRAFT_DECISION("拟作出决定情况说明"),
    DOCUMENTS("执法文书"),
    EVIDENCE("证据材料"),
    PARTY_STATEMENT("当事人陈述申辩材料"),
    PROCESS_RECORD("执法全过程记录"),
    HEARING_RECORD("听证笔录"),
    RISK_ASSESSMENT("风险评估报告"),
    EXPERT_OPINION("专家论证意见");

    private final String label;

    Material(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
