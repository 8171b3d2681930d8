package org.sanxiang.disclosure;

import java.util.List;

/**
 * A page of search results: the decisions, the page (from 1), its size and the total found (at
 * most {@link PublishedDecisions#MAX_COUNT}; {@code more} when there are more than that, of which
 * the newest {@code MAX_COUNT} are listed: a page beyond them is empty).
 */
public record DecisionPage(List<DecisionSummary> decisions, int page, int size, long total, boolean more) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** the page is past the last page of the listed matches (there are matches) */
    public boolean beyond() {
        return total > 0 && page > pages();
    }
}
