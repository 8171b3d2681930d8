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
 * {@code mvn -Pmariadb verify -Dtest=SupervisionBenchmark -Dbench.cases=100000 -Dbench.tasks=1000000}.
 * Seeds a year of cases (with deadlines, reviews, penalties), running tasks of the open cases and
 * task history, then prints how long the dashboard's summary and the annual computation take.
 */
@EngineTest
class SupervisionBenchmark {

    static final int CASES = Integer.getInteger("bench.cases", 100_000);
    static final int TASKS = Integer.getInteger("bench.tasks", 1_000_000);
    static final String UNIT = "基准测试科";
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

    @Test
    void summaryAndAnnualComputationOnALargeYear() {
        long seeding = System.nanoTime();
        jdbc.execute((ConnectionCallback<Void>) this::seed);
        System.out.printf("BENCHMARK seeded %,d cases and %,d task records on %s in %.1f s%n", CASES, TASKS,
            TestDatabaseProfiles.database(), (System.nanoTime() - seeding) / 1e9);
        Filter all = new Filter(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"), null, null);
        Filter penalties = new Filter(LocalDate.parse("2025-01-01"), LocalDate.parse("2025-12-31"),
            org.sanxiang.catalog.Category.PENALTY, UNIT);
        summary.of(all);
        for (int run = 1; run <= 3; run++) {
            long start = System.nanoTime();
            Map<String, Object> body = summary.of(all);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long filtered = System.nanoTime();
            summary.of(penalties);
            System.out.printf("BENCHMARK summary run %d: whole year %d ms (%d figures), PENALTY+unit %d ms%n", run, ms,
                ((java.util.List<?>) body.get("figures")).size(), (System.nanoTime() - filtered) / 1_000_000);
        }
        for (Figure figure : Figure.values()) {
            long start = System.nanoTime();
            queries.counts(figure, all);
            System.out.printf("BENCHMARK figure %s: %d ms%n", figure, (System.nanoTime() - start) / 1_000_000);
        }
        long reviewTime = System.nanoTime();
        queries.reviewTime(all);
        System.out.printf("BENCHMARK review time: %d ms%n", (System.nanoTime() - reviewTime) / 1_000_000);
        long annual = System.nanoTime();
        Map<String, Object> computed = statistics.compute(2025);
        System.out.printf("BENCHMARK annual computation of 2025: %d ms; %s%n", (System.nanoTime() - annual) / 1_000_000,
            AnnualReport.summary(computed));
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
        try (PreparedStatement cases = connection.prepareStatement("""
                INSERT INTO enforcement_case (case_number, process_instance_id, title, category, action, procedure_type, tier, domain,
                    party_type, party_name, amount, handlers, registered_at, status, review_level, handling_unit, decided_at)
                VALUES (?, ?, '基准案件', ?, ?, 'GENERAL', 'COUNTY', '市场监管', 'ORGANIZATION', '某某公司', ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement deadlines = connection.prepareStatement("""
                INSERT INTO deadline_record (case_number, deadline_type, process_instance_id, started_at, original_due_at, due_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement reviews = connection.prepareStatement("""
                INSERT INTO review_acceptance (case_number, review_instance_id, round_no, actor, recorded_at, materials_complete)
                VALUES (?, ?, 1, ?, ?, ?)""");
             PreparedStatement conclusions = connection.prepareStatement("""
                INSERT INTO review_conclusion (case_number, review_instance_id, round_no, actor, recorded_at, outcome, passed)
                VALUES (?, ?, 1, 'reviewer1', ?, 'APPROVED', TRUE)""");
             PreparedStatement executions = connection.prepareStatement("""
                INSERT INTO ACT_RU_EXECUTION (ID_, REV_, ROOT_PROC_INST_ID_, PROC_INST_ID_, BUSINESS_KEY_, IS_ACTIVE_, IS_CONCURRENT_,
                    IS_SCOPE_, IS_EVENT_SCOPE_, SUSPENSION_STATE_, CACHED_ENT_STATE_, SEQUENCE_COUNTER_) VALUES (?, 1, ?, ?, ?, TRUE, FALSE, TRUE, FALSE, 1, 0, 1)""");
             PreparedStatement tasks = connection.prepareStatement("""
                INSERT INTO ACT_RU_TASK (ID_, REV_, EXECUTION_ID_, PROC_INST_ID_, NAME_, TASK_DEF_KEY_, PRIORITY_, CREATE_TIME_, SUSPENSION_STATE_)
                VALUES (?, 1, ?, ?, '任务', ?, 50, ?, 1)""");
             PreparedStatement history = connection.prepareStatement("""
                INSERT INTO ACT_HI_TASKINST (ID_, PROC_INST_ID_, ROOT_PROC_INST_ID_, NAME_, TASK_DEF_KEY_, ASSIGNEE_, START_TIME_, END_TIME_, PRIORITY_)
                VALUES (?, ?, ?, '任务', ?, ?, ?, ?, 50)""")) {
            int openTasks = 0;
            for (int i = 0; i < CASES; i++) {
                String number = "BENCH-2025-" + i;
                String instance = "bench-" + i;
                String[] action = ACTIONS[random.nextInt(ACTIONS.length)];
                LocalDateTime registered = base.plusMinutes(random.nextInt(60 * 24 * 300));
                boolean open = random.nextInt(10) < 2;
                cases.setString(1, number);
                cases.setString(2, instance);
                cases.setString(3, action[0]);
                cases.setString(4, action[1]);
                cases.setBigDecimal(5, java.math.BigDecimal.valueOf(random.nextInt(100_000)));
                cases.setString(6, random.nextBoolean() ? "handler1,handler2" : "handler2,handler3");
                cases.setObject(7, registered);
                cases.setString(8, open ? "OPEN" : "CLOSED");
                cases.setString(9, random.nextInt(3) == 0 ? "MAJOR" : "GENERAL");
                cases.setString(10, random.nextInt(4) == 0 ? UNIT : null);
                cases.setObject(11, open ? null : registered.plusDays(20));
                cases.addBatch();
                for (String type : new String[] {"PENALTY_DECISION", "DISCLOSURE"}) {
                    deadlines.setString(1, number);
                    deadlines.setString(2, type);
                    deadlines.setString(3, instance);
                    deadlines.setObject(4, registered);
                    deadlines.setObject(5, registered.plusDays(30));
                    deadlines.setObject(6, registered.plusDays(30));
                    deadlines.setString(7, open ? "OPEN" : random.nextInt(5) == 0 ? "MISSED" : "MET");
                    deadlines.addBatch();
                }
                if (random.nextInt(10) < 3) {
                    reviews.setString(1, number);
                    reviews.setString(2, "review-" + i);
                    reviews.setString(3, random.nextBoolean() ? "reviewer1" : "reviewer2");
                    reviews.setObject(4, registered.plusDays(5));
                    reviews.setBoolean(5, true);
                    reviews.addBatch();
                    conclusions.setString(1, number);
                    conclusions.setString(2, "review-" + i);
                    conclusions.setObject(3, registered.plusDays(5 + random.nextInt(10)));
                    conclusions.addBatch();
                }
                if (open) {
                    executions.setString(1, instance);
                    executions.setString(2, instance);
                    executions.setString(3, instance);
                    executions.setString(4, number);
                    executions.addBatch();
                    tasks.setString(1, "bench-task-" + i);
                    tasks.setString(2, instance);
                    tasks.setString(3, instance);
                    tasks.setString(4, TASK_KEYS[random.nextInt(TASK_KEYS.length)]);
                    tasks.setObject(5, registered);
                    tasks.addBatch();
                    openTasks++;
                }
                if (i % 2000 == 1999) {
                    cases.executeBatch();
                    deadlines.executeBatch();
                    reviews.executeBatch();
                    conclusions.executeBatch();
                    executions.executeBatch();
                    tasks.executeBatch();
                    connection.commit();
                }
            }
            cases.executeBatch();
            deadlines.executeBatch();
            reviews.executeBatch();
            conclusions.executeBatch();
            executions.executeBatch();
            tasks.executeBatch();
            connection.commit();
            for (int t = openTasks; t < TASKS; t++) {
                int i = random.nextInt(CASES);
                LocalDateTime start = base.plusMinutes(random.nextInt(60 * 24 * 300));
                history.setString(1, "bench-hist-" + t);
                history.setString(2, "bench-" + i);
                history.setString(3, "bench-" + i);
                history.setString(4, TASK_KEYS[random.nextInt(TASK_KEYS.length)]);
                history.setString(5, random.nextBoolean() ? "handler1" : "reviewer1");
                history.setObject(6, start);
                history.setObject(7, start.plusHours(30));
                history.addBatch();
                if (t % 5000 == 4999) {
                    history.executeBatch();
                    connection.commit();
                }
            }
            history.executeBatch();
            connection.commit();
        } finally {
            connection.setAutoCommit(auto);
            try (Statement statement = connection.createStatement()) {
                statement.execute(mariadb ? "SET FOREIGN_KEY_CHECKS = 1" : "SET REFERENTIAL_INTEGRITY TRUE");
            }
        }
        if (mariadb) {
            jdbc.execute("ANALYZE TABLE enforcement_case, deadline_record, review_acceptance, review_conclusion, ACT_RU_EXECUTION, ACT_RU_TASK");
        }
        return null;
    }
}
