package org.sanxiang.catalog;

/** Names of the {@code major-decision} DMN (the review catalog) that other code and systems rely on. */
public final class MajorDecision {

    /** the decision evaluated by the case; its result has {@link #REVIEW_LEVEL} and {@link #BASIS} */
    public static final String DECISION_KEY = "major-decision";
    /** the editable catalog table: one row per catalog item, hit policy COLLECT */
    public static final String CATALOG_ITEMS_KEY = "major-catalog-items";

    public static final String REVIEW_LEVEL = "reviewLevel";
    public static final String BASIS = "basis";

    private MajorDecision() {
    }
}
