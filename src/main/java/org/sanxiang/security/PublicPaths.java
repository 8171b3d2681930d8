package org.sanxiang.security;

import java.util.List;

/** The only API and actuator paths anyone may read without logging in. */
public final class PublicPaths {

    /** path prefixes under /api that are public and read-only */
    public static final List<String> API_PREFIXES = List.of("/api/public/");

    /** the health endpoint (and its groups, e.g. /actuator/health/liveness) for load balancers and container checks */
    public static final String HEALTH = "/actuator/health";

    private PublicPaths() {
    }

    public static boolean isPublic(String path, String method) {
        return ("GET".equals(method) || "HEAD".equals(method))
            && (API_PREFIXES.stream().anyMatch(path::startsWith) || path.equals(HEALTH) || path.startsWith(HEALTH + "/"));
    }
}
