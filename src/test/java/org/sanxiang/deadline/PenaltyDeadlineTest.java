package org.sanxiang.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.with;
import static org.sanxiang.Timers.at;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.Timers;
import org.sanxiang.notification.Notification;
import org.sanxiang.notification.NotificationKind;
import org.sanxiang.notification.NotificationRepository;
import org.springframework.beans.factory.annotation.Autowired;

/** 《行政处罚法》第60条: a penalty decision within 90 days of 立案; reminders after 60 and 80 days. */
@EngineTest
class PenaltyDeadlineTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    NotificationRepository outbox;
    @Autowired
    DeadlineRecords records;

    CaseFixture fixture;
    Timers timers;

    @BeforeEach
    void registeredOnMonday2MarchAt9() {
        fixture = new CaseFixture(engine);
        timers = new Timers(engine.getManagementService());
        Timers.now("2026-03-02T09:00");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void handlersAreRemindedAfter60And80DaysAndLeadersAreToldAfter90() {
        String caseNumber = fixture.register(facts());
        String instance = fixture.caseInstance(caseNumber).getId();
        assertThat(timers.timer(instance, "penalty-first-reminder").getDuedate()).isEqualTo(at("2026-05-01T09:00"));
        assertThat(timers.timer(instance, "penalty-second-reminder").getDuedate()).isEqualTo(at("2026-05-21T09:00"));
        assertThat(timers.timer(instance, "penalty-overdue").getDuedate()).isEqualTo(at("2026-05-31T09:00"));
        assertThat(fixture.task(caseNumber, "investigate").getDueDate()).isEqualTo(at("2026-05-31T09:00"));

        assertThat(timers.runDueAt(instance, "2026-04-30T23:59")).isEmpty();
        assertThat(timers.runDueAt(instance, "2026-05-01T09:00")).containsExactly("penalty-first-reminder");
        List<Notification> first = mails(caseNumber, NotificationKind.REMINDER);
        assertThat(first).extracting(Notification::getRecipientUser).containsExactlyInAnyOrder("handler1", "handler2");
        assertThat(first.get(0).getBody()).contains("立案已满 60 日", "2026-05-31 09:00");
        assertThat(timers.runDueAt(instance, "2026-05-21T09:00")).containsExactly("penalty-second-reminder");
        assertThat(mails(caseNumber, NotificationKind.REMINDER)).hasSize(4);
        assertThat(penaltyDeadline(caseNumber).getStatus()).isEqualTo(DeadlineStatus.OPEN);

        assertThat(timers.runDueAt(instance, "2026-05-31T09:00")).containsExactly("penalty-overdue");

        assertThat(mails(caseNumber, NotificationKind.ESCALATION)).extracting(Notification::getRecipientUser)
            .containsExactlyInAnyOrder("handler1", "handler2", "leader1");
        assertThat(penaltyDeadline(caseNumber).getStatus()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(engine.getRuntimeService().getVariable(instance, "overdue")).isEqualTo(true);
        assertThat(timers.timers(instance)).isEmpty();
    }

    @Test
    void onceTheLeaderHasDecidedTheTimersRemindNobodyAndTheDeadlineIsMet() {
        String caseNumber = fixture.caseUpToReview(with(facts(), "procedure", "SIMPLE", "action", "WARNING", "amount", 0));
        String instance = fixture.caseInstance(caseNumber).getId();
        Timers.now("2026-04-20T15:00");
        fixture.decide(caseNumber);

        DeadlineRecord record = penaltyDeadline(caseNumber);
        assertThat(record.getStatus()).isEqualTo(DeadlineStatus.MET);
        assertThat(record.getCompletedAt()).isEqualTo(at("2026-04-20T15:00").toInstant());
        assertThat(timers.runDueAt(instance, "2026-05-31T09:00"))
            .containsExactly("penalty-first-reminder", "penalty-overdue", "penalty-second-reminder");
        assertThat(mails(caseNumber, NotificationKind.REMINDER)).isEmpty();
        assertThat(mails(caseNumber, NotificationKind.ESCALATION)).isEmpty();
        assertThat(penaltyDeadline(caseNumber).getStatus()).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void aDecisionAfter90DaysIsRecordedAsMissedByTheDelay() {
        String caseNumber = fixture.caseUpToReview(with(facts(), "procedure", "SIMPLE", "action", "WARNING", "amount", 0));
        String instance = fixture.caseInstance(caseNumber).getId();
        timers.runDueAt(instance, "2026-05-31T09:00");
        Timers.now("2026-06-02T09:00");
        fixture.decide(caseNumber);

        DeadlineRecord record = penaltyDeadline(caseNumber);
        assertThat(record.getStatus()).isEqualTo(DeadlineStatus.MISSED);
        assertThat(record.getLateSeconds()).isEqualTo(2 * 24 * 3600);
        assertThat(engine.getRuntimeService().getVariable(instance, "overdue")).isEqualTo(false);
    }

    @Test
    void aCaseThatIsNotAPenaltyHasNoPenaltyDeadline() {
        String caseNumber = fixture.register(with(facts(), "category", "INSPECTION", "action", "ORDER_RECTIFY", "amount", 0));
        String instance = fixture.caseInstance(caseNumber).getId();

        assertThat(records.ofCase(caseNumber)).isEmpty();
        timers.runDueAt(instance, "2026-06-30T09:00");
        assertThat(mails(caseNumber, NotificationKind.REMINDER)).isEmpty();
        assertThat(mails(caseNumber, NotificationKind.ESCALATION)).isEmpty();
    }

    private DeadlineRecord penaltyDeadline(String caseNumber) {
        return records.ofCase(caseNumber).stream().filter(r -> r.getDeadlineType() == DeadlineType.PENALTY_DECISION)
            .findFirst().orElseThrow();
    }

    private List<Notification> mails(String caseNumber, NotificationKind kind) {
        return outbox.findByCaseNumberOrderById(caseNumber).stream().filter(n -> n.getKind() == kind).toList();
    }
}
