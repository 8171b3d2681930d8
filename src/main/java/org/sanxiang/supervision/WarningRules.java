package org.sanxiang.supervision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.people.Directory;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The warning rules (线索, docs/domain.md "Supervision"), all in this one place: each is a query for
 * the cases that need attention; each rule's name, threshold and the wording of its reason are the
 * rule table {@code supervision-warnings} (DMN, {@link WarningTable}). Each query returns the case number, its title, a
 * moment (due time or certificate expiry), a user id and a count, as far as the rule needs them.
 */
@Component
class WarningRules {

    enum Rule {
        PENALTY_NEAR_LIMIT("""
            SELECT c.case_number, c.title, d.due_at, NULL, 0 FROM deadline_record d JOIN enforcement_case c ON c.case_number = d.case_number
            WHERE d.deadline_type = 'PENALTY_DECISION' AND d.status = 'OPEN' AND d.due_at < :penaltyLimit"""),
        REVIEW_RETURNED("""
            SELECT c.case_number, c.title, NULL, NULL, x.n FROM enforcement_case c
            JOIN (SELECT r.case_number, COUNT(*) AS n FROM (
                    SELECT case_number FROM review_acceptance WHERE materials_complete = FALSE
                    UNION ALL SELECT case_number FROM review_opinion WHERE opinion = 'PROBLEMS') r
                  GROUP BY r.case_number HAVING COUNT(*) >= :returns) x ON x.case_number = c.case_number
            WHERE c.status = 'OPEN'"""),
        DISCLOSURE_OVERDUE("""
            SELECT c.case_number, c.title, d.due_at, NULL, 0 FROM deadline_record d JOIN enforcement_case c ON c.case_number = d.case_number
            WHERE d.deadline_type = 'DISCLOSURE' AND d.status IN ('OPEN', 'OVERDUE') AND d.due_at < :now"""),
        RECORDING_MISSING("""
            SELECT c.case_number, c.title, d.due_at, NULL, 0 FROM deadline_record d JOIN enforcement_case c ON c.case_number = d.case_number
            WHERE d.deadline_type = 'RECORDING' AND d.status IN ('OPEN', 'OVERDUE') AND d.due_at < :now"""),
        CERTIFICATE_EXPIRING("""
            SELECT c.case_number, c.title, NULL, s.user_id, 0, s.certificate_expiry FROM staff_credential s
            JOIN enforcement_case c ON CONCAT(',', c.handlers, ',') LIKE CONCAT('%,', s.user_id, ',%')
            WHERE s.certificate_expiry IS NOT NULL AND s.certificate_expiry <= :certificateLimit AND c.status IN ('OPEN', 'DECIDED')""");

        private final String sql;

        Rule(String sql) {
            this.sql = sql;
        }
    }

    /** one case that needs attention, and why */
    record Warning(Rule rule, String ruleLabel, String caseNumber, String caseTitle, String reason, String link) {
        Warning(Rule rule, String ruleLabel, String caseNumber, String caseTitle, String reason) {
            this(rule, ruleLabel, caseNumber, caseTitle, reason, "/cases/" + caseNumber);
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(WorkingDayCalendar.ZONE);

    private final NamedParameterJdbcTemplate jdbc;
    private final WarningTable table;
    private final Directory directory;

    WarningRules(NamedParameterJdbcTemplate jdbc, WarningTable table, Directory directory) {
        this.jdbc = jdbc;
        this.table = table;
        this.directory = directory;
    }

    List<Warning> all() {
        List<Warning> warnings = new ArrayList<>();
        for (Rule rule : Rule.values()) {
            warnings.addAll(of(rule));
        }
        return warnings;
    }

    List<Warning> of(Rule rule) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        LocalDate today = LocalDate.ofInstant(now, WorkingDayCalendar.ZONE);
        Map<String, Object> parameters = new HashMap<>();
        WarningTable.Row row = table.row(rule);
        parameters.put("now", Filter.stored(now));
        switch (rule) {
            case PENALTY_NEAR_LIMIT -> parameters.put("penaltyLimit", Filter.stored(now.plusSeconds(86_400L * row.threshold())));
            case REVIEW_RETURNED -> parameters.put("returns", row.threshold());
            case CERTIFICATE_EXPIRING -> parameters.put("certificateLimit", today.plusDays(row.threshold()));
            default -> { }
        }
        return jdbc.query(rule.sql + " ORDER BY 1", parameters, (rs, i) ->
            new Warning(rule, row.label(), rs.getString(1), rs.getString(2), row.reason(values(rule, rs, today))));
    }

    /** the values of the reason's placeholders (WarningTable) */
    private Map<String, String> values(Rule rule, ResultSet rs, LocalDate today) throws SQLException {
        Map<String, String> values = new HashMap<>();
        Timestamp due = rs.getTimestamp(3);
        if (due != null) {
            values.put("期限", time(due));
        }
        values.put("次数", String.valueOf(rs.getLong(5)));
        if (rule == Rule.CERTIFICATE_EXPIRING) {
            LocalDate expiry = rs.getObject(6, LocalDate.class);
            values.put("承办人", directory.displayName(rs.getString(4)));
            values.put("到期情况", (expiry.isBefore(today) ? "已于 " : "将于 ") + expiry + " 到期");
        }
        return values;
    }

    private static String time(Timestamp stored) {
        return TIME.format(stored.toLocalDateTime().toInstant(ZoneOffset.UTC));
    }
}
