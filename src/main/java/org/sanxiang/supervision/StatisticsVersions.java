package org.sanxiang.supervision;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every version of a year's statistics (table {@code annual_statistics}): a computed version is a
 * DRAFT until a leader approves it and it is PUBLISHED; a published row never changes, a correction
 * is a new PUBLISHED version with its reason. The public sees the newest published version.
 */
@Component
class StatisticsVersions {

    enum Status { DRAFT, REJECTED, PUBLISHED }

    record Version(long id, int year, int version, Status status, String content, Instant computedAt, String computedBy,
                   String approvedBy, Instant publishedAt, String correctionReason) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    StatisticsVersions(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Version draft(int year, Map<String, Object> statistics, String by) {
        return add(year, statistics, Status.DRAFT, by, null, null);
    }

    /** a correction after publication: published at once, with its reason */
    Version correction(int year, Map<String, Object> statistics, String by, String reason) {
        return add(year, statistics, Status.PUBLISHED, by, by, reason);
    }

    private synchronized Version add(int year, Map<String, Object> statistics, Status status, String by, String approvedBy, String reason) {
        Integer last = jdbc.queryForObject("SELECT MAX(version_no) FROM annual_statistics WHERE stat_year = ?", Integer.class, year);
        int next = last == null ? 1 : last + 1;
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
        jdbc.update("""
            INSERT INTO annual_statistics (stat_year, version_no, status, content, computed_at, computed_by, approved_by, published_at,
                correction_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", year, next, status.name(), write(statistics), now, by,
            approvedBy, status == Status.PUBLISHED ? now : null, reason);
        return byNumber(year, next).orElseThrow();
    }

    /** a draft approved and published, or rejected (it stays as it was computed) */
    void decide(long id, boolean approved, String by) {
        LocalDateTime now = LocalDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
        int updated = jdbc.update("UPDATE annual_statistics SET status = ?, approved_by = ?, published_at = ? WHERE id = ? AND status = 'DRAFT'",
            approved ? Status.PUBLISHED.name() : Status.REJECTED.name(), by, approved ? now : null, id);
        if (updated != 1) {
            throw new IllegalStateException("annual statistics " + id + " is not a draft");
        }
    }

    Optional<Version> published(int year) {
        return jdbc.query(SELECT + " WHERE stat_year = ? AND status = 'PUBLISHED' ORDER BY version_no DESC", this::row, year).stream().findFirst();
    }

    List<Version> all(int year) {
        return jdbc.query(SELECT + " WHERE stat_year = ? ORDER BY version_no", this::row, year);
    }

    Optional<Version> byId(long id) {
        return jdbc.query(SELECT + " WHERE id = ?", this::row, id).stream().findFirst();
    }

    private Optional<Version> byNumber(int year, int version) {
        return jdbc.query(SELECT + " WHERE stat_year = ? AND version_no = ?", this::row, year, version).stream().findFirst();
    }

    private static final String SELECT = """
        SELECT id, stat_year, version_no, status, content, computed_at, computed_by, approved_by, published_at, correction_reason
        FROM annual_statistics""";

    private Version row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new Version(rs.getLong(1), rs.getInt(2), rs.getInt(3), Status.valueOf(rs.getString(4)), rs.getString(5),
            instant(rs.getTimestamp(6)), rs.getString(7), rs.getString(8), instant(rs.getTimestamp(9)), rs.getString(10));
    }

    private static Instant instant(java.sql.Timestamp stored) {
        return stored == null ? null : stored.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> content(Version version) {
        try {
            return json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).forType(Map.class).readValue(version.content());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable statistics " + version.id(), e);
        }
    }

    private String write(Map<String, Object> statistics) {
        try {
            return json.writeValueAsString(statistics);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
