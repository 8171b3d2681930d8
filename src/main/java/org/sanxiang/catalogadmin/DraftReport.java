package org.sanxiang.catalogadmin;

import java.util.List;

/**
 * An uploaded draft as the catalog administrator sees it: the problems found (empty when valid),
 * and for a valid draft its items, what changes against the catalog in force and the what-if.
 */
public record DraftReport(long id, String fileName, String sha256, String uploadedBy, boolean valid, List<String> problems,
                          int comparedWithVersion, List<ItemChange> changes, List<CatalogItem> items, WhatIf whatIf,
                          Integer deployedVersion) {
}
