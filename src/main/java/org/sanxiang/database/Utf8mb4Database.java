package org.sanxiang.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes the application's tables utf8mb4 on MariaDB/MySQL whatever the server's defaults: before
 * Flyway creates its history table or migrates, a database whose default character set is not
 * utf8mb4 (e.g. latin1 or utf8mb3, which cannot hold CJK Extension B characters of personal names)
 * gets utf8mb4 as its default, so every table the migrations create is utf8mb4. (Camunda's own
 * tables declare their character set; the mariadb profile makes that utf8mb4 too.)
 */
@Component
public class Utf8mb4Database implements Callback {

    static final String CHARACTER_SET = "utf8mb4";
    static final String COLLATION = "utf8mb4_unicode_ci";

    private static final Logger LOG = LoggerFactory.getLogger(Utf8mb4Database.class);

    /** validate runs first within migrate (it may create nothing); baseline and migrate create the history table */
    private static final Set<Event> BEFORE_TABLES_ARE_CREATED = Set.of(Event.BEFORE_VALIDATE, Event.BEFORE_BASELINE, Event.BEFORE_MIGRATE);

    @Override
    public boolean supports(Event event, Context context) {
        return BEFORE_TABLES_ARE_CREATED.contains(event);
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            ensureUtf8mb4(context.getConnection());
        } catch (SQLException e) {
            // a missing ALTER privilege is explained by DatabaseFailureAnalyzer from the cause
            throw new IllegalStateException("无法把数据库默认字符集设为 utf8mb4：" + e.getMessage(), e);
        }
    }

    static void ensureUtf8mb4(Connection connection) throws SQLException {
        if (!MariaDb.isMariaDbOrMySql(connection)) {
            return;
        }
        String current = MariaDb.databaseCharacterSet(connection);
        if (CHARACTER_SET.equalsIgnoreCase(current)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER DATABASE CHARACTER SET " + CHARACTER_SET + " COLLATE " + COLLATION);
        }
        LOG.info("数据库默认字符集由 {} 改为 {}（{}）", current, CHARACTER_SET, COLLATION);
    }

    @Override
    public String getCallbackName() {
        return "utf8mb4-database";
    }
}
