package org.sanxiang.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.catalog.Action;
import org.sanxiang.catalog.ReviewOutcome;
import org.sanxiang.enforcement.PenaltyKind;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The annual enforcement statistics of one year (年度行政执法数据, docs/domain.md "Supervision"):
 * the decisions of the year per row of the provincial template (0 where the agency holds the power
 * and had no case; a case with several penalties counted once, under the heaviest; 罚没金额 from the
 * decisions' fines and confiscations) and the 三项制度 figures (reviews by level and outcome, average
 * review time, disclosures on time, recordings complete and late). Aggregate SQL only; nothing
 * personal in the result.
 */
@Component
class AnnualStatistics {

    /** the penalties of decision_penalty from the lightest to the heaviest (《行政处罚法》第九条; PenaltyKind's order) */
    private static final String SEVERITY = java.util.Arrays.stream(PenaltyKind.values())
        .map(k -> "WHEN '" + k.name() + "' THEN " + (k.ordinal() + 1))
        .reduce("CASE action ", (x, y) -> x + " " + y) + " ELSE 0 END";

    private final NamedParameterJdbcTemplate jdbc;
    private final FigureQueries queries;
    private final SupervisionSettings settings;
    private final String agency;

    AnnualStatistics(NamedParameterJdbcTemplate jdbc, FigureQueries queries, SupervisionSettings settings,
                     @Value("${sanxiang.agency-name}") String agency) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.settings = settings;
        this.agency = agency;
    }

    Map<String, Object> compute(int year) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("from", Filter.stored(Filter.start(LocalDate.of(year, 1, 1))));
        parameters.put("to", Filter.stored(Filter.start(LocalDate.of(year + 1, 1, 1))));
        parameters.put("now", Filter.stored(ClockUtil.getCurrentTime().toInstant()));
        Map<String, Object> statistics = new LinkedHashMap<>();
        statistics.put("year", year);
        statistics.put("agency", agency);
        statistics.put("computedAt", ClockUtil.getCurrentTime().toInstant().toString());
        statistics.put("categories", categories(parameters));
        statistics.put("reviews", reviews(parameters));
        statistics.put("disclosures", deadlines("DISCLOSURE", parameters));
        statistics.put("recordings", deadlines("RECORDING", parameters));
        return statistics;
    }

    private List<Map<String, Object>> categories(Map<String, Object> parameters) {
        String sql = """
            SELECT c.category, c.action, p.sev, COUNT(*) AS n,
                   SUM(COALESCE(p.fines, CASE WHEN c.action IN ('FINE', 'CONFISCATION') THEN c.amount ELSE 0 END)) AS amount
            FROM enforcement_case c
            LEFT JOIN (SELECT case_number, MAX(%s) AS sev,
                              SUM(CASE WHEN action IN ('FINE', 'CONFISCATION') THEN amount ELSE 0 END) AS fines
                       FROM decision_penalty GROUP BY case_number) p ON p.case_number = c.case_number
            WHERE c.decided_at >= :from AND c.decided_at < :to
            GROUP BY c.category, c.action, p.sev""".formatted(SEVERITY);
        Map<TemplateRow, Map<String, Long>> byAction = new EnumMap<>(TemplateRow.class);
        Map<TemplateRow, BigDecimal> amounts = new EnumMap<>(TemplateRow.class);
        jdbc.query(sql, parameters, rs -> {
            String action = rs.getString(2);
            int severity = rs.getInt(3);
            if (!rs.wasNull() && severity > 0) {
                action = PenaltyKind.values()[severity - 1].name();
            }
            TemplateRow row = TemplateRow.of(rs.getString(1), rs.getString(2));
            if (row == null) {
                return;
            }
            byAction.computeIfAbsent(row, r -> new TreeMap<>()).merge(action, rs.getLong(4), Long::sum);
            BigDecimal amount = rs.getBigDecimal(5);
            amounts.merge(row, amount == null ? BigDecimal.ZERO : amount, BigDecimal::add);
        });
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TemplateRow row : TemplateRow.values()) {
            boolean power = settings.powers().contains(row.name());
            Map<String, Long> actions = byAction.getOrDefault(row, Map.of());
            if (!power && actions.isEmpty()) {
                continue;
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("row", row.name());
            json.put("label", row.label());
            json.put("cases", actions.values().stream().mapToLong(Long::longValue).sum());
            List<Map<String, Object>> breakdown = new ArrayList<>();
            actions.forEach((action, n) -> breakdown.add(Map.of("action", action, "label", label(action), "cases", n)));
            json.put("byAction", breakdown);
            if (row == TemplateRow.PENALTY) {
                json.put("confiscatedAndFined", amounts.getOrDefault(row, BigDecimal.ZERO).setScale(2));
            }
            rows.add(json);
        }
        return rows;
    }

    private Map<String, Object> reviews(Map<String, Object> parameters) {
        String sql = """
            SELECT COALESCE(c.review_level, 'NONE'), r.outcome, COUNT(*) FROM review_conclusion r
            JOIN enforcement_case c ON c.case_number = r.case_number
            WHERE r.recorded_at >= :from AND r.recorded_at < :to GROUP BY COALESCE(c.review_level, 'NONE'), r.outcome""";
        Map<String, Map<String, Long>> byLevel = new TreeMap<>();
        jdbc.query(sql, parameters, rs -> {
            byLevel.computeIfAbsent(rs.getString(1), l -> new TreeMap<>()).merge(rs.getString(2), rs.getLong(3), Long::sum);
        });
        List<Map<String, Object>> levels = new ArrayList<>();
        long total = 0;
        for (var level : byLevel.entrySet()) {
            List<Map<String, Object>> outcomes = new ArrayList<>();
            level.getValue().forEach((outcome, n) -> outcomes.add(Map.of("outcome", outcome, "label", outcomeLabel(outcome), "reviews", n)));
            long reviews = level.getValue().values().stream().mapToLong(Long::longValue).sum();
            total += reviews;
            levels.add(Map.of("level", level.getKey(), "label", FigureLabels.levelLabel(level.getKey()), "reviews", reviews, "outcomes", outcomes));
        }
        FigureQueries.ReviewTime time = queries.reviewTime("r.recorded_at >= :from AND r.recorded_at < :to", parameters);
        Map<String, Object> reviews = new LinkedHashMap<>();
        reviews.put("total", total);
        reviews.put("byLevel", levels);
        reviews.put("averageWorkingDays", time.averageWorkingDays());
        reviews.put("longestWorkingDays", time.longestWorkingDays());
        return reviews;
    }

    /** the deadlines of the type that fell due in the year: met, missed (done late), overdue (not done) */
    private Map<String, Object> deadlines(String type, Map<String, Object> parameters) {
        Map<String, Object> typed = new LinkedHashMap<>(parameters);
        typed.put("type", type);
        Map<String, Long> counts = new TreeMap<>();
        jdbc.query("""
            SELECT x.st, COUNT(*) FROM (
                SELECT CASE WHEN status IN ('OPEN', 'OVERDUE') AND due_at < :now THEN 'OVERDUE' ELSE status END AS st
                FROM deadline_record WHERE deadline_type = :type AND due_at >= :from AND due_at < :to) x
            GROUP BY x.st""", typed, rs -> {
            counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
        });
        Map<String, Object> rate = Summary.rate(counts);
        rate.put("total", counts.values().stream().mapToLong(Long::longValue).sum());
        return rate;
    }

    /** the label of the case's action, or of the heaviest of its several penalties */
    static String label(String action) {
        try {
            return Action.valueOf(action).label();
        } catch (IllegalArgumentException e) {
            PenaltyKind kind = PenaltyKind.of(action);
            return kind == null ? action : kind.label();
        }
    }

    private static String outcomeLabel(String outcome) {
        try {
            return ReviewOutcome.valueOf(outcome).label();
        } catch (IllegalArgumentException e) {
            return outcome;
        }
    }
}
