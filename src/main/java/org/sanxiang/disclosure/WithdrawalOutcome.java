package org.sanxiang.disclosure;

/** The 复议/诉讼 outcome that makes a published decision be withdrawn. */
public enum WithdrawalOutcome {
    REVOKED("决定被撤销"),
    CONFIRMED_ILLEGAL("决定被确认违法"),
    REMADE("决定被要求重新作出");

    private final String label;

    WithdrawalOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
