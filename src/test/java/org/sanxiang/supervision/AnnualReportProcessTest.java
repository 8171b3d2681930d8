package org.sanxiang.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.supervision.AnnualReportProcess.*;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.Timers;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Process {@code annual-report} with the engine's clock: it starts at 0:00 on 1 January (Beijing
 * time) for the previous year, reminds the leaders on 20 January and escalates on 27 January while
 * the approval waits, and publishes the approved version; a version the leader does not approve is
 * computed again.
 */
@EngineTest
class AnnualReportProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PublicStatistics publicStatistics;
    @Autowired
    StatisticsVersions versions;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void startsOnFirstJanuaryRemindsEscalatesAndPublishesTheApprovedStatistics() {
        Job start = engine.getManagementService().createJobQuery().processDefinitionKey(PROCESS_KEY).timers().singleResult();
        ZonedDateTime due = start.getDuedate().toInstant().atZone(WorkingDayCalendar.ZONE);
        assertThat(due.toLocalDate().getDayOfYear()).isEqualTo(1);
        assertThat(due.toLocalTime().toString()).isEqualTo("00:00");
        int year = due.getYear() - 1;

        ClockUtil.setCurrentTime(start.getDuedate());
        engine.getManagementService().executeJob(start.getId());
        ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
            .processInstanceBusinessKey(BUSINESS_KEY_PREFIX + year).singleResult();
        assertThat(instance).isNotNull();
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), YEAR)).isEqualTo(year);
        Job next = engine.getManagementService().createJobQuery().processDefinitionKey(PROCESS_KEY).timers().activityId(START_NEW_YEAR).singleResult();
        assertThat(next.getDuedate().toInstant().atZone(WorkingDayCalendar.ZONE).toLocalDate()).isEqualTo(LocalDate.of(year + 2, 1, 1));

        Task approval = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(approval.getTaskDefinitionKey()).isEqualTo(TASK_APPROVE);
        assertThat(approval.getDueDate()).isEqualTo(Timers.at((year + 1) + "-01-31T17:00"));
        assertThat(engine.getTaskService().createTaskQuery().taskId(approval.getId()).taskCandidateGroup("leader").count()).isEqualTo(1);
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), SUMMARY)).startsWith(year + "年度：行政许可 ");

        Timers timers = new Timers(engine.getManagementService());
        assertThat(timers.runDueAt(instance.getId(), (year + 1) + "-01-19T23:00")).isEmpty();
        assertThat(timers.runDueAt(instance.getId(), (year + 1) + "-01-20T09:00")).containsExactly(TIMER_REMINDER);
        assertThat(mails("REMINDER", approval.getId())).isEqualTo(1);
        assertThat(timers.runDueAt(instance.getId(), (year + 1) + "-01-27T09:00")).containsExactly(TIMER_ESCALATION);
        assertThat(mails("ESCALATION", approval.getId())).isGreaterThanOrEqualTo(1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);

        CaseFixture fixture = new CaseFixture(engine);
        fixture.as("leader1", () -> engine.getTaskService().complete(approval.getId(), Map.of(APPROVED, true)));
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .activityId(END_PUBLISHED).finished().count()).isEqualTo(1);
        Map<String, Object> published = publicStatistics.of(year);
        assertThat(published.get("version")).isEqualTo(versions.all(year).get(versions.all(year).size() - 1).version());
        assertThat(versions.published(year).orElseThrow().approvedBy()).isEqualTo("leader1");
    }

    @Test
    void statisticsNotApprovedAreComputedAgainAndTheRejectedVersionIsKept() {
        CaseFixture fixture = new CaseFixture(engine);
        Timers.now("2018-01-02T09:00");
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, Map.of(YEAR, 2017));
        Task first = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThatThrownBy(() -> fixture.as("leader1", () -> engine.getTaskService().complete(first.getId(), Map.of(APPROVED, false))))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("审核意见");
        assertThatThrownBy(() -> fixture.as("handler1", () -> engine.getTaskService().complete(first.getId(), Map.of(APPROVED, true))))
            .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        fixture.as("leader1", () -> engine.getTaskService().complete(first.getId(), Map.of(APPROVED, false, APPROVAL_NOTE, "罚没金额需与财务核对。")));

        Task second = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(engine.getTaskService().getVariable(second.getId(), VERSION_NO)).isEqualTo(2);
        assertThat(versions.all(2017)).extracting(StatisticsVersions.Version::status)
            .containsExactly(StatisticsVersions.Status.REJECTED, StatisticsVersions.Status.DRAFT);
        assertThat(versions.published(2017)).isEmpty();
        fixture.as("leader1", () -> engine.getTaskService().complete(second.getId(), Map.of(APPROVED, true)));
        assertThat(versions.published(2017).orElseThrow().version()).isEqualTo(2);
    }

    private int mails(String kind, String taskId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM notification_outbox WHERE kind = ? AND task_id = ?", Integer.class, kind, taskId);
    }
}
