package org.sanxiang.disclosure;

/**
 * A step of a decision's disclosure, published as a Spring application event in the transaction of
 * the step (redaction, publication, not publishing, withdrawal and correction requested and done,
 * expiry). Whoever must know of every step (the full-process record) listens to this type.
 */
public interface DisclosureStep {

    String caseNumber();

    /** the user who took the step, or {@code null} for the system (a timer) */
    String actor();
}
