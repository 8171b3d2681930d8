package org.sanxiang.record;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Reads a case's record as stored (the application only ever reads and appends it). */
@Component
public class RecordEntries {

    static final String COLUMNS = "id, case_number, seq, kind, actor, occurred_at, details, hash_algorithm, prev_hash, entry_hash";

    static final RowMapper<RecordEntry> ROW = (rs, i) -> new RecordEntry(rs.getLong("id"), rs.getString("case_number"),
        rs.getInt("seq"), rs.getString("kind"), rs.getString("actor"), rs.getLong("occurred_at"), rs.getString("details"),
        rs.getString("hash_algorithm"), rs.getString("prev_hash"), rs.getString("entry_hash"));

    private final JdbcTemplate jdbc;

    RecordEntries(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** the case's entries in the order they are stored (by id, so that swapped rows show) */
    public List<RecordEntry> ofCase(String caseNumber) {
        return jdbc.query("SELECT " + COLUMNS + " FROM record_entry WHERE case_number = ? ORDER BY id", ROW, caseNumber);
    }

    public java.util.Optional<RecordEntry> byId(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM record_entry WHERE id = ?", ROW, id).stream().findFirst();
    }

    public boolean hasCase(String caseNumber) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM record_entry WHERE case_number = ?", Integer.class, caseNumber);
        return count != null && count > 0;
    }
}
