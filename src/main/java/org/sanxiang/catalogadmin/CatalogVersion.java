package org.sanxiang.catalogadmin;

/**
 * One deployed version of the catalog: the version of the {@code major-decision} decision
 * definition, its version tag, when it took effect (deployment time, Beijing time), and, when a
 * catalog administrator deployed or rolled it back here, who did it, why and the DMN's SHA-256.
 */
public record CatalogVersion(int version, String versionTag, String effectiveAt, String deploymentId,
                             String madeBy, String kind, String reason, String sha256, boolean inForce) {
}
