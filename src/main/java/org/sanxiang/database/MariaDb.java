package org.sanxiang.database;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** What the application asks a MariaDB (or MySQL) server about itself. */
final class MariaDb {

    private MariaDb() {
    }

    static boolean isMariaDbOrMySql(Connection connection) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("mariadb") || product.contains("mysql");
    }

    /**
     * the isolation level of the connection's session, e.g. {@code READ-COMMITTED}: MariaDB 11.1+ and
     * MySQL call the variable {@code transaction_isolation}, MariaDB up to 11.0 {@code tx_isolation}
     */
    static String isolation(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        boolean oldMariaDb = meta.getDatabaseProductName().toLowerCase(Locale.ROOT).contains("mariadb")
            && (meta.getDatabaseMajorVersion() < 11 || (meta.getDatabaseMajorVersion() == 11 && meta.getDatabaseMinorVersion() < 1));
        return single(connection, oldMariaDb ? "SELECT @@SESSION.tx_isolation" : "SELECT @@SESSION.transaction_isolation");
    }

    /** the default character set of the connection's current database, e.g. {@code utf8mb4} */
    static String databaseCharacterSet(Connection connection) throws SQLException {
        // not @@character_set_database: a session keeps that value after ALTER DATABASE
        return single(connection,
            "SELECT DEFAULT_CHARACTER_SET_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()");
    }

    private static String single(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }
}
