package org.sanxiang.deadline;

import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.with;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

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
import org.sanxiang.security.ApiAuthenticationFilter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** {@code GET /api/deadlines}: each deadline with its due time, met or missed and by how much; administrators only. */
@EngineTest
class DeadlineControllerTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    WebApplicationContext context;

    MockMvc mvc;
    String missedCase;
    String metCase;

    @BeforeEach
    void onePenaltyDecidedLateAndOneInTime() {
        Administrators.ensure(engine.getIdentityService());
        mvc = MockMvcBuilders.webAppContextSetup(context)
            .addFilter(new ApiAuthenticationFilter(engine.getIdentityService()), "/api/*").build();
        CaseFixture fixture = new CaseFixture(engine);
        Timers timers = new Timers(engine.getManagementService());
        var simple = with(facts(), "procedure", "SIMPLE", "action", "WARNING", "amount", 0);
        Timers.now("2026-03-02T09:00");
        missedCase = fixture.caseUpToReview(simple);
        metCase = fixture.caseUpToReview(simple);
        Timers.now("2026-04-01T09:00");
        fixture.decide(metCase);
        timers.runDueAt(fixture.caseInstance(missedCase).getId(), "2026-05-31T09:00");
        Timers.now("2026-06-01T15:30");
        fixture.decide(missedCase);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anAdministratorSeesTheMissedDeadlineWithItsDueTimeAndDelay() throws Exception {
        mvc.perform(get("/api/deadlines").param("caseNumber", missedCase).param("type", "PENALTY_DECISION")
                .header(HttpHeaders.AUTHORIZATION, basic(Administrators.ADMIN)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(1))
            .andExpect(jsonPath("$.content[0].caseNumber").value(missedCase))
            .andExpect(jsonPath("$.content[0].type").value("PENALTY_DECISION"))
            .andExpect(jsonPath("$.content[0].typeLabel").value("行政处罚决定期限"))
            .andExpect(jsonPath("$.content[0].dueAt").value("2026-05-31T01:00:00Z"))
            .andExpect(jsonPath("$.content[0].status").value("MISSED"))
            .andExpect(jsonPath("$.content[0].missed").value(true))
            .andExpect(jsonPath("$.content[0].overdueAt").value("2026-05-31T01:00:00Z"))
            .andExpect(jsonPath("$.content[0].completedAt").value("2026-06-01T07:30:00Z"))
            .andExpect(jsonPath("$.content[0].lateSeconds").value(30 * 3600 + 1800))
            .andExpect(jsonPath("$.content[0].lateBy").value("PT30H30M"));
    }

    @Test
    void missedFiltersTheDeadlinesThatWereMissed() throws Exception {
        mvc.perform(get("/api/deadlines").param("caseNumber", metCase).param("missed", "false")
                .header(HttpHeaders.AUTHORIZATION, basic(Administrators.ADMIN)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(1))
            .andExpect(jsonPath("$.content[0].status").value("MET"))
            .andExpect(jsonPath("$.content[0].missed").value(false))
            .andExpect(jsonPath("$.content[0].lateBy").value(Matchers.nullValue()));
        mvc.perform(get("/api/deadlines").param("caseNumber", metCase).param("missed", "true")
                .header(HttpHeaders.AUTHORIZATION, basic(Administrators.ADMIN)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void badFiltersAreRefusedNamingTheParameter() throws Exception {
        mvc.perform(get("/api/deadlines").param("type", "VACATION").header(HttpHeaders.AUTHORIZATION, basic(Administrators.ADMIN)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error").value(Matchers.containsString("参数 type 无效")));
        mvc.perform(get("/api/deadlines").param("missed", "maybe").header(HttpHeaders.AUTHORIZATION, basic(Administrators.ADMIN)))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.error").value(Matchers.containsString("参数 missed 无效")));
    }

    @Test
    void othersAreRefusedWith403AndAnonymousCallersWith401() throws Exception {
        mvc.perform(get("/api/deadlines").header(HttpHeaders.AUTHORIZATION, basic("leader1")))
            .andExpect(status().isForbidden())
            .andExpect(jsonPath("$.error").value(Matchers.containsString("不是系统管理员")));
        mvc.perform(get("/api/deadlines"))
            .andExpect(status().isUnauthorized());
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
