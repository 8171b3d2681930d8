package org.sanxiang.review;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** 受理审查: accepted, or returned with what is missing. */
@Entity
@Table(name = "review_acceptance")
public class AcceptanceCheck extends ReviewRecord {

    private boolean materialsComplete;
    private String missingMaterials;

    protected AcceptanceCheck() {
    }

    public AcceptanceCheck(ReviewStep step, boolean materialsComplete, String missingMaterials) {
        super(step);
        this.materialsComplete = materialsComplete;
        this.missingMaterials = missingMaterials;
    }

    public boolean isMaterialsComplete() { return materialsComplete; }
    public String getMissingMaterials() { return missingMaterials; }
}
