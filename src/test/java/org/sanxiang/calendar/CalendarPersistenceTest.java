package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.calendar.TestCalendars.day;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.EngineTest;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The calendar in the application: an added year is stored in the tables of the Flyway migration
 * and read back, and a BPMN timer computes its due date with the bean {@code workingDayCalendar}.
 * Uses 2099, a year no other test cares about, and removes it afterwards.

 */
@EngineTest
class CalendarPersistenceTest {

    private static final int YEAR = 2099;

    @Autowired
    WorkingDayCalendar calendar;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RepositoryService repositoryService;
    @Autowired
    RuntimeService runtimeService;
    @Autowired
    ManagementService managementService;

    @AfterEach
    void removeTheTestYear() {
        jdbc.update("DELETE FROM working_calendar_day WHERE cal_year = ?", YEAR);
        jdbc.update("DELETE FROM working_calendar_year WHERE cal_year = ?", YEAR);
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void anAddedYearIsStoredInTheDatabaseAndReadBack() {
        calendar.addYear(new YearSchedule(YEAR, "测试数据", List.of(
                day("2099-01-01", "元旦"), day("2099-01-02", "元旦"), day("2099-01-03", "元旦")),
                List.of(d("2099-01-10"))), "admin");

        assertThat(calendar.hasYear(YEAR)).isTrue();
        assertThat(calendar.addedYears()).contains(YEAR);
        assertThat(calendar.schedule(YEAR)).hasValueSatisfying(s -> {
            assertThat(s.source()).isEqualTo("测试数据");
            assertThat(s.holidays()).extracting(HolidayDay::name).containsExactly("元旦", "元旦", "元旦");
            assertThat(s.adjustedWorkdays()).containsExactly(d("2099-01-10"));
        });
        assertThat(calendar.day(d("2099-01-01"))).isEqualTo(new CalendarDay(d("2099-01-01"), false, "元旦", false, true));
        assertThat(calendar.day(d("2099-01-10"))).isEqualTo(new CalendarDay(d("2099-01-10"), true, null, true, true));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM working_calendar_day WHERE cal_year = ?", Integer.class, YEAR))
                .isEqualTo(4);
        Map<String, Object> year = jdbc.queryForMap(
                "SELECT source, updated_by, updated_at FROM working_calendar_year WHERE cal_year = ?", YEAR);
        assertThat(year).containsEntry("UPDATED_BY", "admin").containsEntry("SOURCE", "测试数据");
        assertThat(year.get("UPDATED_AT")).isNotNull();
    }

    @Test
    void addingTheYearAgainReplacesTheStoredDays() {
        calendar.addYear(YEAR, List.of(day("2099-01-01", "元旦"), day("2099-01-02", "元旦")), List.of(d("2099-01-10")));

        calendar.addYear(YEAR, List.of(day("2099-01-02", "元旦"), day("2099-01-05", "元旦")), List.of());

        assertThat(calendar.schedule(YEAR)).hasValueSatisfying(s -> {
            assertThat(s.holidays()).extracting(HolidayDay::date).containsExactly(d("2099-01-02"), d("2099-01-05"));
            assertThat(s.adjustedWorkdays()).isEmpty();
        });
        assertThat(calendar.isWorkingDay(d("2099-01-01"))).isTrue();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM working_calendar_day WHERE cal_year = ?", Integer.class, YEAR))
                .isEqualTo(2);
    }

    @Test
    void theShippedYearsAreNotStoredAndCannotBeOverwritten() {
        assertThatThrownBy(() -> calendar.addYear(2026, List.of(day("2026-01-01", "元旦")), List.of()))
                .isInstanceOf(InvalidInputException.class);

        assertThat(calendar.addedYears()).doesNotContain(2025, 2026);
        assertThat(calendar.hasYear(2025)).isTrue();
        assertThat(calendar.hasYear(2026)).isTrue();
    }

    @Test
    void aTimerDateExpressionOnTheBeanIsDueSevenWorkingDaysLaterAtTheSameTime() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("calendar-timer-check")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent("reviewDue").timerWithDate("${workingDayCalendar.addWorkingDays(acceptedAt, 7)}")
                .endEvent()
                .done();
        String deploymentId = repositoryService.createDeployment().addModelInstance("calendar-timer-check.bpmn", model)
                .deploy().getId();
        try {
            Date acceptedAt = beijing("2026-02-13T10:15:00");
            ProcessInstance instance = runtimeService.startProcessInstanceByKey("calendar-timer-check",
                    Map.of("acceptedAt", acceptedAt));

            Job timer = managementService.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
            assertThat(timer.getDuedate()).isEqualTo(beijing("2026-03-02T10:15:00"));
        } finally {
            repositoryService.deleteDeployment(deploymentId, true);
        }
    }

    private static Date beijing(String localDateTime) {
        return Date.from(ZonedDateTime.of(LocalDateTime.parse(localDateTime), WorkingDayCalendar.ZONE).toInstant());
    }
}
