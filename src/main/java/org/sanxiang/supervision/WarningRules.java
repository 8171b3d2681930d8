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
 * the cases that need attention and the reason given; the thresholds are configuration
 * ({@code sanxiang.supervision.warnings.*}). Each query returns the case number, its title, a
 * moment (due time or certificate expiry), a user id and a count, as far as the rule needs them.
 */
@Component
class WarningRules {

    enum Rule {
        PENALTY_NEAR_LIMIT("行政处罚决定期限将届满", """
            SELECT c.case_number, c.title, d.due_at, NULL, 0 FROM deadline_record d JOIN enforcement_case c ON c.case_number = d.case_number
            WHERE d.deadline_type = 'PENALTY_DECISION' AND d.status = 'OPEN' AND d.due_at < :penaltyLimit"""),
        REVIEW_RETURNED("法制审核多次退回", """
            SELECT c.case_number, c.title, NULL, NULL, x.n FROM enforcement_case c
            JOIN (SELECT r.case_number, COUNT(*) AS n FROM (
                    SELECT case_number FROM review_acceptance WHERE materials_complete = FALSE
                    UNION ALL SELECT case_number FROM review_opinion WHERE opinion = 'PROBLEMS') r
                  GROUP BY r.case_number HAVING COUNT(*) >= :returns) x ON x.case_number = c.case_number
            WHERE c.status = 'OPEN'"""),
        DISCLOSURE_OVERDUE("决定逾期未公示", """
            SELECT c.case_number, c.title, d.due_at, NULL, 0 FROM deadline_record d JOIN enforcement_case c ON c.case_number = d.case_number
            WHERE d.deadline_type = 'DISCLOSURE' AND d.status IN ('OPEN', 'OVERDUE') AND d.due_at < :now"""),
        RECORDING_MISSING("应当音像记录而缺失", """
            SELECT c.case_number, c.title, d.due_at, NULL, 0 FROM deadline_record d JOIN enforcement_case c ON c.case_number = d.case_number
            WHERE d.deadline_type = 'RECORDING' AND d.status IN ('OPEN', 'OVERDUE') AND d.due_at < :now"""),
        CERTIFICATE_EXPIRING("承办人执法证即将到期", """
            SELECT c.case_number, c.title, NULL, s.user_id, 0, s.certificate_expiry FROM staff_credential s
            JOIN enforcement_case c ON CONCAT(',', c.handlers, ',') LIKE CONCAT('%,', s.user_id, ',%')
            WHERE s.certificate_expiry IS NOT NULL AND s.certificate_expiry <= :certificateLimit AND c.status IN ('OPEN', 'DECIDED')""");

        private final String label;
        private final String sql;

        Rule(String label, String sql) {
            this.label = label;
            this.sql = sql;
        }

        String label() {
            return label;
        }
    }

    /** one case that needs attention, and why */
    record Warning(Rule rule, String ruleLabel, String caseNumber, String caseTitle, String reason, String link) {
        Warning(Rule rule, String caseNumber, String caseTitle, String reason) {
            this(rule, rule.label(), caseNumber, caseTitle, reason, "/cases/" + caseNumber);
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(WorkingDayCalendar.ZONE);

    private final NamedParameterJdbcTemplate jdbc;
    private final SupervisionSettings.Warnings thresholds;
    private final Directory directory;

    WarningRules(NamedParameterJdbcTemplate jdbc, SupervisionSettings settings, Directory directory) {
        this.jdbc = jdbc;
        this.thresholds = settings.warnings();
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
        parameters.put("now", Filter.stored(now));
        parameters.put("penaltyLimit", Filter.stored(now.plusSeconds(86_400L * thresholds.penaltyDaysBefore())));
        parameters.put("returns", thresholds.reviewReturns());
        parameters.put("certificateLimit", today.plusDays(thresholds.certificateDays()));
        return jdbc.query(rule.sql + " ORDER BY 1", parameters, (rs, i) ->
            new Warning(rule, rs.getString(1), rs.getString(2), reason(rule, rs, today)));
    }

    private String reason(Rule rule, ResultSet rs, LocalDate today) throws SQLException {
        return switch (rule) {
            case PENALTY_NEAR_LIMIT -> "依照《行政处罚法》第六十条，应于" + time(rs.getTimestamp(3))
                + "前作出行政处罚决定，距期限届满已不足 " + thresholds.penaltyDaysBefore() + " 日，尚未作出决定。";
            case REVIEW_RETURNED -> "法制审核已退回 " + rs.getLong(5) + " 次（退回补充材料或审核意见存在问题）。";
            case DISCLOSURE_OVERDUE -> "执法决定应于" + time(rs.getTimestamp(3)) + "前公示，已逾期仍未公示。";
            case RECORDING_MISSING -> "应当全程音像记录的执法活动，音像记录应于" + time(rs.getTimestamp(3)) + "前存储，至今缺失。";
            case CERTIFICATE_EXPIRING -> {
                LocalDate expiry = rs.getObject(6, LocalDate.class);
                String who = directory.displayName(rs.getString(4));
                yield "承办人" + who + "的执法证" + (expiry.isBefore(today) ? "已于 " + expiry + " 到期" : "将于 " + expiry + " 到期")
                    + "，本案仍在办理中。";
            }
        };
    }

    private static String time(Timestamp stored) {
        return TIME.format(stored.toLocalDateTime().toInstant(ZoneOffset.UTC));
    }
}
