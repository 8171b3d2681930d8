package org.sanxiang.record;

import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.Trigger;

/**
 * The H2 trigger (db/vendor/h2/V21) that refuses UPDATE and DELETE on the record's tables: the
 * record is append-only in the database, not only in the code. MariaDB has the same in SQL.
 */
public class AppendOnlyTrigger implements Trigger {

    private String table;

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before, int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " on " + table
            + " refused (full-process record)", "45000");
    }
}
