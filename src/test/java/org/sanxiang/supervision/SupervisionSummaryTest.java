package org.sanxiang.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.Administrators;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.Timers;
import org.sanxiang.catalog.Category;
import org.sanxiang.security.ApiAuthenticationFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The dashboard's figures for a unit with five known cases (and one registered before the period),
 * checked against values computed by hand; {@code /api/supervision/summary} for leaders and
 * administrators only.
 */
@EngineTest
class SupervisionSummaryTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FigureQueries queries;
    @Autowired
    WebApplicationContext context;
    @Autowired
    Rollups rollups;

    Seed seed;
    String a;
    String b;
    String c;
    String d;
    String registered;
    Filter year;

    @BeforeEach
    void fiveCasesOfOneUnit() {
        Timers.now("2026-06-15T10:00");
        seed = new Seed(jdbc, rollups);
        year = new Filter(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), null, seed.unit);
        // A: a major fine, returned once, PROBLEMS, disputed, settled by collective discussion; 3 working days
        a = seed.caseOf("PENALTY", "FINE", "OPEN", "2026-03-02T09:00", "handler1,handler2", "MAJOR", null, 80000);
        seed.deadline(a, "PENALTY_DECISION", "OPEN", "2026-03-02T09:00", "2026-06-20T09:00");
        seed.submission(a, "ra-" + a, 1, "2026-04-01T09:00");
        seed.acceptance(a, "ra-" + a, 1, "reviewer1", "2026-04-02T09:00", false);
        seed.submission(a, "ra-" + a, 2, "2026-04-03T09:00");
        seed.acceptance(a, "ra-" + a, 2, "reviewer1", "2026-04-07T10:00", true);
        seed.opinion(a, "ra-" + a, 2, "reviewer1", "2026-04-08T10:00", "PROBLEMS");
        seed.answer(a, "ra-" + a, 2, "DISPUTE", "2026-04-09T10:00");
        seed.collective(a, "ra-" + a, 2, "2026-04-10T15:00");
        seed.conclusion(a, "ra-" + a, 2, "2026-04-10T16:00", "COLLECTIVE_APPROVED", true);
        // B: a general-procedure warning, passed in the first round in 2 working days; disclosed on time, recording late
        b = seed.caseOf("PENALTY", "WARNING", "DECIDED", "2026-02-02T09:00", "handler1,handler2", "GENERAL", "2026-03-10T09:00", 0);
        seed.deadline(b, "PENALTY_DECISION", "MET", "2026-02-02T09:00", "2026-05-03T09:00");
        seed.deadline(b, "DISCLOSURE", "MET", "2026-03-10T09:00", "2026-03-19T09:00");
        seed.deadline(b, "RECORDING", "MISSED", "2026-02-03T09:00", "2026-02-04T09:00");
        seed.submission(b, "rb-" + b, 1, "2026-02-10T08:00");
        seed.acceptance(b, "rb-" + b, 1, "reviewer2", "2026-02-10T09:00", true);
        seed.opinion(b, "rb-" + b, 1, "reviewer2", "2026-02-12T08:00", "APPROVED");
        seed.conclusion(b, "rb-" + b, 1, "2026-02-12T09:00", "APPROVED", true);
        // C: a seizure due in two days, its mandatory recording missing
        c = seed.caseOf("COERCION", "SEIZURE", "OPEN", "2026-05-05T09:00", "handler2,handler1", null, null, 0);
        seed.deadline(c, "SEIZURE", "OPEN", "2026-05-18T10:00", "2026-06-17T10:00");
        seed.deadline(c, "RECORDING", "OVERDUE", "2026-05-13T10:00", "2026-05-14T10:00");
        // D: a closed inspection, not disclosed past its deadline
        d = seed.caseOf("INSPECTION", "ORDER_RECTIFY", "CLOSED", "2026-01-20T09:00", "handler2", null, "2026-05-06T09:00", 0);
        seed.deadline(d, "DISCLOSURE", "OPEN", "2026-05-06T09:00", "2026-06-01T09:00");
        // before the period: counted nowhere
        seed.caseOf("LICENSING", "LICENSE_GRANT", "OPEN", "2025-12-20T09:00", "handler1,handler2", null, null, 0);
        // a real case of the engine, waiting for its investigation
        registered = new CaseFixture(engine).register(CaseFixture.facts());
        jdbc.update("UPDATE enforcement_case SET handling_unit = ? WHERE case_number = ?", seed.unit, registered);
        seed.rolledUp(registered);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void openCasesAreCountedByTheTaskTheyWaitOn() {
        assertThat(queries.counts(Figure.STAGE, year)).containsExactlyInAnyOrderEntriesOf(Map.of("none", 3L, "investigate", 1L));
        assertThat(queries.cases(Figure.STAGE, "none", year)).extracting(FigureQueries.CaseRow::caseNumber).containsExactly(c, a, b);
        assertThat(queries.cases(Figure.STAGE, "investigate", year)).extracting(FigureQueries.CaseRow::link)
            .containsExactly("/cases/" + registered);
    }

    @Test
    void deadlinesAreCountedByTypeAndState() {
        assertThat(queries.counts(Figure.DEADLINE, year)).containsExactlyInAnyOrderEntriesOf(Map.of(
            "PENALTY_DECISION:OPEN", 2L, "PENALTY_DECISION:MET", 1L, "SEIZURE:DUE_SOON", 1L,
            "DISCLOSURE:MET", 1L, "DISCLOSURE:OVERDUE", 1L, "RECORDING:MISSED", 1L, "RECORDING:OVERDUE", 1L));
        assertThat(Summary.rate(queries.counts(Figure.DISCLOSURE, year))).containsEntry("onTime", 1L).containsEntry("overdue", 1L)
            .containsEntry("onTimePercent", 50.0);
        assertThat(Summary.rate(queries.counts(Figure.RECORDING, year))).containsEntry("late", 1L).containsEntry("overdue", 1L)
            .containsEntry("onTimePercent", 0.0);
        assertThat(queries.cases(Figure.RECORDING, "OVERDUE", year)).extracting(FigureQueries.CaseRow::caseNumber).containsExactly(c);
    }

    @Test
    void reviewsAreCountedByLevelAndWhatHappenedWithTheirTimeInWorkingDays() {
        assertThat(queries.counts(Figure.REVIEW, year)).containsExactlyInAnyOrderEntriesOf(Map.of(
            "MAJOR:SUBMITTED", 1L, "MAJOR:RETURNED", 1L, "MAJOR:PROBLEMS", 1L, "MAJOR:DISPUTE", 1L, "MAJOR:COLLECTIVE", 1L,
            "GENERAL:SUBMITTED", 1L, "GENERAL:PASSED_FIRST_ROUND", 1L));
        assertThat(queries.reviewTime(year)).isEqualTo(new FigureQueries.ReviewTime(2, 2.5, 3));
        assertThat(queries.cases(Figure.REVIEW, "MAJOR:DISPUTE", year)).extracting(FigureQueries.CaseRow::caseNumber).containsExactly(a);
    }

    @Test
    void workloadIsCountedPerHandlerAndReviewer() {
        assertThat(queries.counts(Figure.HANDLER_WORKLOAD, year)).containsEntry("handler1", 4L).containsEntry("handler2", 5L);
        assertThat(queries.counts(Figure.REVIEWER_WORKLOAD, year)).containsExactlyInAnyOrderEntriesOf(Map.of("reviewer1", 1L, "reviewer2", 1L));
    }

    @Test
    void theCategoryFilterKeepsOnlyItsCases() {
        Filter penalties = new Filter(year.from(), year.to(), Category.PENALTY, seed.unit);
        assertThat(queries.counts(Figure.STAGE, penalties)).containsExactlyInAnyOrderEntriesOf(Map.of("none", 2L, "investigate", 1L));
        assertThat(queries.counts(Figure.DISCLOSURE, penalties)).containsExactlyInAnyOrderEntriesOf(Map.of("MET", 1L));
    }

    @Test
    void aLeaderReadsTheSummaryWithNamesAndLinksAHandlerIsRefusedInChinese() throws Exception {
        Administrators.ensure(engine.getIdentityService());
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context)
            .addFilter(new ApiAuthenticationFilter(engine.getIdentityService()), "/api/*").build();
        mvc.perform(get("/api/supervision/summary").param("from", "2026-01-01").param("to", "2026-12-31").param("unit", seed.unit)
                .header(HttpHeaders.AUTHORIZATION, basic("leader1")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.figures[?(@.id == 'HANDLER_WORKLOAD')].items[?(@.key == 'handler1')].label").value("张承办"))
            .andExpect(jsonPath("$.figures[?(@.id == 'STAGE')].items[?(@.key == 'investigate')].label").value("调查取证"))
            .andExpect(jsonPath("$.reviewTime.averageWorkingDays").value(2.5))
            .andExpect(jsonPath("$.disclosure.onTimePercent").value(50.0));
        mvc.perform(get("/api/supervision/cases").param("figure", "STAGE").param("key", "investigate").param("unit", seed.unit)
                .header(HttpHeaders.AUTHORIZATION, basic(Administrators.ADMIN)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.cases[0].caseNumber").value(registered))
            .andExpect(jsonPath("$.cases[0].link").value("/cases/" + registered));
        mvc.perform(get("/api/supervision/summary").header(HttpHeaders.AUTHORIZATION, basic("handler1")))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.error").value(Matchers.containsString("不是机关负责人或系统管理员")));
        mvc.perform(get("/api/supervision/summary").param("from", "2026-13-01").header(HttpHeaders.AUTHORIZATION, basic("leader1")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error").value(Matchers.containsString("开始日期")));
        mvc.perform(get("/api/supervision/warnings")).andExpect(status().isUnauthorized());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
