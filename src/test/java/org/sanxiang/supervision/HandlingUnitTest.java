package org.sanxiang.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.with;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.enforcement.HandlingUnits;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** 承办机构: chosen at registration from the configured units, kept on the case, filtered on by the dashboard. */
@EngineTest
class HandlingUnitTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FigureQueries queries;
    @Autowired
    HandlingUnits units;

    CaseFixture fixture;

    @BeforeEach
    void init() {
        fixture = new CaseFixture(engine);
    }

    private long investigating(String unit) {
        LocalDate today = LocalDate.now(WorkingDayCalendar.ZONE);
        Filter filter = new Filter(today.withDayOfYear(1), today, null, unit);
        return queries.counts(Figure.STAGE, filter).getOrDefault("investigate", 0L);
    }

    @Test
    void theUnitChosenAtRegistrationIsKeptOnTheCaseAndTheDashboardFiltersByIt() {
        long first = investigating("执法二大队");
        long other = investigating("综合执法科");

        String caseNumber = fixture.register(with(facts(), "handlingUnit", "执法二大队"));

        assertThat(jdbc.queryForObject("SELECT handling_unit FROM enforcement_case WHERE case_number = ?", String.class, caseNumber))
            .isEqualTo("执法二大队");
        assertThat(investigating("执法二大队")).isEqualTo(first + 1);
        assertThat(investigating("综合执法科")).isEqualTo(other);
    }

    @Test
    void aUnitThatIsNotConfiguredIsRefusedAndNoCaseIsRegistered() {
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case", Integer.class);
        assertThatThrownBy(() -> fixture.register(with(facts(), "handlingUnit", "某某科")))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("承办机构“某某科”不是本机关的承办机构。可选：执法一大队、执法二大队、综合执法科。");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM enforcement_case", Integer.class)).isEqualTo(before);
    }

    @Test
    void theStartFormOffersExactlyTheConfiguredUnits() throws Exception {
        JsonNode form;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("forms/register-case.form")) {
            form = new ObjectMapper().readTree(in);
        }
        List<String> offered = new ArrayList<>();
        form.path("components").forEach(c -> {
            if ("handlingUnit".equals(c.path("key").asText())) {
                c.path("values").forEach(v -> offered.add(v.path("value").asText()));
            }
        });
        assertThat(offered).isEqualTo(units.names()).isNotEmpty();
    }
}
