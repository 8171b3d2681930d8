package org.sanxiang.security;

import java.util.List;

/**
 * Paths of the application's API that only administrators (group {@code camunda-admin}) may
 * change; reading them needs only a login. Resources that decide per request (e.g. credentials)
 * check it themselves.
 */
public final class AdministratorPaths {

    /** path prefixes whose writes (anything but GET and HEAD) are for administrators */
    public static final List<String> WRITE_PREFIXES = List.of("/api/calendar");

    private AdministratorPaths() {
    }

    public static boolean requiresAdministrator(String path, String method) {
        boolean read = "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
        return !read && WRITE_PREFIXES.stream().anyMatch(prefix -> path.equals(prefix) || path.startsWith(prefix + "/"));
    }
}
