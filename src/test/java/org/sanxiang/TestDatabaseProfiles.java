package org.sanxiang;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Chooses the database of a Spring test: {@code -Dtest.db=mariadb} (Maven profile {@code mariadb})
 * runs the suite against the real MariaDB, anything else against embedded H2. On MariaDB every
 * Spring context of a test JVM uses the fresh database {@link FreshTestDatabase} created for it.
 */
public class TestDatabaseProfiles implements ActiveProfilesResolver {

    public static String database() {
        return "mariadb".equalsIgnoreCase(System.getProperty("test.db", "h2")) ? "mariadb" : "h2";
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return new String[] {"test", database()};
    }
}
