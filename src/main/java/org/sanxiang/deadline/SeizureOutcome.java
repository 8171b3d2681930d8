package org.sanxiang.deadline;

/** How a seizure (查封扣押) ends (《行政强制法》第27、28条). */
public enum SeizureOutcome {
    RELEASE("解除查封扣押"),
    DISPOSE("依法作出处理决定（没收、销毁或移送等）");

    private final String label;

    SeizureOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
