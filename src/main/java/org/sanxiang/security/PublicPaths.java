package org.sanxiang.security;

import java.util.List;

/**
 * The one list of what anyone may reach without logging in. Everything else that this
 * application serves (its REST API under {@code /api}, Camunda's REST API under
 * {@code /engine-rest}, the printable documents under {@code /opinions}) requires a login.
 */
public final class PublicPaths {

    /**
     * Public and read-only (GET and HEAD only): published decisions, the published review catalog
     * and the annual statistics, the agency's name and time zone for the webapps' login pages (all under
     * {@code /api/public/}), the public portal's pages and their
     * scripts and styles (under {@code /public/}), the packaged chart library they draw with (ECharts
     * webjar), and the health check.
     */
    public static final List<String> READ_ONLY_PREFIXES = List.of("/api/public/", "/public/", "/webjars/echarts/");

    /** the health endpoint (and its groups, e.g. /actuator/health/liveness) for load balancers and container checks */
    public static final String HEALTH = "/actuator/health";

    /**
     * Camunda's webapps (Tasklist, Cockpit, Admin): their pages and login are reachable, and they
     * authenticate every call of their own API themselves (session login, CSRF token).
     */
    public static final String WEBAPPS = "/camunda/";

    /** the start page, which only redirects to Tasklist */
    public static final String ROOT = "/";

    private PublicPaths() {
    }

    /** the path (normalized, decoded, without context path) may be requested without logging in */
    public static boolean isPublic(String path, String method) {
        if (path.equals(ROOT) || path.startsWith(WEBAPPS)) {
            return true;
        }
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        return read && (READ_ONLY_PREFIXES.stream().anyMatch(prefix -> path.startsWith(prefix) || path.equals(prefix.substring(0, prefix.length() - 1)))
            || path.equals(HEALTH) || path.startsWith(HEALTH + "/"));
    }
}
