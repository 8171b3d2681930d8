package org.sanxiang.supervision;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Runs the figures' SQL: counts per key, the cases of one key, and the review times. */
@Component
class FigureQueries {

    /** the most cases one drill-down lists */
    static final int MAX_CASES = 1000;

    private final NamedParameterJdbcTemplate jdbc;
    private final SupervisionSettings settings;
    private final WorkingDayCalendar calendar;
    private final Rollups rollups;
    private final RunningDeadlines runningDeadlines;

    FigureQueries(NamedParameterJdbcTemplate jdbc, SupervisionSettings settings, WorkingDayCalendar calendar, Rollups rollups,
                  RunningDeadlines runningDeadlines) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.calendar = calendar;
        this.rollups = rollups;
        this.runningDeadlines = runningDeadlines;
    }

    /**
     * Every figure's counts as the summary shows them: the roll-up's, with the running deadlines
     * placed by their due day as of now ({@link RunningDeadlines}); the same as {@link #counts} from
     * the raw tables, figure by figure.
     */
    SummaryCounts summaryCounts(Filter filter) {
        Map<String, Map<String, Long>> rolled = rollups.counts(filter, settings.defaultUnit());
        // the running deadlines of every type, keys "type:state": the disclosure and recording figures are the keys of their
        // type (the same distinct cases per key)
        Map<String, Long> running = runningDeadlines.counts(rolled.getOrDefault(RollupFacts.RUNNING, Map.of()), filter);
        Map<Figure, Map<String, Long>> all = new LinkedHashMap<>();
        for (Figure figure : Figure.values()) {
            Map<String, Long> counts = new TreeMap<>(rolled.getOrDefault(figure.name(), Map.of()));
            if (figure == Figure.DEADLINE) {
                running.forEach((key, n) -> counts.merge(key, n, Long::sum));
            } else if (figure.deadlines()) {
                String type = figure.name() + ":";
                running.forEach((key, n) -> {
                    if (key.startsWith(type)) {
                        counts.merge(key.substring(type.length()), n, Long::sum);
                    }
                });
            }
            if (figure == Figure.HANDLER_WORKLOAD) {
                counts.keySet().retainAll(jdbc.queryForList("SELECT USER_ID_ FROM ACT_ID_MEMBERSHIP WHERE GROUP_ID_ = 'handler'",
                    Map.of(), String.class));
            }
            all.put(figure, counts);
        }
        return new SummaryCounts(all, reviewTime(rolled.getOrDefault(RollupFacts.REVIEW_TIME, Map.of())));
    }

    /** the summary's counts per figure and key, and its review times */
    record SummaryCounts(Map<Figure, Map<String, Long>> figures, ReviewTime reviewTime) {
    }

    /** the review times of the summary, from the roll-up's counts per pair of days (see {@link RollupFacts#REVIEW_TIME}) */
    ReviewTime reviewTime(Map<String, Long> reviewsPerDays) {
        long[] totals = new long[3];
        reviewsPerDays.forEach((days, n) -> {
            long taken = workingDaysBetween(LocalDate.parse(days.substring(0, 10)), LocalDate.parse(days.substring(11)));
            totals[0] += n;
            totals[1] += taken * n;
            totals[2] = Math.max(totals[2], taken);
        });
        double average = totals[0] == 0 ? 0 : Math.round(totals[1] * 10.0 / totals[0]) / 10.0;
        return new ReviewTime(totals[0], average, totals[2]);
    }

    /** the number of distinct cases per key, keys in order, from the raw tables */
    Map<String, Long> counts(Figure figure, Filter filter) {
        return counts(figure.pairs(filter), filter);
    }

    private Map<String, Long> counts(String pairs, Filter filter) {
        String sql = "SELECT x.k, COUNT(DISTINCT x.case_number) AS n FROM (" + pairs + ") x GROUP BY x.k ORDER BY x.k";
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.query(sql, parameters(filter), rs -> {
            counts.put(rs.getString(1), rs.getLong(2));
        });
        return counts;
    }

    /** the cases of one key of the figure, newest first */
    List<CaseRow> cases(Figure figure, String key, Filter filter) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("key", key);
        String sql = "SELECT c.case_number, c.title, c.category, c.status, c.registered_at FROM enforcement_case c WHERE c.case_number IN ("
            + "SELECT x.case_number FROM (" + figure.pairs(filter) + ") x WHERE x.k = :key) ORDER BY c.registered_at DESC, c.case_number";
        return jdbc.query(sql + " LIMIT " + MAX_CASES, parameters, (rs, i) -> new CaseRow(rs.getString(1), rs.getString(2),
            rs.getString(3), rs.getString(4), registered(rs.getTimestamp(5))));
    }

    /**
     * The time of each concluded review of the filtered cases, from its first complete acceptance
     * (受理) to its conclusion, in working days: aggregated by the pair of Beijing dates, so that only
     * a few hundred rows come back for any number of reviews.
     */
    ReviewTime reviewTime(Filter filter) {
        return reviewTime(filter.where(), parameters(filter));
    }

    /** the same for the reviews whose conclusion and case meet {@code where} (aliases {@code r} and {@code c}) */
    ReviewTime reviewTime(String where, Map<String, Object> parameters) {
        String sql = """
            SELECT CAST(TIMESTAMPADD(HOUR, 8, a.accepted) AS DATE) AS accepted_day, CAST(TIMESTAMPADD(HOUR, 8, r.recorded_at) AS DATE) AS concluded_day,
                   COUNT(*) AS n
            FROM review_conclusion r
            JOIN (SELECT review_instance_id, MIN(recorded_at) AS accepted FROM review_acceptance WHERE materials_complete = TRUE
                  GROUP BY review_instance_id) a ON a.review_instance_id = r.review_instance_id
            JOIN enforcement_case c ON c.case_number = r.case_number
            WHERE %s
            GROUP BY CAST(TIMESTAMPADD(HOUR, 8, a.accepted) AS DATE), CAST(TIMESTAMPADD(HOUR, 8, r.recorded_at) AS DATE)""".formatted(where);
        long[] totals = new long[3];
        jdbc.query(sql, parameters, rs -> {
            LocalDate accepted = rs.getObject(1, LocalDate.class);
            LocalDate concluded = rs.getObject(2, LocalDate.class);
            long n = rs.getLong(3);
            long days = workingDaysBetween(accepted, concluded);
            totals[0] += n;
            totals[1] += days * n;
            totals[2] = Math.max(totals[2], days);
        });
        double average = totals[0] == 0 ? 0 : Math.round(totals[1] * 10.0 / totals[0]) / 10.0;
        return new ReviewTime(totals[0], average, totals[2]);
    }

    /** the working days after {@code from} up to and including {@code to}: a review concluded on the day of acceptance took 0 */
    long workingDaysBetween(LocalDate from, LocalDate to) {
        long days = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                days++;
            }
        }
        return days;
    }

    Map<String, Object> parameters(Filter filter) {
        return filter.parameters(settings.defaultUnit(), ClockUtil.getCurrentTime().toInstant(), settings.dueSoonDays());
    }

    private static Instant registered(Timestamp stored) {
        return stored == null ? null : stored.toLocalDateTime().toInstant(java.time.ZoneOffset.UTC);
    }

    /** one case of a drill-down, linked to its page */
    record CaseRow(String caseNumber, String title, String category, String status, Instant registeredAt, String link) {
        CaseRow(String caseNumber, String title, String category, String status, Instant registeredAt) {
            this(caseNumber, title, category, status, registeredAt, "/cases/" + caseNumber);
        }
    }

    /** concluded reviews, their average and longest time in working days */
    record ReviewTime(long reviews, double averageWorkingDays, long longestWorkingDays) {
    }
}
