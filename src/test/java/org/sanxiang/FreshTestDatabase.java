package org.sanxiang;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * With {@code -Dtest.db=mariadb} (Maven profile {@code mariadb}): before any test of this JVM runs,
 * creates a fresh database {@code sanxiang_test_<timestamp>_<pid>} on the MariaDB server and points
 * the {@code mariadb} profile's {@code DB_URL}, {@code DB_USER} and {@code DB_PASSWORD} at it (as
 * system properties, which win over environment variables), so every Spring context of the run
 * lands in it; drops it when the tests are done. Surefire and failsafe each get their own.
 * With {@code -Dtest.db.keep=NAME} it uses (and creates if absent) the database {@code NAME} instead
 * and keeps it: for benchmarks that seed a large database once and reuse it.
 *
 * <p>The database is created with the default character set latin1 on purpose: the suite then
 * proves that the application makes its own tables and Camunda's utf8mb4 by itself.
 *
 * <p>The server and an account allowed to create databases and users: {@code TEST_DB_ADMIN_URL}
 * (default {@code jdbc:mariadb://127.0.0.1:3306/}), {@code TEST_DB_USER} (root),
 * {@code TEST_DB_PASSWORD} (empty), as environment variables or system properties.
 */
public class FreshTestDatabase implements LauncherSessionListener {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private static volatile String current;
    private static volatile boolean keep;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        if (!"mariadb".equals(TestDatabaseProfiles.database()) || current != null) {
            return;
        }
        String kept = System.getProperty("test.db.keep");
        if (kept != null && !kept.matches("[a-z0-9_]{1,64}")) {
            throw new IllegalStateException("test.db.keep: a database name of a-z, 0-9 and _, not " + kept);
        }
        String name = kept != null ? kept : "sanxiang_test_" + LocalDateTime.now().format(STAMP) + "_" + ProcessHandle.current().pid();
        execute("CREATE DATABASE " + (kept != null ? "IF NOT EXISTS " : "") + "`" + name + "` CHARACTER SET latin1");
        keep = kept != null;
        current = name;
        System.setProperty("DB_URL", url(name));
        System.setProperty("DB_USER", adminUser());
        System.setProperty("DB_PASSWORD", adminPassword());
        System.out.println("[FreshTestDatabase] MariaDB test database " + name);
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        String name = current;
        if (name != null && keep) {
            System.out.println("[FreshTestDatabase] kept " + name + " (test.db.keep)");
            current = null;
        } else if (name != null) {
            execute("DROP DATABASE IF EXISTS `" + name + "`");
            current = null;
            System.out.println("[FreshTestDatabase] dropped " + name);
        }
    }

    /** the database of this test run, if it runs on MariaDB */
    public static String name() {
        if (current == null) {
            throw new IllegalStateException("no MariaDB test database: run with -Dtest.db=mariadb (mvn verify -Pmariadb)");
        }
        return current;
    }

    /** the JDBC URL of a database on the test server */
    public static String url(String database) {
        String[] parts = setting("test.db.admin-url", "TEST_DB_ADMIN_URL", "jdbc:mariadb://127.0.0.1:3306/").split("\\?", 2);
        String base = parts[0].endsWith("/") ? parts[0] : parts[0] + "/";
        return base + database + (parts.length > 1 ? "?" + parts[1] : "");
    }

    public static String adminUser() {
        return setting("test.db.user", "TEST_DB_USER", "root");
    }

    public static String adminPassword() {
        return setting("test.db.password", "TEST_DB_PASSWORD", "");
    }

    /** runs statements as the test server's administrator, without a current database */
    public static void execute(String... statements) {
        try (Connection connection = DriverManager.getConnection(url(""), adminUser(), adminPassword());
             Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB test server at " + url("") + ": " + e.getMessage(), e);
        }
    }

    private static String setting(String property, String environment, String fallback) {
        String value = System.getProperty(property, System.getenv(environment));
        return value == null ? fallback : value;
    }
}
