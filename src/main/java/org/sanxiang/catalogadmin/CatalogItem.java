package org.sanxiang.catalogadmin;

/**
 * One row of the catalog as a person reads it: the item number (第1项), the category, the actions,
 * the party type and the condition in Chinese, and the basis text the decision gives when it applies.
 * {@code ruleId} is the DMN rule's id, which Camunda Modeler keeps when a row is edited.
 */
public record CatalogItem(int row, String ruleId, String number, String category, String actions, String party,
                          String condition, String basis) {

    /** the same content (everything but the row's position) */
    boolean sameContent(CatalogItem other) {
        return number.equals(other.number) && category.equals(other.category) && actions.equals(other.actions)
            && party.equals(other.party) && condition.equals(other.condition) && basis.equals(other.basis);
    }
}
