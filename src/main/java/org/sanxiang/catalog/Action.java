package org.sanxiang.catalog;

/** 执法行为 (the kind of decision), each belonging to one {@link Category}. */
public enum Action {
    WARNING(Category.PENALTY, "警告/通报批评"),
    FINE(Category.PENALTY, "罚款"),
    CONFISCATION(Category.PENALTY, "没收违法所得/非法财物"),
    QUALIFICATION_DOWNGRADE(Category.PENALTY, "降低资质等级"),
    LICENSE_REVOCATION(Category.PENALTY, "吊销许可证件/执照"),
    SUSPENSION(Category.PENALTY, "责令停产停业/关闭/限制从业"),
    SEIZURE(Category.COERCION, "查封/扣押"),
    FREEZE(Category.COERCION, "冻结"),
    DEMOLITION(Category.COERCION, "强制拆除"),
    ENFORCEMENT(Category.COERCION, "其他强制执行"),
    LICENSE_GRANT(Category.LICENSING, "准予许可"),
    LICENSE_DENIAL(Category.LICENSING, "不予许可"),
    LICENSE_WITHDRAWAL(Category.LICENSING, "撤销/撤回许可"),
    COMPENSATION_DECISION(Category.EXPROPRIATION, "征收补偿决定"),
    EXPROPRIATION_OTHER(Category.EXPROPRIATION, "其他征收征用决定"),
    INSPECTION_RESULT(Category.INSPECTION, "检查结论"),
    ORDER_RECTIFY(Category.INSPECTION, "责令改正");

    private final Category category;
    private final String label;

    Action(Category category, String label) {
        this.category = category;
        this.label = label;
    }

    public Category category() {
        return category;
    }

    public String label() {
        return label;
    }

    public boolean belongsTo(Category other) {
        return category == other;
    }
}
