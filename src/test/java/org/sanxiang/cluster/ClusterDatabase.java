package org.sanxiang.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fresh MariaDB database for one cluster test class, {@code sanxiang_<purpose>_<timestamp>_<pid>},
 * created empty (the first node creates Camunda's and the application's tables) and dropped at the
 * end. The test reads it over JDBC as the oracle of what the nodes did.
 *
 * <p>Server and administrator: {@code TEST_DB_ADMIN_URL} (default {@code jdbc:mariadb://127.0.0.1:3306/}),
 * {@code TEST_DB_USER} (root), {@code TEST_DB_PASSWORD} (empty), as environment variables or system
 * properties {@code test.db.admin-url}, {@code test.db.user}, {@code test.db.password}.
 */
final class ClusterDatabase implements AutoCloseable {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private final String name;

    private ClusterDatabase(String name) {
        this.name = name;
    }

    static ClusterDatabase createFresh(String purpose) {
        String name = "sanxiang_" + purpose + "_" + LocalDateTime.now().format(STAMP) + "_" + ProcessHandle.current().pid();
        admin("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        return new ClusterDatabase(name);
    }

    String name() {
        return name;
    }

    /** the JDBC URL of the database */
    String url() {
        return serverUrl() + name;
    }

    static String user() {
        return setting("test.db.user", "TEST_DB_USER", "root");
    }

    static String password() {
        return setting("test.db.password", "TEST_DB_PASSWORD", "");
    }

    long count(String sql, Object... parameters) {
        Object value = rows(sql, parameters).get(0).values().iterator().next();
        return ((Number) value).longValue();
    }

    /** the rows of a query, each a map from lower-case column label to value */
    List<Map<String, Object>> rows(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(url(), user(), password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                ResultSetMetaData meta = result.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (result.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        row.put(meta.getColumnLabel(c).toLowerCase(Locale.ROOT), result.getObject(c));
                    }
                    rows.add(row);
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query on " + name + " failed: " + sql, e);
        }
    }

    /**
     * Another database on the server with Camunda's tables, as on a server that holds other
     * installations: a new node must still create its own tables in its own, empty database.
     */
    static ClusterDatabase createNeighbourWithCamundaTables(String purpose) {
        ClusterDatabase neighbour = createFresh(purpose + "_neighbour");
        admin("CREATE TABLE `" + neighbour.name + "`.ACT_GE_PROPERTY (NAME_ VARCHAR(64) PRIMARY KEY, VALUE_ VARCHAR(300), REV_ INT)");
        return neighbour;
    }

    /** whether the server answers a query right now */
    static boolean serverAnswers() {
        try (Connection connection = DriverManager.getConnection(serverUrl(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() {
        admin("DROP DATABASE IF EXISTS `" + name + "`");
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl(), user(), password());
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("on the MariaDB server " + serverUrl() + ": " + sql, e);
        }
    }

    private static String serverUrl() {
        String url = setting("test.db.admin-url", "TEST_DB_ADMIN_URL", "jdbc:mariadb://127.0.0.1:3306/").split("\\?", 2)[0];
        return url.endsWith("/") ? url : url + "/";
    }

    private static String setting(String property, String variable, String fallback) {
        String value = System.getProperty(property, System.getenv(variable));
        return value == null ? fallback : value;
    }
}
