package org.sanxiang.enforcement;

import java.util.List;

/**
 * 行政处罚的种类 (《行政处罚法》第九条), from the lightest to the heaviest: a decision may impose
 * several; the statistics count it once, under the heaviest. 罚款 and 没收违法所得 carry an amount.
 * The names of WARNING, FINE, CONFISCATION, QUALIFICATION_DOWNGRADE, LICENSE_REVOCATION and SUSPENSION
 * are those of the case's {@link org.sanxiang.catalog.Action}.
 */
public enum PenaltyKind {
    OTHER("其他行政处罚"),
    WARNING("警告/通报批评"),
    FINE("罚款"),
    CONFISCATION("没收违法所得"),
    PROPERTY_CONFISCATION("没收非法财物"),
    LICENSE_SUSPENSION("暂扣许可证件"),
    QUALIFICATION_DOWNGRADE("降低资质等级"),
    LICENSE_REVOCATION("吊销许可证件"),
    BUSINESS_RESTRICTION("限制开展生产经营活动"),
    SUSPENSION("责令停产停业"),
    CLOSURE("责令关闭"),
    PRACTICE_RESTRICTION("限制从业"),
    DETENTION("行政拘留");

    /** the kinds in the order the form offers them (that of 第九条, 其他 last) */
    public static final List<PenaltyKind> OFFERED = List.of(WARNING, FINE, CONFISCATION, PROPERTY_CONFISCATION,
        LICENSE_SUSPENSION, QUALIFICATION_DOWNGRADE, LICENSE_REVOCATION, BUSINESS_RESTRICTION, SUSPENSION, CLOSURE,
        PRACTICE_RESTRICTION, DETENTION, OTHER);

    private final String label;

    PenaltyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** 罚款 and 没收违法所得 carry an amount (罚没金额) */
    public boolean monetary() {
        return this == FINE || this == CONFISCATION;
    }

    /** the kind of a stored name, or null for none */
    public static PenaltyKind of(String name) {
        for (PenaltyKind kind : values()) {
            if (kind.name().equals(name)) {
                return kind;
            }
        }
        return null;
    }
}
