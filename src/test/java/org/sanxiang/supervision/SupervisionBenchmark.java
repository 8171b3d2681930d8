package org.sanxiang.supervision;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.sanxiang.EngineTest;
import org.sanxiang.TestDatabaseProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Benchmark, run on purpose only (not by {@code mvn verify}: the name ends in neither Test nor IT):
 * {@code mvn -B -ntp -o -Pmariadb test-compile surefire:test -Dtest=SupervisionBenchmark -Dbench.cases=100000
 * -Dbench.tasks=1000000 -Dtest.db.keep=sanxiang_bench} (with {@code test.db.keep} the seeded database is
 * kept and reused by the next run: seeded once, in multi-row inserts). Seeds a year of cases (with deadlines, reviews, penalties), running tasks of the open cases and
 * task history, then prints how long the dashboard's summary and the annual computation take.
 */
@EngineTest
class SupervisionBenchmark {

    static final int CASES = Integer.getInteger("bench.cases", 100_000);
    static final int TASKS = Integer.getInteger("bench.tasks", 1_000_000);
    static final String UNIT = "基准测试科";
    /** summaries measured per filter, for p50 and p95 */
    static final int RUNS = Integer.getInteger("bench.runs", 20);
    static final String[][] ACTIONS = {{"PENALTY", "FINE"}, {"PENALTY", "WARNING"}, {"PENALTY", "SUSPENSION"}, {"COERCION", "SEIZURE"},
        {"LICENSING", "LICENSE_GRANT"}, {"INSPECTION", "ORDER_RECTIFY"}, {"EXPROPRIATION", "COMPENSATION_DECISION"}};
    static final String[] TASK_KEYS = {"investigate", "draft-decision", "accept-submission", "review-decision", "leader-decision", "archive-case"};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Summary summary;
    @Autowired
    AnnualStatistics statistics;
    @Autowired
    FigureQueries queries;
    @Autowired
    Rollups rollups;
    @Autowired
    RunningDeadlines runningDeadlines;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;

    @Test
    void summaryAndAnnualComputationOnALargeYear() {
        long seeding = System.nanoTime();
        Integer seeded = jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case WHERE case_number LIKE 'BENCH-2025-%'", Integer.class);
        Integer history = jdbc.queryForObject("SELECT COUNT(*) FROM ACT_HI_TASKINST WHERE ID_ LIKE 'bench-hist-%'", Integer.class);
        if (seeded == CASES && history > 0) {
            System.out.printf("BENCHMARK reusing the %,d seeded cases and %,d task history records of %s%n", seeded, history,
                TestDatabaseProfiles.database());
        } else {
            if (seeded > 0) {
                throw new IllegalStateException("the database holds " + seeded + " benchmark cases, not " + CASES + ": use another test.db.keep");
            }
            jdbc.execute((ConnectionCallback<Void>) this::seed);
            System.out.printf("BENCHMARK seeded %,d cases and %,d task records on %s in %.1f s%n", CASES, TASKS,
                TestDatabaseProfiles.database(), (System.nanoTime() - seeding) / 1e9);
            // written straight into the tables, past the steps that keep the roll-up: built as after an upgrade
            long rebuild = System.nanoTime();
            new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(status -> rollups.rebuild());
            System.out.printf("BENCHMARK roll-up rebuilt from the raw tables in %.1f s%n", (System.nanoTime() - rebuild) / 1e9);
        }
        System.out.printf("BENCHMARK roll-up: %,d rows, %,d case facts%n",
            jdbc.queryForObject("SELECT COUNT(*) FROM supervision_rollup", Long.class),
            jdbc.queryForObject("SELECT COUNT(*) FROM supervision_case_fact", Long.class));
        if (System.getProperty("bench.now") != null) {
            // e.g. -Dbench.now=2025-09-15T10:00 (Beijing): a moment inside the seeded year, so that deadlines fall on the boundary days
            org.sanxiang.Timers.now(System.getProperty("bench.now"));
            System.out.printf("BENCHMARK engine clock set to %s (Beijing)%n", System.getProperty("bench.now"));
        }
        Filter all = new Filter(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), null, null);
        Filter penalties = new Filter(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"),
            org.sanxiang.catalog.Category.PENALTY, UNIT);
        Filter quarter = new Filter(LocalDate.parse("2025-04-01"), LocalDate.parse("2025-06-30"),
            org.sanxiang.catalog.Category.PENALTY, null);
        summary.of(all);
        for (Map.Entry<String, Filter> run : Map.of("whole year", all, "PENALTY+unit", penalties, "Q2 PENALTY", quarter).entrySet()) {
            long[] ms = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                summary.of(run.getValue());
                ms[i] = (System.nanoTime() - start) / 1_000_000;
            }
            java.util.Arrays.sort(ms);
            System.out.printf("BENCHMARK summary %s: p50 %d ms, p95 %d ms, max %d ms (%d runs)%n", run.getKey(), ms[(RUNS - 1) / 2],
                ms[(int) Math.ceil(RUNS * 0.95) - 1], ms[RUNS - 1], RUNS);
        }
        FigureQueries.SummaryCounts rolled = queries.summaryCounts(all);
        for (Figure figure : Figure.values()) {
            long start = System.nanoTime();
            Map<String, Long> raw = queries.counts(figure, all);
            System.out.printf("BENCHMARK figure %s from the raw tables: %d ms, %s the summary's%n", figure, (System.nanoTime() - start) / 1_000_000,
                raw.equals(rolled.figures().get(figure)) ? "same as" : "DIFFERENT FROM");
        }
        long running = System.nanoTime();
        Map<String, Long> deadlines = runningDeadlines.counts(rollups.counts(all, null).getOrDefault(RollupFacts.RUNNING, Map.of()), all);
        System.out.printf("BENCHMARK running deadlines from the roll-up (boundary days live) alone: %d ms, %,d keys%n",
            (System.nanoTime() - running) / 1_000_000, deadlines.size());
        long reviewTime = System.nanoTime();
        FigureQueries.ReviewTime raw = queries.reviewTime(all);
        System.out.printf("BENCHMARK review time from the raw tables: %d ms, %s the summary's%n", (System.nanoTime() - reviewTime) / 1_000_000,
            raw.equals(rolled.reviewTime()) ? "same as" : "DIFFERENT FROM");
        long annual = System.nanoTime();
        Map<String, Object> computed = statistics.compute(2025);
        System.out.printf("BENCHMARK annual computation of 2025: %d ms; %s%n", (System.nanoTime() - annual) / 1_000_000,
            AnnualReport.summary(computed));
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    private Void seed(Connection connection) throws java.sql.SQLException {
        boolean mariadb = "mariadb".equals(TestDatabaseProfiles.database());
        try (Statement statement = connection.createStatement()) {
            statement.execute(mariadb ? "SET FOREIGN_KEY_CHECKS = 0" : "SET REFERENTIAL_INTEGRITY FALSE");
        }
        boolean auto = connection.getAutoCommit();
        connection.setAutoCommit(false);
        Random random = new Random(42);
        LocalDateTime base = Seed.at("2025-01-01T09:00");
        Rows cases = new Rows(connection, """
            INSERT INTO enforcement_case (case_number, process_instance_id, title, category, action, procedure_type, tier, domain,
                party_type, party_name, amount, handlers, registered_at, status, review_level, handling_unit, decided_at) VALUES""",
            "(?, ?, '基准案件', ?, ?, 'GENERAL', 'COUNTY', '市场监管', 'ORGANIZATION', '某某公司', ?, ?, ?, ?, ?, ?, ?)");
        Rows deadlines = new Rows(connection, """
            INSERT INTO deadline_record (case_number, deadline_type, process_instance_id, started_at, original_due_at, due_at, status) VALUES""",
            "(?, ?, ?, ?, ?, ?, ?)");
        Rows reviews = new Rows(connection, """
            INSERT INTO review_acceptance (case_number, review_instance_id, round_no, actor, recorded_at, materials_complete) VALUES""",
            "(?, ?, 1, ?, ?, ?)");
        Rows conclusions = new Rows(connection, """
            INSERT INTO review_conclusion (case_number, review_instance_id, round_no, actor, recorded_at, outcome, passed) VALUES""",
            "(?, ?, 1, 'reviewer1', ?, 'APPROVED', TRUE)");
        Rows executions = new Rows(connection, """
            INSERT INTO ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, IS_ACTIVE_, IS_CONCURRENT_,
                IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, SEQUENCE_COUNTER_) VALUES""",
            "(?, 1, ?, ?, ?, TRUE, FALSE, TRUE, FALSE, 1, 0, 1)");
        Rows tasks = new Rows(connection, """
            INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, NAME_, TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, SUSPENSION_STATE_)
            VALUES""", "(?, 1, ?, ?, '任务', ?, 50, ?, 1)");
        Rows history = new Rows(connection, """
            INSERT INTO ACT_HI_TASKINST (ID_, PROC_INST_ID_, ROOT_PROC_INST_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_, START_TIME_, END_TIME_, PRIORITY_)
            VALUES""", "(?, ?, ?, '任务', ?, ?, ?, ?, 50)");
        try {
            int openTasks = 0;
            for (int i = 0; i < CASES; i++) {
                String number = "BENCH-2025-" + i;
                String instance = "bench-" + i;
                String[] action = ACTIONS[random.nextInt(ACTIONS.length)];
                LocalDateTime registered = base.plusMinutes(random.nextInt(60 * 24 * 300));
                boolean open = random.nextInt(10) < 2;
                java.math.BigDecimal amount = java.math.BigDecimal.valueOf(random.nextInt(100_000));
                String handlers = random.nextBoolean() ? "handler1,handler2" : "handler2,handler3";
                String level = random.nextInt(3) == 0 ? "MAJOR" : "GENERAL";
                String unit = random.nextInt(4) == 0 ? UNIT : null;
                cases.add(number, instance, action[0], action[1], amount, handlers, registered, open ? "OPEN" : "CLOSED", level, unit,
                    open ? null : registered.plusDays(20));
                for (String type : new String[] {"PENALTY_DECISION", "DISCLOSURE"}) {
                    deadlines.add(number, type, instance, registered, registered.plusDays(30), registered.plusDays(30),
                        open ? "OPEN" : random.nextInt(5) == 0 ? "MISSED" : "MET");
                }
                if (random.nextInt(10) < 3) {
                    reviews.add(number, "review-" + i, random.nextBoolean() ? "reviewer1" : "reviewer2", registered.plusDays(5), true);
                    conclusions.add(number, "review-" + i, registered.plusDays(5 + random.nextInt(10)));
                }
                if (open) {
                    executions.add(instance, instance, instance, number);
                    tasks.add("bench-task-" + i, instance, instance, TASK_KEYS[random.nextInt(TASK_KEYS.length)], registered);
                    openTasks++;
                }
            }
            for (Rows rows : new Rows[] {cases, deadlines, reviews, conclusions, executions, tasks}) {
                rows.flush();
            }
            for (int t = openTasks; t < TASKS; t++) {
                int i = random.nextInt(CASES);
                LocalDateTime start = base.plusMinutes(random.nextInt(60 * 24 * 300));
                history.add("bench-hist-" + t, "bench-" + i, "bench-" + i, TASK_KEYS[random.nextInt(TASK_KEYS.length)],
                    random.nextBoolean() ? "handler1" : "reviewer1", start, start.plusHours(30));
            }
            history.flush();
        } finally {
            connection.setAutoCommit(auto);
            try (Statement statement = connection.createStatement()) {
                statement.execute(mariadb ? "SET FOREIGN_KEY_CHECKS = 1" : "SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
        if (mariadb) {
            jdbc.execute("ANALYZE TABLE enforcement_case, deadline_record, review_acceptance, review_conclusion, ACT_RU_EXECUTION, ACT_RU_TASK,"
                + " ACT_HI_TASKINST");
        }
        return null;
    }

    /** rows written in multi-row INSERTs of {@link #PER_STATEMENT} rows, committed every statement */
    static final class Rows {

        static final int PER_STATEMENT = 1000;

        private final Connection connection;
        private final String insert;
        private final String tuple;
        private final java.util.List<Object[]> pending = new java.util.ArrayList<>();

        Rows(Connection connection, String insert, String tuple) {
            this.connection = connection;
            this.insert = insert;
            this.tuple = tuple;
        }

        void add(Object... values) throws java.sql.SQLException {
            pending.add(values);
            if (pending.size() == PER_STATEMENT) {
                flush();
            }
        }

        void flush() throws java.sql.SQLException {
            if (pending.isEmpty()) {
                return;
            }
            String sql = insert + " " + String.join(", ", java.util.Collections.nCopies(pending.size(), tuple));
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                for (Object[] row : pending) {
                    for (Object value : row) {
                        statement.setObject(index++, value);
                    }
                }
                statement.executeUpdate();
            }
            connection.commit();
            pending.clear();
        }
    }
}
