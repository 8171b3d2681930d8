package org.sanxiang.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.Timers;
import org.sanxiang.catalog.Category;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboard's roll-up gives the same figures as the raw tables: for seeded cases at the edges
 * of periods (Beijing time), with category and unit filters, after a rebuild, and after real steps
 * of the engine; a step that rolls back leaves it as it was.
 */
@EngineTest
class RollupTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FigureQueries queries;
    @Autowired
    Rollups rollups;
    @Autowired
    PlatformTransactionManager transactions;

    Seed seed;

    @BeforeEach
    void casesAtTheEdgesOfApril() {
        Timers.now("2026-06-15T10:00");
        seed = new Seed(jdbc, rollups);
        String lastOfMarch = seed.caseOf("PENALTY", "FINE", "DECIDED", "2026-03-31T23:59:59", "handler1,handler2", "MAJOR",
            "2026-04-20T09:00", 5000);
        seed.deadline(lastOfMarch, "DISCLOSURE", "MET", "2026-04-20T09:00", "2026-04-27T09:00");
        // accepted on a Tuesday, concluded on the Friday: 3 working days
        seed.submission(lastOfMarch, "r1-" + lastOfMarch, 1, "2026-04-13T09:00");
        seed.acceptance(lastOfMarch, "r1-" + lastOfMarch, 1, "reviewer1", "2026-04-14T10:00", true);
        seed.conclusion(lastOfMarch, "r1-" + lastOfMarch, 1, "2026-04-17T10:00", "APPROVED", true);
        String firstOfApril = seed.caseOf("PENALTY", "WARNING", "OPEN", "2026-04-01T00:00", "handler2", "GENERAL", null, 0);
        seed.deadline(firstOfApril, "PENALTY_DECISION", "OPEN", "2026-04-01T00:00", "2026-06-16T09:00");
        seed.deadline(firstOfApril, "RECORDING", "MISSED", "2026-04-01T00:00", "2026-04-02T00:00");
        seed.submission(firstOfApril, "r2-" + firstOfApril, 1, "2026-04-03T09:00");
        seed.acceptance(firstOfApril, "r2-" + firstOfApril, 1, "reviewer2", "2026-04-03T10:00", false);
        seed.acceptance(firstOfApril, "r2-" + firstOfApril, 2, "reviewer2", "2026-04-08T10:00", true);
        seed.opinion(firstOfApril, "r2-" + firstOfApril, 2, "reviewer2", "2026-04-09T10:00", "PROBLEMS");
        seed.answer(firstOfApril, "r2-" + firstOfApril, 2, "DISPUTE", "2026-04-10T10:00");
        seed.collective(firstOfApril, "r2-" + firstOfApril, 2, "2026-04-13T15:00");
        seed.conclusion(firstOfApril, "r2-" + firstOfApril, 2, "2026-04-13T16:00", "COLLECTIVE_APPROVED", true);
        String lastOfApril = seed.caseOf("COERCION", "SEIZURE", "CLOSED", "2026-04-30T23:59:59", "handler1", null, "2026-05-06T09:00", 0);
        seed.deadline(lastOfApril, "SEIZURE", "MET", "2026-04-30T23:59:59", "2026-05-30T23:59:59");
        seed.deadline(lastOfApril, "DISCLOSURE", "OVERDUE", "2026-05-06T09:00", "2026-05-13T09:00");
        String firstOfMay = seed.caseOf("PENALTY", "FINE", "DECIDED", "2026-05-01T00:00", "handler1,handler3", "GENERAL", "2026-05-08T09:00", 200);
        seed.deadline(firstOfMay, "PENALTY_DECISION", "MISSED", "2026-05-01T00:00", "2026-05-05T00:00");
        seed.deadline(firstOfMay, "DISCLOSURE", "OPEN", "2026-05-08T09:00", "2026-06-20T09:00");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theRolledUpFiguresEqualTheFiguresOfTheRawTablesAtTheEdgesOfPeriodsInBeijingTime() {
        for (Filter filter : filters()) {
            assertSameAsRawTables(filter);
        }
        Filter april = filter("2026-04-01", "2026-04-30", null);
        Map<Figure, Map<String, Long>> figures = queries.summaryCounts(april).figures();
        assertThat(figures.get(Figure.HANDLER_WORKLOAD)).containsExactlyInAnyOrderEntriesOf(Map.of("handler1", 1L, "handler2", 1L));
        assertThat(figures.get(Figure.DEADLINE)).containsExactlyInAnyOrderEntriesOf(Map.of("PENALTY_DECISION:DUE_SOON", 1L,
            "RECORDING:MISSED", 1L, "SEIZURE:MET", 1L, "DISCLOSURE:OVERDUE", 1L));
        assertThat(figures.get(Figure.REVIEW)).containsExactlyInAnyOrderEntriesOf(Map.of("GENERAL:SUBMITTED", 1L, "GENERAL:RETURNED", 1L,
            "GENERAL:PROBLEMS", 1L, "GENERAL:DISPUTE", 1L, "GENERAL:COLLECTIVE", 1L));
        assertThat(queries.summaryCounts(filter("2026-03-31", "2026-03-31", null)).reviewTime())
            .isEqualTo(new FigureQueries.ReviewTime(1, 3.0, 3));
    }

    @Test
    void aRebuildGivesTheFiguresOfTheRawTablesForEveryCase() {
        rollups.rebuild();
        for (Filter filter : List.of(new Filter(LocalDate.parse("2020-01-01"), LocalDate.parse("2029-12-31"), null, null),
                new Filter(LocalDate.parse("2026-04-01"), LocalDate.parse("2026-04-30"), Category.PENALTY, null))) {
            assertSameAsRawTables(filter);
        }
        filters().forEach(this::assertSameAsRawTables);
    }

    @Test
    void aStepThatRollsBackLeavesTheRollUpAsItWasOneThatCommitsIsCounted() {
        rollups.rebuild();
        Filter june = new Filter(LocalDate.parse("2026-06-15"), LocalDate.parse("2026-06-15"), null, null);
        Map<Figure, Map<String, Long>> before = queries.summaryCounts(june).figures();
        Integer facts = jdbc.queryForObject("SELECT COUNT(*) FROM supervision_case_fact", Integer.class);
        TransactionTemplate step = new TransactionTemplate(transactions);

        assertThatThrownBy(() -> step.executeWithoutResult(status -> {
            new CaseFixture(engine).register(CaseFixture.facts());
            throw new IllegalStateException("the step fails after registering");
        })).hasMessageContaining("the step fails");

        assertThat(queries.summaryCounts(june).figures()).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supervision_case_fact", Integer.class)).isEqualTo(facts);
        assertSameAsRawTables(june);

        String registered = new CaseFixture(engine).register(CaseFixture.facts());

        Map<String, Long> handlers = queries.summaryCounts(june).figures().get(Figure.HANDLER_WORKLOAD);
        assertThat(handlers.get("handler1")).isEqualTo(before.get(Figure.HANDLER_WORKLOAD).getOrDefault("handler1", 0L) + 1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM supervision_case_fact WHERE case_number = ?", Integer.class, registered))
            .isPositive();
        assertSameAsRawTables(june);
    }

    @Test
    void runningDeadlinesMoveFromDueSoonToOverdueAtBeijingMidnightAsInTheRawTables() {
        // due at the first second of 16 June in Beijing (still 15 June in UTC) and at the last second of 15 June
        String midnight = seed.caseOf("PENALTY", "FINE", "OPEN", "2026-06-01T10:00", "handler1", "GENERAL", null, 0);
        seed.deadline(midnight, "PENALTY_DECISION", "OPEN", "2026-06-01T10:00", "2026-06-16T00:00");
        seed.deadline(midnight, "DISCLOSURE", "OPEN", "2026-06-01T10:00", "2026-06-15T23:59:59");
        // due on the day it becomes due soon (3 days ahead)
        String later = seed.caseOf("PENALTY", "WARNING", "OPEN", "2026-06-02T10:00", "handler2", "GENERAL", null, 0);
        seed.deadline(later, "PENALTY_DECISION", "OPEN", "2026-06-02T10:00", "2026-06-19T00:00");
        // two running recordings of one case: one long overdue, one open
        String twice = seed.caseOf("INSPECTION", "ORDER_RECTIFY", "OPEN", "2026-06-03T10:00", "handler1", null, null, 0);
        seed.deadline(twice, "RECORDING", "OPEN", "2026-06-03T10:00", "2026-06-10T09:00");
        seed.deadline(twice, "RECORDING", "OPEN", "2026-06-03T10:00", "2026-06-30T09:00");
        assertThat(jdbc.queryForList("SELECT k FROM supervision_case_fact WHERE figure = 'RUNNING' AND case_number IN (?, ?, ?) ORDER BY k",
            String.class, midnight, later, twice)).containsExactly("DISCLOSURE:OPEN:2026-06-15", "PENALTY_DECISION:OPEN:2026-06-16",
                "PENALTY_DECISION:OPEN:2026-06-19", "RECORDING:MULTI");
        Filter june = filter("2026-06-01", "2026-06-30", null);
        for (String moment : List.of("2026-06-12T10:00", "2026-06-15T10:00", "2026-06-15T23:59:59", "2026-06-16T00:00",
                "2026-06-16T00:00:01", "2026-06-16T08:00:01", "2026-06-18T23:59:59", "2026-06-19T00:00:01", "2026-07-01T00:00")) {
            Timers.now(moment);
            assertSameAsRawTables(june);
            filters().forEach(this::assertSameAsRawTables);
        }
        Timers.now("2026-06-15T23:59:59");
        assertThat(queries.summaryCounts(june).figures().get(Figure.DEADLINE)).containsExactlyInAnyOrderEntriesOf(Map.of(
            "PENALTY_DECISION:DUE_SOON", 1L, "PENALTY_DECISION:OPEN", 1L, "DISCLOSURE:DUE_SOON", 1L, "RECORDING:OVERDUE", 1L,
            "RECORDING:OPEN", 1L));
        Timers.now("2026-06-16T00:00:01");
        assertThat(queries.summaryCounts(june).figures().get(Figure.DEADLINE)).containsExactlyInAnyOrderEntriesOf(Map.of(
            "PENALTY_DECISION:OVERDUE", 1L, "PENALTY_DECISION:DUE_SOON", 1L, "DISCLOSURE:OVERDUE", 1L, "RECORDING:OVERDUE", 1L,
            "RECORDING:OPEN", 1L));
    }

    @Test
    void theStageAndTheDeadlinesOfARealCaseFollowItsTasksAndTheEngineClock() {
        CaseFixture fixture = new CaseFixture(engine);
        String registered = fixture.register(CaseFixture.facts());
        Filter today = new Filter(LocalDate.parse("2026-06-15"), LocalDate.parse("2026-06-15"), null, null);
        assertThat(queries.summaryCounts(today).figures().get(Figure.STAGE)).containsKey("investigate");
        assertSameAsRawTables(today);

        fixture.investigate(registered);
        assertThat(jdbc.queryForObject("SELECT k FROM supervision_case_fact WHERE figure = 'STAGE' AND case_number = ?", String.class,
            registered)).isEqualTo("draft-decision");
        assertSameAsRawTables(today);

        java.time.Instant due = jdbc.queryForObject("SELECT due_at FROM deadline_record WHERE case_number = ? AND deadline_type = 'PENALTY_DECISION'",
            java.time.LocalDateTime.class, registered).toInstant(java.time.ZoneOffset.UTC);
        ClockUtil.setCurrentTime(java.util.Date.from(due.minusSeconds(1)));
        assertThat(queries.summaryCounts(today).figures().get(Figure.DEADLINE)).containsKey("PENALTY_DECISION:DUE_SOON");
        assertSameAsRawTables(today);
        ClockUtil.setCurrentTime(java.util.Date.from(due.plusSeconds(1)));
        assertThat(queries.summaryCounts(today).figures().get(Figure.DEADLINE)).containsKey("PENALTY_DECISION:OVERDUE");
        assertSameAsRawTables(today);

        String instance = fixture.caseInstance(registered).getId();
        new Timers(engine.getManagementService()).timers(instance).stream()
            .filter(job -> !job.getDuedate().toInstant().isAfter(due.plusSeconds(1)))
            .forEach(job -> engine.getManagementService().executeJob(job.getId()));
        assertThat(jdbc.queryForObject("SELECT status FROM deadline_record WHERE case_number = ? AND deadline_type = 'PENALTY_DECISION'",
            String.class, registered)).isEqualTo("OVERDUE");
        assertThat(jdbc.queryForObject("SELECT k FROM supervision_case_fact WHERE figure = 'RUNNING' AND case_number = ?"
            + " AND k LIKE 'PENALTY_DECISION:%'", String.class, registered)).isEqualTo("PENALTY_DECISION:OVERDUE");
        assertSameAsRawTables(today);
    }

    private List<Filter> filters() {
        return List.of(filter("2026-03-31", "2026-03-31", null), filter("2026-04-01", "2026-04-01", null),
            filter("2026-04-01", "2026-04-30", null), filter("2026-04-30", "2026-05-01", null), filter("2026-05-01", "2026-12-31", null),
            filter("2026-01-01", "2026-12-31", null), filter("2026-04-01", "2026-04-30", Category.PENALTY),
            filter("2026-01-01", "2026-12-31", Category.COERCION), filter("2026-01-01", "2026-12-31", Category.LICENSING));
    }

    private Filter filter(String from, String to, Category category) {
        return new Filter(LocalDate.parse(from), LocalDate.parse(to), category, seed.unit);
    }

    private void assertSameAsRawTables(Filter filter) {
        FigureQueries.SummaryCounts rolled = queries.summaryCounts(filter);
        for (Figure figure : Figure.values()) {
            assertThat(rolled.figures().get(figure)).as(figure + " " + filter).isEqualTo(queries.counts(figure, filter));
        }
        assertThat(rolled.reviewTime()).as("review time " + filter).isEqualTo(queries.reviewTime(filter));
    }
}
