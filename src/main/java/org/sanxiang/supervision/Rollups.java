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
 * of 立案 × category × unit × figure × key, the sum of the cases' facts ({@link RollupFacts}).
 * {@link #refresh} replaces the facts of the cases a step wrote and adds the difference to the
 * roll-up, in the step's transaction ({@link RollupListener}); {@link #rebuild} recomputes everything.
 */
@Component
class Rollups {

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
        change.forEach((key, n) -> {
            if (n != 0) {
                add(key, n);
            }
        });
    }

    /** recomputes every fact and the whole roll-up from the raw tables */
    void rebuild() {
        jdbc.getJdbcTemplate().update("DELETE FROM supervision_rollup");
        jdbc.getJdbcTemplate().update("DELETE FROM supervision_case_fact");
        facts.insert("1 = 1", Map.of());
        jdbc.getJdbcTemplate().update("""
            INSERT INTO supervision_rollup (reg_day, category, unit, figure, k, n)
            SELECT reg_day, category, unit, figure, k, SUM(n) FROM supervision_case_fact GROUP BY reg_day, category, unit, figure, k""");
    }

    /** the rolled-up counts per figure and key for the filter's days, category and unit */
    Map<String, Map<String, Long>> counts(Filter filter, String defaultUnit) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("fromDay", filter.from());
        parameters.put("toDay", filter.to());
        parameters.put("category", filter.category() == null ? null : filter.category().name());
        parameters.put("unit", filter.unit());
        StringBuilder sql = new StringBuilder("SELECT r.figure, r.k, SUM(r.n) FROM supervision_rollup r WHERE r.reg_day >= :fromDay AND r.reg_day <= :toDay");
        if (filter.category() != null) {
            sql.append(" AND r.category = :category");
        }
        if (filter.unit() != null) {
            sql.append(filter.unit().equals(defaultUnit) ? " AND (r.unit = :unit OR r.unit = '')" : " AND r.unit = :unit");
        }
        sql.append(" GROUP BY r.figure, r.k HAVING SUM(r.n) > 0");
        Map<String, Map<String, Long>> counts = new HashMap<>();
        jdbc.query(sql.toString(), parameters, rs -> {
            counts.computeIfAbsent(rs.getString(1), figure -> new TreeMap<>()).put(rs.getString(2), rs.getLong(3));
        });
        return counts;
    }

    private Map<List<Object>, Long> factsOf(Map<String, Object> cases) {
        Map<List<Object>, Long> found = new HashMap<>();
        jdbc.query("SELECT reg_day, category, unit, figure, k, n FROM supervision_case_fact WHERE case_number IN (:cases)", cases, rs -> {
            found.merge(List.of(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                rs.getLong(6), Long::sum);
        });
        return found;
    }

    /** adds n to one row of the roll-up; rows are changed in key order, so that two steps never wait on each other crosswise */
    private void add(List<Object> key, long n) {
        Map<String, Object> row = new HashMap<>();
        row.put("day", key.get(0));
        row.put("category", key.get(1));
        row.put("unit", key.get(2));
        row.put("figure", key.get(3));
        row.put("k", key.get(4));
        row.put("n", n);
        String update = "UPDATE supervision_rollup SET n = n + :n WHERE reg_day = :day AND category = :category AND unit = :unit"
            + " AND figure = :figure AND k = :k";
        if (jdbc.update(update, row) == 0) {
            try {
                jdbc.update("INSERT INTO supervision_rollup (reg_day, category, unit, figure, k, n) VALUES (:day, :category, :unit, :figure, :k, :n)",
                    row);
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
