package org.sanxiang.catalogadmin;

import java.util.List;

/**
 * The catalog as published: a version with its items, when it took effect and what changed from
 * the version before it, and the list of versions (nothing about who deployed them).
 */
public record PublicCatalog(int version, String versionTag, String effectiveAt, boolean inForce, List<CatalogItem> items,
                            List<ItemChange> changesFromPrevious, List<PublishedVersion> versions) {

    /** a version in the list */
    public record PublishedVersion(int version, String versionTag, String effectiveAt, boolean inForce) {
    }

    static PublicCatalog of(CatalogVersions versions, Integer requested) {
        CatalogView view = requested == null ? versions.inForce() : versions.view(requested);
        int version = view.version().version();
        List<ItemChange> changes = version > 1 ? versions.diff(version - 1, version) : List.of();
        List<PublishedVersion> list = versions.versions().stream()
            .map(v -> new PublishedVersion(v.version(), v.versionTag(), v.effectiveAt(), v.inForce())).toList();
        return new PublicCatalog(version, view.version().versionTag(), view.version().effectiveAt(), view.version().inForce(),
            view.items(), changes, list);
    }
}
