package org.sanxiang.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.CaseFixture.majorFacts;
import static org.sanxiang.CaseFixture.vars;
import static org.sanxiang.Timers.at;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.people.Credentials;
import org.sanxiang.Timers;
import org.sanxiang.notification.Notification;
import org.sanxiang.notification.NotificationKind;
import org.sanxiang.notification.NotificationRepository;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The legal review's deadline on the 2026 calendar: accepted on Thursday 24 September at 10:00,
 * 7 working days run over 中秋 (25–27 Sept) and 国庆 (1–7 Oct) with Saturday 10 October a working
 * day, so the review is due on Monday 12 October at 10:00.
 */
@EngineTest
class ReviewDeadlineTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Credentials credentials;
    @Autowired
    NotificationRepository outbox;
    @Autowired
    DeadlineRecords records;

    CaseFixture fixture;
    Timers timers;
    String caseNumber;
    String review;

    @BeforeEach
    void majorCaseAcceptedForReviewOnThursday24SeptemberAt10() {
        fixture = new CaseFixture(engine);
        timers = new Timers(engine.getManagementService());
        Timers.now("2026-09-22T09:00");
        caseNumber = fixture.caseUpToReview(majorFacts());
        fixture.submit(caseNumber);
        Timers.now("2026-09-24T10:00");
        fixture.accept(caseNumber);
        review = fixture.reviewInstance(caseNumber).getId();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theReviewIsDueSevenWorkingDaysAfterAcceptanceAfterTheNationalDayHolidays() {
        assertThat(engine.getRuntimeService().getVariable(review, "reviewDueAt")).isEqualTo(at("2026-10-12T10:00"));
        assertThat(timers.timer(review, "review-first-reminder").getDuedate()).isEqualTo(at("2026-10-09T10:00"));
        // Saturday 10 October is a working day (调休)
        assertThat(timers.timer(review, "review-second-reminder").getDuedate()).isEqualTo(at("2026-10-10T10:00"));
        assertThat(timers.timer(review, "review-overdue").getDuedate()).isEqualTo(at("2026-10-12T10:00"));
        assertThat(fixture.task(caseNumber, "review-decision").getDueDate()).isEqualTo(at("2026-10-12T10:00"));
        DeadlineRecord record = reviewDeadline();
        assertThat(record.getStatus()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(record.getStartedAt()).isEqualTo(at("2026-09-24T10:00").toInstant());
        assertThat(record.getDueAt()).isEqualTo(at("2026-10-12T10:00").toInstant());
        // the reviewers are told of the review with its deadline; the extension is asked for within it, no task of its own
        List<Notification> created = mails(NotificationKind.TASK_CREATED).stream()
            .filter(n -> n.getSubject().contains("法制审核并出具书面意见")).toList();
        assertThat(created).extracting(Notification::getRecipientUser).containsExactlyInAnyOrder("reviewer1", "reviewer2");
        assertThat(created.get(0).getSubject()).endsWith("（期限 2026-10-12 10:00）");
        assertThat(mails(NotificationKind.TASK_CREATED)).noneMatch(n -> n.getSubject().contains("申请延长"));
    }

    @Test
    void reviewersAreRemindedTwoAndOneWorkingDaysBeforeAndLeadersAreToldWhenItIsOverdue() {
        assertThat(timers.runDueAt(review, "2026-10-09T09:59")).isEmpty();
        assertThat(timers.runDueAt(review, "2026-10-09T10:00")).containsExactly("review-first-reminder");
        assertThat(mails(NotificationKind.REMINDER)).extracting(Notification::getRecipientUser)
            .containsExactlyInAnyOrder("reviewer1", "reviewer2");
        assertThat(timers.runDueAt(review, "2026-10-10T10:00")).containsExactly("review-second-reminder");
        assertThat(mails(NotificationKind.REMINDER)).hasSize(4);
        assertThat(timers.runDueAt(review, "2026-10-12T09:59")).isEmpty();
        assertThat(reviewDeadline().getStatus()).isEqualTo(DeadlineStatus.OPEN);
        assertThat(mails(NotificationKind.ESCALATION)).isEmpty();

        assertThat(timers.runDueAt(review, "2026-10-12T10:00")).containsExactly("review-overdue");

        assertThat(mails(NotificationKind.ESCALATION)).extracting(Notification::getRecipientUser)
            .containsExactlyInAnyOrder("reviewer1", "reviewer2", "leader1");
        assertThat(mails(NotificationKind.ESCALATION).get(0).getBody()).contains("2026-10-12 10:00", "逾期");
        assertThat(reviewDeadline().getStatus()).isEqualTo(DeadlineStatus.OVERDUE);
        String caseInstance = fixture.caseInstance(caseNumber).getId();
        assertThat(engine.getRuntimeService().getVariable(caseInstance, "overdue")).isEqualTo(true);
        assertThat((String) engine.getRuntimeService().getVariable(caseInstance, "overdueDeadlines")).contains("法制审核期限");

        Timers.now("2026-10-13T10:00");
        fixture.approve(caseNumber);

        DeadlineRecord missed = reviewRecord();
        assertThat(missed.getStatus()).isEqualTo(DeadlineStatus.MISSED);
        assertThat(missed.getLateSeconds()).isEqualTo(24 * 3600);
        assertThat(engine.getRuntimeService().getVariable(caseInstance, "overdue")).isEqualTo(false);
    }

    @Test
    void anApprovedExtensionMovesTheDueDateThreeWorkingDaysAndTheRemindersFollow() {
        assertThat(timers.runDueAt(review, "2026-10-09T10:00")).containsExactly("review-first-reminder");
        Timers.now("2026-10-09T11:00");
        requestExtension("reviewer1", "案情复杂，需调取补充证据。");
        // one card: the review stays open, back with the reviewer who asked, beside the leader's approval
        assertThat(fixture.openTaskKeys(caseNumber)).containsExactly("approve-extension", "review-decision");
        assertThat(fixture.task(caseNumber, "review-decision").getAssignee()).isEqualTo("reviewer1");
        assertThat(engine.getRuntimeService().getVariable(review, "requestExtension")).isEqualTo(false);
        assertThat(mails(NotificationKind.TASK_CREATED)).filteredOn(n -> n.getSubject().contains("批准延长审核期限"))
            .extracting(Notification::getRecipientUser).containsExactly("leader1");
        fixture.complete(caseNumber, "approve-extension", "leader1", vars("extensionDecision", "APPROVE", "extensionOpinion", "同意延长。"));

        assertThat(engine.getRuntimeService().getVariable(review, "reviewDueAt")).isEqualTo(at("2026-10-15T10:00"));
        assertThat(timers.timer(review, "review-first-reminder").getDuedate()).isEqualTo(at("2026-10-13T10:00"));
        assertThat(timers.timer(review, "review-second-reminder").getDuedate()).isEqualTo(at("2026-10-14T10:00"));
        assertThat(timers.timer(review, "review-overdue").getDuedate()).isEqualTo(at("2026-10-15T10:00"));
        assertThat(fixture.task(caseNumber, "review-decision").getDueDate()).isEqualTo(at("2026-10-15T10:00"));
        DeadlineRecord record = reviewDeadline();
        assertThat(record.getOriginalDueAt()).isEqualTo(at("2026-10-12T10:00").toInstant());
        assertThat(record.getDueAt()).isEqualTo(at("2026-10-15T10:00").toInstant());
        assertThat(record.getExtensionRequestedBy()).isEqualTo("reviewer1");
        assertThat(record.getExtensionDecidedBy()).isEqualTo("leader1");
        assertThat(record.getExtensionApproved()).isTrue();
        // once only: a second request is refused, the review stays with its holder
        assertThatThrownBy(() -> requestExtension("reviewer1", "仍需时间。"))
            .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("已申请过延长");
        assertThat(fixture.openTaskKeys(caseNumber)).containsExactly("review-decision");

        assertThat(timers.runDueAt(review, "2026-10-12T10:00")).isEmpty();
        assertThat(timers.runDueAt(review, "2026-10-13T10:00")).containsExactly("review-first-reminder");
        Timers.now("2026-10-14T09:00");
        fixture.approve(caseNumber);
        assertThat(reviewRecord().getStatus()).isEqualTo(DeadlineStatus.MET);
    }

    @Test
    void aRefusedExtensionLeavesTheDueDateAndTheTimersAsTheyWere() {
        Timers.now("2026-10-08T11:00");
        requestExtension("reviewer1", "工作量大。");
        fixture.complete(caseNumber, "approve-extension", "leader1", vars("extensionDecision", "REFUSE", "extensionOpinion", "不同意，请按期审核。"));

        assertThat(engine.getRuntimeService().getVariable(review, "reviewDueAt")).isEqualTo(at("2026-10-12T10:00"));
        assertThat(timers.timer(review, "review-overdue").getDuedate()).isEqualTo(at("2026-10-12T10:00"));
        assertThat(reviewDeadline().getExtensionApproved()).isFalse();
        assertThat(timers.runDueAt(review, "2026-10-12T10:00")).containsExactly("review-first-reminder", "review-overdue", "review-second-reminder");
        assertThat(fixture.openTaskKeys(caseNumber)).containsExactly("review-decision");
    }

    @Test
    void theOpinionGivenWhileTheLeaderHasNotDecidedEndsTheReviewAndCancelsTheRequest() {
        Timers.now("2026-10-08T11:00");
        requestExtension("reviewer1", "需要专家论证。");
        fixture.approve(caseNumber);

        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(review).taskDefinitionKey("approve-extension").count()).isZero();
        assertThat(timers.timers(review)).isEmpty();
        assertThat(reviewRecord().getStatus()).isEqualTo(DeadlineStatus.MET);
        assertThat(reviewRecord().getExtensionRequestedBy()).isEqualTo("reviewer1");
    }

    @Test
    void anExtensionCannotBeAskedForOnceTheReviewIsOverdueAndTheReviewStaysOpen() {
        timers.runDueAt(review, "2026-10-12T10:00");

        assertThatThrownBy(() -> requestExtension("reviewer1", "需要专家论证。"))
            .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("届满，不能再申请延长");
        assertThat(fixture.openTaskKeys(caseNumber)).containsExactly("review-decision");
        assertThat(reviewDeadline().getExtensionRequestedBy()).isNull();
    }

    @Test
    void reviewingInTimeCancelsTheTimersAndRecordsTheDeadlineMet() {
        Timers.now("2026-10-08T16:00");
        fixture.problems(caseNumber);

        assertThat(timers.timers(review)).isEmpty();
        assertThat(fixture.task(caseNumber, "answer-opinion")).isNotNull();
        DeadlineRecord record = reviewRecord();
        assertThat(record.getStatus()).isEqualTo(DeadlineStatus.MET);
        assertThat(record.getLateSeconds()).isZero();
        assertThat(timers.runDueAt(review, "2026-10-12T10:00")).isEmpty();
        assertThat(mails(NotificationKind.REMINDER)).isEmpty();
    }

    @Test
    void anExtensionCannotBeApprovedOnceTheReviewIsOverdueButCanBeRefused() {
        Timers.now("2026-10-09T11:00");
        requestExtension("reviewer1", "需要专家论证。");
        timers.runDueAt(review, "2026-10-12T10:00");

        assertThatThrownBy(() -> fixture.complete(caseNumber, "approve-extension", "leader1",
            vars("extensionDecision", "APPROVE", "extensionOpinion", "同意。")))
            .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("已逾期");
        fixture.complete(caseNumber, "approve-extension", "leader1", vars("extensionDecision", "REFUSE", "extensionOpinion", "已逾期，请立即审核。"));
        assertThat(engine.getRuntimeService().getVariable(review, "reviewDueAt")).isEqualTo(at("2026-10-12T10:00"));
    }

    @Test
    void onlyReviewersAskForTheExtensionAndTheLeaderMustGiveAnOpinion() {
        assertThatThrownBy(() -> requestExtension("handler1", "请延长。"))
            .isInstanceOf(AuthorizationException.class).hasMessageContaining("handler1");
        assertThatThrownBy(() -> fixture.complete(caseNumber, "review-decision", "reviewer1", vars("requestExtension", true)))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("申请延长的理由");
        requestExtension("reviewer1", "需要专家论证。");
        assertThatThrownBy(() -> fixture.complete(caseNumber, "approve-extension", "leader1", vars("extensionDecision", "APPROVE")))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("审批意见");
        assertThatThrownBy(() -> fixture.complete(caseNumber, "approve-extension", "leader1", vars("extensionDecision", "MAYBE", "extensionOpinion", "再议。")))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("是否批准延长");
        assertThat(engine.getRuntimeService().getVariable(review, "reviewDueAt")).isEqualTo(at("2026-10-12T10:00"));
    }

    @Test
    void aReviewerWhoHandlesTheCaseMayNotAskForItsExtension() {
        User dual = engine.getIdentityService().newUser("dual" + System.nanoTime());
        dual.setPassword("x");
        engine.getIdentityService().saveUser(dual);
        engine.getIdentityService().createMembership(dual.getId(), "handler");
        engine.getIdentityService().createMembership(dual.getId(), "reviewer");
        credentials.put(dual.getId(), "DUAL-2", Credentials.today().plusYears(1), true, "test");
        String own = fixture.register(CaseFixture.with(majorFacts(), "handlers", dual.getId() + ",handler1,handler2"));
        fixture.investigate(own);
        fixture.draft(own, vars());
        fixture.notifyParty(own);
        fixture.submit(own);
        fixture.accept(own);
        Task request = fixture.task(own, "review-decision");

        assertThatThrownBy(() -> fixture.as(dual.getId(), () -> engine.getTaskService().claim(request.getId(), dual.getId())))
            .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("回避");
        assertThatThrownBy(() -> fixture.as(dual.getId(), () -> engine.getTaskService().complete(request.getId(),
            vars("requestExtension", true, "extensionReason", "请延长。"))))
            .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("回避");
    }

    /** the reviewer completes the review form with 申请延长审核期限 ticked */
    private void requestExtension(String reviewer, String reason) {
        fixture.complete(caseNumber, "review-decision", reviewer, vars("requestExtension", true, "extensionReason", reason));
    }

    private DeadlineRecord reviewDeadline() {
        return records.running(review, DeadlineType.REVIEW).orElseThrow();
    }

    /** the review deadline of the case, running or not (the case also has its penalty deadline) */
    private DeadlineRecord reviewRecord() {
        List<DeadlineRecord> review = records.ofCase(caseNumber).stream().filter(r -> r.getDeadlineType() == DeadlineType.REVIEW).toList();
        assertThat(review).hasSize(1);
        return review.get(0);
    }

    private List<Notification> mails(NotificationKind kind) {
        return outbox.findByCaseNumberOrderById(caseNumber).stream().filter(n -> n.getKind() == kind).toList();
    }
}
