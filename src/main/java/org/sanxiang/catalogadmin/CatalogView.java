package org.sanxiang.catalogadmin;

import java.util.List;

/** A version of the catalog with its items, in the table's order (the catch-all row left out). */
public record CatalogView(CatalogVersion version, List<CatalogItem> items) {
}
