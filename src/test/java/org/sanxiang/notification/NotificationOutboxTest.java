package org.sanxiang.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.vars;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.Administrators;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.Timers;
import org.sanxiang.people.Groups;
import org.sanxiang.people.Recusals;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/** The outbox without a mail server (the default run): every mail is written and kept, none is sent, no job fails. */
@EngineTest
class NotificationOutboxTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    NotificationRepository outbox;
    @Autowired
    CalendarWarning calendarWarning;
    @Autowired
    Recusals recusals;

    CaseFixture fixture;

    @BeforeEach
    void init() {
        fixture = new CaseFixture(engine);
        Administrators.ensure(engine.getIdentityService());
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aNewTaskWritesOneMailPerHolderThatWaitsBecauseNoMailServerIsConfigured() {
        Timers.now("2026-03-02T09:00");
        // other tests on the same database (MariaDB: one per test JVM) may leave delivery jobs of their own
        long deliveryJobsBefore = engine.getManagementService().createJobQuery().messages().count();
        String caseNumber = fixture.registerWithoutUser(facts());
        String taskId = fixture.task(caseNumber, "investigate").getId();

        List<Notification> mails = outbox.findByCaseNumberOrderById(caseNumber);
        assertThat(mails).extracting(Notification::getRecipientUser).containsExactlyInAnyOrder("handler1", "handler2");
        assertThat(mails).allSatisfy(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.TASK_CREATED);
            assertThat(n.getStatus()).isEqualTo(NotificationStatus.PENDING);
            assertThat(n.getStatusReason()).isEqualTo("未配置邮件服务器");
            assertThat(n.getJobId()).isNull();
            assertThat(n.getTaskId()).isEqualTo(taskId);
            assertThat(n.getSubject()).isEqualTo("【待办】" + caseNumber + " 调查取证（期限 2026-05-31 09:00）");
        });
        assertThat(engine.getManagementService().createJobQuery().messages().count()).isEqualTo(deliveryJobsBefore);
    }

    @Test
    void aRefusedStepLeavesNoMailBehind() {
        String caseNumber = fixture.registerWithoutUser(facts());
        int before = outbox.findByCaseNumberOrderById(caseNumber).size();

        assertThatThrownBy(() -> fixture.complete(caseNumber, "investigate", "handler1", vars("evidenceList", "检查笔录")))
            .isInstanceOf(InvalidInputException.class);

        assertThat(outbox.findByCaseNumberOrderById(caseNumber)).hasSize(before);
    }

    @Test
    void reviewWorkIsMailedOnlyToReviewersWhoMayActOnTheCase() {
        IdentityService identity = engine.getIdentityService();
        String unqualified = "unqualified" + System.nanoTime();
        User user = identity.newUser(unqualified);
        user.setFirstName("无资格");
        user.setLastName("钱");
        user.setEmail(unqualified + "@example.invalid");
        identity.saveUser(user);
        identity.createMembership(unqualified, Groups.REVIEWER);
        try {
            String caseNumber = fixture.caseUpToReview(CaseFixture.majorFacts());
            recusals.declare(caseNumber, "reviewer2", "与当事人有利害关系", "reviewer2");
            fixture.submit(caseNumber);

            String accept = fixture.task(caseNumber, "accept-submission").getId();
            assertThat(outbox.findByCaseNumberOrderById(caseNumber)).filteredOn(n -> accept.equals(n.getTaskId()))
                .extracting(Notification::getRecipientUser).containsExactly("reviewer1");
        } finally {
            identity.deleteMembership(unqualified, Groups.REVIEWER);
            identity.deleteUser(unqualified);
        }
    }

    @Test
    void administratorsAreWarnedOfNextYearsMissingCalendarFromNovemberOnceAYear() {
        assertThat(calendarWarning.warnIfMissing(LocalDate.of(2026, 10, 31))).isZero();

        assertThat(calendarWarning.warnIfMissing(LocalDate.of(2026, 11, 1))).isPositive();
        List<Notification> warnings = calendarWarnings(2027);
        assertThat(warnings).extracting(Notification::getRecipientUser).contains(Administrators.ADMIN);
        Notification mine = warnings.stream().filter(n -> n.getRecipientUser().equals(Administrators.ADMIN)).findFirst().orElseThrow();
        assertThat(mine.getSubject()).isEqualTo("【工作日历】缺少 2027 年工作日历");
        assertThat(mine.getBody()).contains("2027 年", "/api/calendar/years/2027");

        assertThat(calendarWarning.warnIfMissing(LocalDate.of(2026, 11, 2))).as("not every day").isZero();
        assertThat(calendarWarning.warnIfMissing(LocalDate.of(2026, 12, 15))).isZero();
        assertThat(calendarWarnings(2027)).hasSize(warnings.size());
    }

    private List<Notification> calendarWarnings(int year) {
        return outbox.findAll().stream().filter(n -> n.getKind() == NotificationKind.CALENDAR_MISSING)
            .filter(n -> n.getSubject().contains(year + " 年")).toList();
    }
}
