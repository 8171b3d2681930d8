package org.sanxiang.security;

import java.util.List;

/** The only API paths anyone may read without logging in. */
public final class PublicPaths {

    /** path prefixes under /api that are public and read-only */
    public static final List<String> API_PREFIXES = List.of("/api/public/");

    private PublicPaths() {
    }

    public static boolean isPublic(String path, String method) {
        return ("GET".equals(method) || "HEAD".equals(method))
            && API_PREFIXES.stream().anyMatch(path::startsWith);
    }
}
