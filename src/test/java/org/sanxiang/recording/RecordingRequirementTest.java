package org.sanxiang.recording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.vars;
import static org.sanxiang.CaseFixture.with;
import static org.sanxiang.Timers.at;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.Timers;
import org.sanxiang.casefile.CaseFileEntry;
import org.sanxiang.casefile.CaseFiles;
import org.sanxiang.casefile.FileType;
import org.sanxiang.deadline.DeadlineRecord;
import org.sanxiang.deadline.DeadlineRecords;
import org.sanxiang.deadline.DeadlineStatus;
import org.sanxiang.deadline.DeadlineType;
import org.sanxiang.notification.Notification;
import org.sanxiang.notification.NotificationKind;
import org.sanxiang.notification.NotificationRepository;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A seizure (查封扣押) must be recorded on audio/video in full: its execution task appears on Monday
 * 1 June 2026 at 9:00, the recording is due in the case file 24 hours after the activity.
 */
@EngineTest
class RecordingRequirementTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseFiles files;
    @Autowired
    DeadlineRecords deadlines;
    @Autowired
    NotificationRepository outbox;

    CaseFixture fixture;
    String caseNumber;
    String instance;

    @BeforeEach
    void seizureDecidedAndServedItsExecutionWaits() {
        fixture = new CaseFixture(engine);
        Timers.now("2026-05-28T09:00");
        caseNumber = fixture.caseUpToReview(with(facts(), "category", "COERCION", "action", "SEIZURE", "amount", 10000));
        fixture.decide(caseNumber);
        Timers.now("2026-06-01T09:00");
        fixture.complete(caseNumber, "serve-decision", "handler1", vars("serviceMethod", "DIRECT", "serviceNote", "当场送达查封决定书。"));
        instance = fixture.caseInstance(caseNumber).getId();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theExecutionIsRefusedWithoutTheRecordingAndTheCaseStaysAsItWas() {
        Timers.now("2026-06-01T15:00");
        assertThatThrownBy(() -> fixture.complete(caseNumber, "execute-decision", "handler1", vars("executionResult", "已查封涉案产品200件。")))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("“执行”须全程音像记录").hasMessageContaining("“查封扣押”的音像记录");
        assertThat(fixture.openTaskKeys(caseNumber)).contains("execute-decision");
        assertThat(engine.getRuntimeService().getVariable(instance, "executionResult")).isNull();
        assertThat(recordingDeadline().getStatus()).isEqualTo(DeadlineStatus.OPEN);

        upload("2026-06-01T10:00");
        fixture.complete(caseNumber, "execute-decision", "handler1", vars("executionResult", "已查封涉案产品200件。"));
        assertThat(fixture.openTaskKeys(caseNumber)).doesNotContain("execute-decision");
    }

    @Test
    void aRecordingStillMissing24HoursLaterIsFlaggedAndTheHandlersAndLeadersAreMailed() {
        assertThat(runJobsDueAt("2026-06-02T08:59")).isEmpty();
        assertThat(runJobsDueAt("2026-06-02T09:00")).hasSize(1);

        DeadlineRecord deadline = recordingDeadline();
        assertThat(deadline.getStatus()).isEqualTo(DeadlineStatus.OVERDUE);
        assertThat(deadline.getDueAt()).isEqualTo(at("2026-06-02T09:00").toInstant());
        assertThat(escalations()).extracting(Notification::getRecipientUser).containsExactlyInAnyOrder("handler1", "handler2", "leader1");
        assertThat(escalations()).allSatisfy(mail -> assertThat(mail.getBody()).contains("查封扣押", "音像记录"));
        assertThat(engine.getRuntimeService().getVariable(instance, "overdue")).isEqualTo(true);
    }

    @Test
    void aRecordingStoredInTimeMeetsItsDeadlineAndTheTimerFlagsNothing() {
        Timers.now("2026-06-01T16:00");
        CaseFileEntry file = upload("2026-06-01T10:00");

        assertThat(file.late()).isFalse();
        assertThat(recordingDeadline().getStatus()).isEqualTo(DeadlineStatus.MET);
        assertThat(recordingDeadline().getDueAt()).isEqualTo(at("2026-06-02T10:00").toInstant());
        assertThat(runJobsDueAt("2026-06-02T09:00")).hasSize(1);
        assertThat(recordingDeadline().getStatus()).isEqualTo(DeadlineStatus.MET);
        assertThat(escalations()).isEmpty();
    }

    @Test
    void aRecordingStoredMoreThan24HoursAfterItsActivityIsFlaggedLate() {
        Timers.now("2026-06-02T15:00");
        CaseFileEntry file = upload("2026-06-01T10:00");

        assertThat(file.late()).isTrue();
        DeadlineRecord deadline = recordingDeadline();
        assertThat(deadline.getStatus()).isEqualTo(DeadlineStatus.MISSED);
        assertThat(deadline.lateBy(at("2026-06-02T15:00").toInstant())).isEqualTo(Duration.ofHours(5));
        assertThat(runJobsDueAt("2026-06-02T15:00")).hasSize(1);
        assertThat(escalations()).isEmpty();
    }

    @Test
    void everyEvaluationOfTheRequirementStaysInHistoryWithTheCase() {
        upload("2026-06-01T10:00");
        fixture.complete(caseNumber, "execute-decision", "handler1", vars("executionResult", "已查封涉案产品200件。"));

        List<HistoricDecisionInstance> evaluations = engine.getHistoryService().createHistoricDecisionInstanceQuery()
            .decisionDefinitionKey("recording-requirement").processInstanceId(instance).includeInputs().includeOutputs().list();
        // investigation (created, completed), service (completed), execution (created, completed)
        assertThat(evaluations).hasSize(5);
        assertThat(evaluations).flatExtracting(HistoricDecisionInstance::getOutputs).extracting(o -> o.getValue())
            .contains("MANDATORY", "AS_NEEDED", "TEXT_ONLY");
    }

    private CaseFileEntry upload(String activityAt) {
        return fixture.as("handler1", () -> files.add(new CaseFiles.Upload(caseNumber, FileType.AV_RECORDING, "查封现场.mp4", "video/mp4",
            "查封扣押", at(activityAt).getTime(), null), new ByteArrayInputStream("查封现场全程录像".getBytes(StandardCharsets.UTF_8))));
    }

    private List<Job> runJobsDueAt(String localDateTime) {
        Timers.now(localDateTime);
        List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(instance).executable().list();
        due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        return due;
    }

    private DeadlineRecord recordingDeadline() {
        return deadlines.ofCase(caseNumber).stream().filter(d -> d.getDeadlineType() == DeadlineType.RECORDING).reduce((a, b) -> b).orElseThrow();
    }

    private List<Notification> escalations() {
        return outbox.findByCaseNumberOrderById(caseNumber).stream().filter(n -> n.getKind() == NotificationKind.ESCALATION).toList();
    }
}
