package org.sanxiang.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.vars;
import static org.sanxiang.CaseFixture.with;
import static org.sanxiang.Timers.at;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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

/**
 * Archiving is due 10 working days after the case closed: closed on Wednesday 23 September 2026
 * at 15:00, the count skips 中秋 and 国庆 and takes Saturday 10 October, so it is due on
 * Wednesday 14 October at 15:00, with the reminder 2 working days before, on Monday 12 October.
 */
@EngineTest
class ArchiveDeadlineTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    NotificationRepository outbox;
    @Autowired
    DeadlineRecords records;

    CaseFixture fixture;
    Timers timers;
    String caseNumber;
    ProcessInstance instance;

    @BeforeEach
    void inspectionCaseClosedOnWednesday23SeptemberAt15() {
        BpmnAwareTests.init(engine);
        fixture = new CaseFixture(engine);
        timers = new Timers(engine.getManagementService());
        Timers.now("2026-09-14T09:00");
        caseNumber = fixture.caseUpToReview(with(facts(), "category", "INSPECTION", "action", "ORDER_RECTIFY", "amount", 0));
        fixture.decide(caseNumber);
        fixture.complete(caseNumber, "serve-decision", "handler1", vars("serviceMethod", "DIRECT", "serviceNote", "当场送达。"));
        Timers.now("2026-09-23T15:00");
        fixture.complete(caseNumber, "execute-decision", "handler1", vars("executionResult", "当事人已改正。"));
        instance = fixture.caseInstance(caseNumber);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void archivingIsDueTenWorkingDaysAfterClosingWithAReminderAndAnEscalation() {
        assertThat(instance).isWaitingAt("archive-case");
        assertThat(timers.timer(instance.getId(), "archive-reminder").getDuedate()).isEqualTo(at("2026-10-12T15:00"));
        assertThat(timers.timer(instance.getId(), "archive-overdue").getDuedate()).isEqualTo(at("2026-10-14T15:00"));
        assertThat(fixture.task(caseNumber, "archive-case").getDueDate()).isEqualTo(at("2026-10-14T15:00"));

        assertThat(timers.runDueAt(instance.getId(), "2026-10-12T15:00")).containsExactly("archive-reminder");
        assertThat(mails(NotificationKind.REMINDER)).extracting(Notification::getRecipientUser).containsExactly("archivist1");
        assertThat(timers.runDueAt(instance.getId(), "2026-10-14T15:00")).containsExactly("archive-overdue");
        assertThat(mails(NotificationKind.ESCALATION)).extracting(Notification::getRecipientUser)
            .containsExactlyInAnyOrder("archivist1", "leader1");
        assertThat(archiveDeadline().getStatus()).isEqualTo(DeadlineStatus.OVERDUE);

        Timers.now("2026-10-15T16:00");
        fixture.complete(caseNumber, "archive-case", "archivist1", vars("archiveNumber", "2026-JC-0001"));

        DeadlineRecord record = archiveDeadline();
        assertThat(record.getStatus()).isEqualTo(DeadlineStatus.MISSED);
        assertThat(record.getLateSeconds()).isEqualTo(25 * 3600);
        assertThat(instance).isEnded();
    }

    @Test
    void archivingInTimeRecordsTheDeadlineMetAndLeavesNoTimerBehind() {
        Timers.now("2026-10-09T11:00");
        fixture.complete(caseNumber, "archive-case", "archivist1", vars("archiveNumber", "2026-JC-0002"));

        assertThat(archiveDeadline().getStatus()).isEqualTo(DeadlineStatus.MET);
        assertThat(timers.timers(instance.getId())).isEmpty();
        assertThat(mails(NotificationKind.REMINDER)).isEmpty();
    }

    private DeadlineRecord archiveDeadline() {
        return records.ofCase(caseNumber).stream().filter(r -> r.getDeadlineType() == DeadlineType.ARCHIVE).findFirst().orElseThrow();
    }

    private List<Notification> mails(NotificationKind kind) {
        return outbox.findByCaseNumberOrderById(caseNumber).stream().filter(n -> n.getKind() == kind).toList();
    }
}
