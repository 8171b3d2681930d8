package org.sanxiang.supervision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the facts of cases ({@code supervision_case_fact}): what each case contributes to the
 * rolled-up figures, computed from the raw tables with the figures' own SQL ({@link Figure#settledPairs}),
 * for the cases meeting a condition on {@code c} (one case, a few, or all of them).
 */
@Component
class RollupFacts {

    /** the review times: key "accepted day/concluded day" (Beijing dates), n = concluded reviews */
    static final String REVIEW_TIME = "REVIEW_TIME";

    /**
     * The running deadlines (OPEN, OVERDUE): one fact per case and deadline type, key "type:OVERDUE" (marked overdue),
     * "type:OPEN:due day" (Beijing date of the one open deadline) or "type:MULTI" (several running: asked live), so that
     * their state at any moment is a sum over due days ({@link RunningDeadlines})
     */
    static final String RUNNING = "RUNNING";

    /** the case's columns of a fact: its Beijing day of 立案, category and unit ('' = none) */
    private static final String CASE_COLUMNS = "CAST(TIMESTAMPADD(HOUR, 8, c.registered_at) AS DATE), c.category, COALESCE(c.handling_unit, '')";
    private static final String INSERT = "INSERT INTO supervision_case_fact (case_number, figure, k, n, reg_day, category, unit) ";
    private static final int ROWS_PER_INSERT = 500;

    private final NamedParameterJdbcTemplate jdbc;

    RollupFacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** inserts the facts of the cases meeting {@code where} (alias {@code c}); their old facts must be gone */
    void insert(String where, Map<String, ?> parameters) {
        for (Figure figure : Figure.values()) {
            String pairs = figure.settledPairs(where);
            if (pairs != null) {
                jdbc.update(INSERT + "SELECT c.case_number, '" + figure.name() + "', x.k, 1, " + CASE_COLUMNS
                    + " FROM (SELECT DISTINCT y.k, y.case_number FROM (" + pairs + ") y WHERE y.k IS NOT NULL) x"
                    + " JOIN enforcement_case c ON c.case_number = x.case_number", parameters);
            }
        }
        jdbc.update(INSERT + """
            SELECT z.case_number, '%s', CONCAT(CAST(z.accepted_day AS CHAR(10)), '/', CAST(z.concluded_day AS CHAR(10))), COUNT(*),
                   z.reg_day, z.category, z.unit
            FROM (SELECT c.case_number, CAST(TIMESTAMPADD(HOUR, 8, r.accepted) AS DATE) AS accepted_day,
                         CAST(TIMESTAMPADD(HOUR, 8, r.recorded_at) AS DATE) AS concluded_day,
                         CAST(TIMESTAMPADD(HOUR, 8, c.registered_at) AS DATE) AS reg_day, c.category, COALESCE(c.handling_unit, '') AS unit
                  FROM (SELECT rc.case_number, rc.recorded_at,
                               (SELECT MIN(a.recorded_at) FROM review_acceptance a
                                WHERE a.review_instance_id = rc.review_instance_id AND a.materials_complete = TRUE) AS accepted
                        FROM review_conclusion rc) r
                  JOIN enforcement_case c ON c.case_number = r.case_number
                  WHERE r.accepted IS NOT NULL AND %s) z
            GROUP BY z.case_number, z.accepted_day, z.concluded_day, z.reg_day, z.category, z.unit""".formatted(REVIEW_TIME, where),
            parameters);
        jdbc.update(INSERT + """
            SELECT c.case_number, '%s',
                   CASE WHEN COUNT(*) > 1 THEN CONCAT(d.deadline_type, ':MULTI')
                        WHEN MAX(d.status) = 'OVERDUE' THEN CONCAT(d.deadline_type, ':OVERDUE')
                        ELSE CONCAT(d.deadline_type, ':OPEN:', CAST(CAST(TIMESTAMPADD(HOUR, 8, MIN(d.due_at)) AS DATE) AS CHAR(10))) END,
                   1, %s
            FROM deadline_record d JOIN enforcement_case c ON c.case_number = d.case_number
            WHERE d.status IN %s AND %s
            GROUP BY c.case_number, d.deadline_type, c.registered_at, c.category, c.handling_unit""".formatted(RUNNING, CASE_COLUMNS,
            Figure.RUNNING, where), parameters);
        insertHandlers(where, parameters);
    }

    /**
     * The handlers (承办人) of each case, every name of its comma-separated {@code handlers}; the
     * summary keeps those in the group {@code handler}, as the raw figure's join on the memberships.
     */
    private void insertHandlers(String where, Map<String, ?> parameters) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("SELECT c.case_number, c.handlers, " + CASE_COLUMNS + " FROM enforcement_case c WHERE " + where, parameters, rs -> {
            Set<String> handlers = new LinkedHashSet<>();
            Collections.addAll(handlers, (rs.getString(2) == null ? "" : rs.getString(2)).split(","));
            for (String handler : handlers) {
                if (!handler.isEmpty() && handler.length() <= 100) {
                    rows.add(new Object[] {rs.getString(1), Figure.HANDLER_WORKLOAD.name(), handler, 1, rs.getObject(3, java.time.LocalDate.class),
                        rs.getString(4), rs.getString(5)});
                }
            }
            if (rows.size() >= ROWS_PER_INSERT) {
                flush(rows);
            }
        });
        flush(rows);
    }

    private void flush(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        String sql = INSERT + "VALUES " + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?)"));
        List<Object> values = new ArrayList<>();
        rows.forEach(row -> Collections.addAll(values, row));
        jdbc.getJdbcTemplate().update(sql, values.toArray());
        rows.clear();
    }
}
