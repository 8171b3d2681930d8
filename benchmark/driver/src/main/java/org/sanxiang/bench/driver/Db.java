package org.sanxiang.bench.driver;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The MariaDB server as the benchmark's administrator (root) sees it: one database and one
 * database user per application under test ({@code bench_<app>_<pid>}), so that the server's
 * per-user counters ({@code information_schema.USER_STATISTICS}, on while the benchmark runs with
 * {@code userstat=ON}) count exactly the statements of that application and nothing else: the
 * driver's own reads go as root.
 */
final class Db {

    private final Settings settings;
    private Boolean userstatBefore;

    Db(Settings settings) {
        this.settings = settings;
    }

    String serverUrl() {
        String url = settings.dbAdminUrl().split("\\?", 2)[0];
        return url.endsWith("/") ? url : url + "/";
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(serverUrl(), settings.dbRootUser(), settings.dbRootPassword());
    }

    /** switches the per-user statistics on (a cheap server counter; restored by {@link #restoreUserstat()}) */
    synchronized void enableUserstat() {
        userstatBefore = "ON".equalsIgnoreCase(text("SELECT @@global.userstat")) || "1".equals(text("SELECT @@global.userstat"));
        if (!userstatBefore) {
            execute("SET GLOBAL userstat = ON");
        }
    }

    synchronized void restoreUserstat() {
        if (userstatBefore != null && !userstatBefore) {
            execute("SET GLOBAL userstat = OFF");
            userstatBefore = null;
        }
    }

    /** a fresh database and its own user (password bench) with all privileges on it */
    void createAppDatabase(String name) {
        dropAppDatabase(name);
        execute("CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        for (String host : List.of("%", "localhost", "127.0.0.1")) {
            execute("CREATE USER '" + name + "'@'" + host + "' IDENTIFIED BY 'bench'");
            execute("GRANT ALL PRIVILEGES ON `" + name + "`.* TO '" + name + "'@'" + host + "'");
        }
    }

    void dropAppDatabase(String name) {
        execute("DROP DATABASE IF EXISTS `" + name + "`");
        for (String host : List.of("%", "localhost", "127.0.0.1")) {
            execute("DROP USER IF EXISTS '" + name + "'@'" + host + "'");
        }
    }

    /** every statement the user's connections ran so far (SELECT, data changes and others such as COMMIT and SET; SHOW is not counted) */
    long statements(String user) {
        return number("SELECT COALESCE(SUM(SELECT_COMMANDS + UPDATE_COMMANDS + OTHER_COMMANDS), 0) FROM information_schema.USER_STATISTICS WHERE USER = ?", user);
    }

    long number(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    String text(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    List<String> column(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> values = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    values.add(result.getString(1));
                }
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    int execute(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** fresh index statistics after a bulk insert, as the server would gather them in time */
    void analyze(String database, String... tables) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.execute("ANALYZE TABLE `" + database + "`." + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("ANALYZE in " + database + ": " + e.getMessage(), e);
        }
    }

    /** jobs the job executor should run now (due, retries left, not suspended) */
    long executableJobs(String database) {
        return number("SELECT COUNT(*) FROM `" + database + "`.ACT_RU_JOB WHERE RETRIES_ > 0 AND SUSPENSION_STATE_ = 1"
            + " AND (DUEDATE_ IS NULL OR DUEDATE_ <= NOW(3))");
    }

    /** waits until the application's job executor has no job to run now (mails of the project, timers moved due) */
    void awaitJobsDone(String database, long patienceMillis) {
        long until = System.currentTimeMillis() + patienceMillis;
        while (executableJobs(database) > 0) {
            if (System.currentTimeMillis() > until) {
                throw new IllegalStateException("jobs still due in " + database + " after " + patienceMillis + " ms");
            }
            Bench.pause(50);
        }
    }

    /**
     * Copies an open task {@code copies} times, with its candidate links and its task authorizations,
     * as the engine would have written them for as many tasks of the same kind (ids {@code b<n>-<id>};
     * the copies are older than the original, one second apart). One INSERT … SELECT per table.
     */
    void copyTask(String database, String taskId, int firstNumber, int copies) {
        String numbers = "seq_" + firstNumber + "_to_" + (firstNumber + copies - 1);
        String newId = "CONCAT('b', s.seq, '-', %s)";
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            connection.setCatalog(database);
            statement.executeUpdate(copy(connection, database, "ACT_RU_TASK", "t", numbers,
                "t.ID_ = '" + taskId + "'", "ID_", String.format(newId, "t.ID_"), "CREATE_TIME_", "t.CREATE_TIME_ - INTERVAL s.seq SECOND",
                "REV_", "1"));
            statement.executeUpdate(copy(connection, database, "ACT_RU_IDENTITYLINK", "t", numbers,
                "t.TASK_ID_ = '" + taskId + "'", "ID_", String.format(newId, "t.ID_"), "TASK_ID_", String.format(newId, "t.TASK_ID_")));
            statement.executeUpdate(copy(connection, database, "ACT_RU_AUTHORIZATION", "t", numbers,
                "t.RESOURCE_TYPE_ = 7 AND t.RESOURCE_ID_ = '" + taskId + "'", "ID_", String.format(newId, "t.ID_"),
                "RESOURCE_ID_", String.format(newId, "t.RESOURCE_ID_")));
        } catch (SQLException e) {
            throw new IllegalStateException("copying task " + taskId + " in " + database + ": " + e.getMessage(), e);
        }
    }

    private static String copy(Connection connection, String database, String table, String alias, String numbers, String where,
                               String... replacements) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet result = connection.getMetaData().getColumns(database, null, table, null)) {
            while (result.next()) {
                columns.add(result.getString("COLUMN_NAME"));
            }
        }
        if (columns.isEmpty()) {
            throw new SQLException("no table " + database + "." + table);
        }
        String values = columns.stream().map(column -> {
            for (int i = 0; i < replacements.length; i += 2) {
                if (replacements[i].equalsIgnoreCase(column)) {
                    return replacements[i + 1];
                }
            }
            return alias + "." + column;
        }).collect(Collectors.joining(", "));
        return "INSERT INTO `" + database + "`." + table + " (" + String.join(", ", columns) + ") SELECT " + values
            + " FROM `" + database + "`." + table + " " + alias + " JOIN " + numbers + " s WHERE " + where;
    }
}
