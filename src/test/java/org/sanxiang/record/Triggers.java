package org.sanxiang.record;

import java.util.List;

import org.sanxiang.TestDatabaseProfiles;
import org.springframework.jdbc.core.JdbcTemplate;

/** Drops and restores the append-only triggers, as a database administrator bent on tampering would. */
final class Triggers {

    static final List<String> TABLES = List.of("record_entry", "record_leaf", "record_node", "record_checkpoint");

    private final JdbcTemplate jdbc;

    Triggers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static boolean mariadb() {
        return "mariadb".equals(TestDatabaseProfiles.database());
    }

    void drop() {
        for (String table : TABLES) {
            if (mariadb()) {
                jdbc.execute("DROP TRIGGER IF EXISTS " + table + "_no_update");
                jdbc.execute("DROP TRIGGER IF EXISTS " + table + "_no_delete");
            } else {
                jdbc.execute("DROP TRIGGER IF EXISTS " + table + "_append_only");
            }
        }
    }

    void restore() {
        for (String table : TABLES) {
            if (mariadb()) {
                for (String op : List.of("UPDATE", "DELETE")) {
                    jdbc.execute("CREATE TRIGGER " + table + "_no_" + op.toLowerCase() + " BEFORE " + op + " ON " + table
                        + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'append-only: " + op + " on " + table + " refused (full-process record)'");
                }
            } else {
                jdbc.execute("CREATE TRIGGER " + table + "_append_only BEFORE UPDATE, DELETE ON " + table
                    + " FOR EACH ROW CALL 'org.sanxiang.record.AppendOnlyTrigger'");
            }
        }
    }
}
