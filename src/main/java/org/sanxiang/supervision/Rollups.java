package org.sanxiang.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The roll-up of the dashboard's figures ({@code supervision_rollup}, Flyway V76): per Beijing day
 * of 立案 × category × unit × figure × key, the sum of the cases' facts ({@link RollupFacts}), and
 * the same per month ({@code supervision_rollup_month}, V80).
 * {@link #refresh} replaces the facts of the cases a step wrote and adds the difference to the
 * roll-up, in the step's transaction ({@link RollupListener}); {@link #rebuild} recomputes everything.
 */
@Component
class Rollups {

    /** the daily and the monthly roll-up: table and its day column */
    private static final String[] DAYS = {"supervision_rollup", "reg_day"};
    private static final String[] MONTHS = {"supervision_rollup_month", "reg_month"};

    private final NamedParameterJdbcTemplate jdbc;
    private final RollupFacts facts;

    Rollups(NamedParameterJdbcTemplate jdbc, RollupFacts facts) {
        this.jdbc = jdbc;
        this.facts = facts;
    }

    /** recomputes the facts of these cases and adds their change to the roll-up (in the caller's transaction) */
    void refresh(Collection<String> caseNumbers) {
        if (caseNumbers.isEmpty()) {
            return;
        }
        Map<String, Object> cases = Map.of("cases", new ArrayList<>(new java.util.TreeSet<>(caseNumbers)));
        // one refresh of a case at a time: its row locked until the step commits
        jdbc.queryForList("SELECT case_number FROM enforcement_case WHERE case_number IN (:cases) ORDER BY case_number FOR UPDATE",
            cases, String.class);
        Map<List<Object>, Long> change = new TreeMap<>(Rollups::compare);
        factsOf(cases).forEach((key, n) -> change.merge(key, -n, Long::sum));
        jdbc.update("DELETE FROM supervision_case_fact WHERE case_number IN (:cases)", cases);
        facts.insert("c.case_number IN (:cases)", cases);
        factsOf(cases).forEach((key, n) -> change.merge(key, n, Long::sum));
        change.values().removeIf(n -> n == 0);
        Map<List<Object>, Long> monthly = new TreeMap<>(Rollups::compare);
        change.forEach((key, n) -> {
            add(DAYS, key, n);
            List<Object> month = new ArrayList<>(key);
            month.set(0, ((LocalDate) key.get(0)).withDayOfMonth(1));
            monthly.merge(month, n, Long::sum);
        });
        // the daily rows first, then the monthly ones, each in key order: one order for every step
        monthly.forEach((key, n) -> {
            if (n != 0) {
                add(MONTHS, key, n);
            }
        });
    }

    /** recomputes every fact and the whole roll-up from the raw tables */
    void rebuild() {
        jdbc.getJdbcTemplate().update("DELETE FROM supervision_rollup");
        jdbc.getJdbcTemplate().update("DELETE FROM supervision_rollup_month");
        jdbc.getJdbcTemplate().update("DELETE FROM supervision_case_fact");
        facts.insert("1 = 1", Map.of());
        jdbc.getJdbcTemplate().update("""
            INSERT INTO supervision_rollup (reg_day, category, unit, figure, k, n)
            SELECT reg_day, category, unit, figure, k, SUM(n) FROM supervision_case_fact GROUP BY reg_day, category, unit, figure, k""");
        jdbc.getJdbcTemplate().update("""
            INSERT INTO supervision_rollup_month (reg_month, category, unit, figure, k, n)
            SELECT m.reg_month, m.category, m.unit, m.figure, m.k, SUM(m.n)
            FROM (SELECT CAST(TIMESTAMPADD(DAY, 1 - EXTRACT(DAY FROM reg_day), reg_day) AS DATE) AS reg_month, category, unit, figure, k, n
                  FROM supervision_rollup) m
            GROUP BY m.reg_month, m.category, m.unit, m.figure, m.k""");
    }

    /**
     * The rolled-up counts per figure and key for the filter's days, category and unit: the whole
     * months of the period from the monthly rows, the days before and after them from the daily ones.
     */
    Map<String, Map<String, Long>> counts(Filter filter, String defaultUnit) {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        LocalDate firstMonth = filter.from().getDayOfMonth() == 1 ? filter.from() : filter.from().withDayOfMonth(1).plusMonths(1);
        LocalDate afterLastMonth = filter.to().plusDays(1).withDayOfMonth(1);
        if (firstMonth.isBefore(afterLastMonth)) {
            sum(MONTHS, firstMonth, afterLastMonth.minusMonths(1), filter, defaultUnit, counts);
            if (filter.from().isBefore(firstMonth)) {
                sum(DAYS, filter.from(), firstMonth.minusDays(1), filter, defaultUnit, counts);
            }
            if (!afterLastMonth.isAfter(filter.to())) {
                sum(DAYS, afterLastMonth, filter.to(), filter, defaultUnit, counts);
            }
        } else {
            sum(DAYS, filter.from(), filter.to(), filter, defaultUnit, counts);
        }
        counts.values().forEach(keys -> keys.values().removeIf(n -> n <= 0));
        counts.values().removeIf(Map::isEmpty);
        return counts;
    }

    /** adds the rows of the table (daily or monthly) from {@code first} to {@code last} (inclusive) to the counts */
    private void sum(String[] table, LocalDate first, LocalDate last, Filter filter, String defaultUnit, Map<String, Map<String, Long>> counts) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("first", first);
        parameters.put("last", last);
        parameters.put("category", filter.category() == null ? null : filter.category().name());
        parameters.put("unit", filter.unit());
        StringBuilder sql = new StringBuilder("SELECT r.figure, r.k, SUM(r.n) FROM " + table[0] + " r WHERE r." + table[1] + " >= :first AND r."
            + table[1] + " <= :last");
        if (filter.category() != null) {
            sql.append(" AND r.category = :category");
        }
        if (filter.unit() != null) {
            sql.append(filter.unit().equals(defaultUnit) ? " AND (r.unit = :unit OR r.unit = '')" : " AND r.unit = :unit");
        }
        sql.append(" GROUP BY r.figure, r.k");
        jdbc.query(sql.toString(), parameters, rs -> {
            counts.computeIfAbsent(rs.getString(1), figure -> new TreeMap<>()).merge(rs.getString(2), rs.getLong(3), Long::sum);
        });
    }

    private Map<List<Object>, Long> factsOf(Map<String, Object> cases) {
        Map<List<Object>, Long> found = new HashMap<>();
        jdbc.query("SELECT reg_day, category, unit, figure, k, n FROM supervision_case_fact WHERE case_number IN (:cases)", cases, rs -> {
            found.merge(List.of(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                rs.getLong(6), Long::sum);
        });
        return found;
    }

    /** adds n to one row of the roll-up (daily or monthly); rows are changed in key order, so that two steps never wait on each other crosswise */
    private void add(String[] table, List<Object> key, long n) {
        Map<String, Object> row = new HashMap<>();
        row.put("day", key.get(0));
        row.put("category", key.get(1));
        row.put("unit", key.get(2));
        row.put("figure", key.get(3));
        row.put("k", key.get(4));
        row.put("n", n);
        String update = "UPDATE " + table[0] + " SET n = n + :n WHERE " + table[1] + " = :day AND category = :category AND unit = :unit"
            + " AND figure = :figure AND k = :k";
        if (jdbc.update(update, row) == 0) {
            try {
                jdbc.update("INSERT INTO " + table[0] + " (" + table[1] + ", category, unit, figure, k, n)"
                    + " VALUES (:day, :category, :unit, :figure, :k, :n)", row);
            } catch (DuplicateKeyException another) {
                jdbc.update(update, row);
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = ((Comparable) a.get(i)).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
