package org.sanxiang.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.vars;
import static org.sanxiang.CaseFixture.with;
import static org.sanxiang.Timers.at;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.Timers;
import org.sanxiang.casefile.CaseFiles;
import org.sanxiang.casefile.FileType;
import org.sanxiang.notification.Notification;
import org.sanxiang.notification.NotificationKind;
import org.sanxiang.notification.NotificationRepository;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/** 《行政强制法》第25条: a seizure executed on 1 June 2026 at 10:00 lapses on 1 July at 10:00 unless extended once by 30 days. */
@EngineTest
class SeizureDeadlineTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    NotificationRepository outbox;
    @Autowired
    DeadlineRecords records;
    @Autowired
    CaseFiles files;

    CaseFixture fixture;
    Timers timers;
    String caseNumber;
    String instance;

    @BeforeEach
    void seizureExecutedOnMonday1JuneAt10() {
        fixture = new CaseFixture(engine);
        timers = new Timers(engine.getManagementService());
        Timers.now("2026-05-20T09:00");
        caseNumber = fixture.caseUpToReview(with(facts(), "category", "COERCION", "action", "SEIZURE", "amount", 10000));
        fixture.decide(caseNumber);
        fixture.complete(caseNumber, "serve-decision", "handler1", vars("serviceMethod", "DIRECT", "serviceNote", "当场送达查封决定书。"));
        Timers.now("2026-06-01T10:00");
        fixture.as("handler1", () -> files.add(new CaseFiles.Upload(caseNumber, FileType.AV_RECORDING, "查封现场.mp4", "video/mp4", "查封扣押",
            ClockUtil.getCurrentTime().getTime(), null), new ByteArrayInputStream("查封现场全程录像".getBytes(StandardCharsets.UTF_8))));
        fixture.complete(caseNumber, "execute-decision", "handler1", vars("executionResult", "已查封涉案产品200件，清单附后。"));
        instance = fixture.caseInstance(caseNumber).getId();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theSeizureLapsesAfter30DaysWithRemindersBeforeAndAnEscalationWhenItLapses() {
        assertThat(timers.timer(instance, "seizure-first-reminder").getDuedate()).isEqualTo(at("2026-06-26T10:00"));
        assertThat(timers.timer(instance, "seizure-second-reminder").getDuedate()).isEqualTo(at("2026-06-30T10:00"));
        assertThat(timers.timer(instance, "seizure-lapsed").getDuedate()).isEqualTo(at("2026-07-01T10:00"));
        assertThat(fixture.task(caseNumber, "conclude-seizure").getDueDate()).isEqualTo(at("2026-07-01T10:00"));

        assertThat(timers.runDueAt(instance, "2026-06-26T10:00")).containsExactly("seizure-first-reminder");
        assertThat(mails(NotificationKind.REMINDER)).extracting(Notification::getRecipientUser)
            .containsExactlyInAnyOrder("handler1", "handler2");
        assertThat(timers.runDueAt(instance, "2026-06-30T10:00")).containsExactly("seizure-second-reminder");
        assertThat(timers.runDueAt(instance, "2026-07-01T10:00")).containsExactly("seizure-lapsed");

        assertThat(mails(NotificationKind.ESCALATION)).extracting(Notification::getRecipientUser)
            .containsExactlyInAnyOrder("handler1", "handler2", "leader1");
        assertThat(seizureDeadline().getStatus()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(engine.getRuntimeService().getVariable(instance, "overdue")).isEqualTo(true);
        assertThatThrownBy(() -> fixture.complete(caseNumber, "request-seizure-extension", "handler1",
            vars("seizureExtensionReason", "需要检验。")))
            .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("届满");
    }

    @Test
    void anApprovedExtensionAdds30DaysOnceAndConcludingInTimeEndsTheSeizure() {
        Timers.now("2026-06-20T10:00");
        fixture.complete(caseNumber, "request-seizure-extension", "handler2", vars("seizureExtensionReason", "涉案产品需送省级机构检验。"));
        fixture.complete(caseNumber, "approve-seizure-extension", "leader1",
            vars("seizureExtensionDecision", "APPROVE", "seizureExtensionOpinion", "同意延长30日。"));

        assertThat(engine.getRuntimeService().getVariable(instance, "seizureDueAt")).isEqualTo(at("2026-07-31T10:00"));
        assertThat(timers.timer(instance, "seizure-first-reminder").getDuedate()).isEqualTo(at("2026-07-26T10:00"));
        assertThat(timers.timer(instance, "seizure-second-reminder").getDuedate()).isEqualTo(at("2026-07-30T10:00"));
        assertThat(timers.timer(instance, "seizure-lapsed").getDuedate()).isEqualTo(at("2026-07-31T10:00"));
        assertThat(fixture.task(caseNumber, "conclude-seizure").getDueDate()).isEqualTo(at("2026-07-31T10:00"));
        assertThat(seizureDeadline().isExtended()).isTrue();
        assertThat(timers.runDueAt(instance, "2026-07-01T10:00")).isEmpty();

        Timers.now("2026-07-10T10:00");
        assertThatThrownBy(() -> fixture.complete(caseNumber, "conclude-seizure", "handler1", vars("seizureOutcome", "RELEASE")))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("处理情况");
        fixture.complete(caseNumber, "conclude-seizure", "handler1", vars("seizureOutcome", "RELEASE", "seizureNote", "经检验合格，解除查封。"));

        DeadlineRecord record = records.ofCase(caseNumber).stream().filter(r -> r.getDeadlineType() == DeadlineType.SEIZURE).findFirst().orElseThrow();
        assertThat(record.getStatus()).isEqualTo(DeadlineStatus.MET);
        assertThat(timers.timers(instance)).extracting(timers::activityOf).doesNotContain("seizure-lapsed");
        assertThat(fixture.task(caseNumber, "archive-case")).isNotNull();
    }

    private DeadlineRecord seizureDeadline() {
        return records.running(instance, DeadlineType.SEIZURE).orElseThrow();
    }

    private List<Notification> mails(NotificationKind kind) {
        return outbox.findByCaseNumberOrderById(caseNumber).stream().filter(n -> n.getKind() == kind).toList();
    }
}
