package org.sanxiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sanxiang.CaseFixture.majorFacts;
import static org.sanxiang.CaseFixture.vars;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.people.Credentials;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Bad input and the wrong people are refused with a clear message, and the review is left exactly
 * as it was: the task is still open, nothing is recorded.
 */
@EngineTest
class ReviewInputValidationTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ReviewRecords records;
    @Autowired
    Credentials credentials;

    CaseFixture fixture;
    String caseNumber;

    @BeforeEach
    void majorCaseAwaitingReview() {
        BpmnAwareTests.init(engine);
        fixture = new CaseFixture(engine);
        caseNumber = fixture.caseUpToReview(majorFacts());
    }

    @Test
    void submissionMissingRequiredMaterialsIsRefusedListingThem() {
        assertRefused("submit-materials", "handler1", vars("materials", "[\"DRAFT_DECISION\"]", "submissionNote", "请审核"),
            InvalidInputException.class, "缺少：执法文书、证据材料、执法全过程记录、当事人陈述申辩材料");
    }

    @Test
    void submissionWithAnUnknownMaterialIsRefused() {
        assertRefused("submit-materials", "handler1", vars("materials", "DRAFT_DECISION,PHOTOS", "submissionNote", "请审核"),
            InvalidInputException.class, "“PHOTOS”不是可选项");
    }

    @Test
    void returnWithoutSayingWhatIsMissingIsRefused() {
        fixture.submit(caseNumber);
        assertRefused("accept-submission", "reviewer1", vars("materialsComplete", false),
            InvalidInputException.class, "请填写需补充的材料");
    }

    @Test
    void approvalWithAFailedChecklistItemIsRefusedNamingTheItem() {
        reachReview();
        assertRefused("review-decision", "reviewer1",
            vars("opinion", "APPROVED", "passedChecks", "SUBJECT,QUALIFICATION,PROCEDURE,FACTS_EVIDENCE,LAW_DISCRETION,AUTHORITY,DOCUMENTS"),
            InvalidInputException.class, "全部八项审核内容均须通过；未通过：违法行为是否涉嫌犯罪、需要移送司法机关");
    }

    @Test
    void problemsWithoutAWrittenOpinionAreRefused() {
        reachReview();
        assertRefused("review-decision", "reviewer1", vars("opinion", "PROBLEMS", "passedChecks", "SUBJECT"),
            InvalidInputException.class, "请在书面审核意见中写明具体问题和修改建议");
    }

    @Test
    void anUnknownOpinionIsRefused() {
        reachReview();
        assertRefused("review-decision", "reviewer1", vars("opinion", "MAYBE", "opinionText", "x"),
            InvalidInputException.class, "审核意见无效：“MAYBE”不是可选项。可选：APPROVED（同意）、PROBLEMS（存在问题）");
    }

    @Test
    void aHandlerCannotAcceptOrReviewTheirOwnCaseEvenIfAlsoAReviewer() {
        User dual = engine.getIdentityService().newUser("dual" + System.nanoTime());
        dual.setPassword("x");
        engine.getIdentityService().saveUser(dual);
        engine.getIdentityService().createMembership(dual.getId(), "handler");
        engine.getIdentityService().createMembership(dual.getId(), "reviewer");
        credentials.put(dual.getId(), "DUAL-1", Credentials.today().plusYears(1), true, "test");
        String own = fixture.register(CaseFixture.with(majorFacts(), "handlers", dual.getId() + ",handler1,handler2"));
        fixture.investigate(own);
        fixture.draft(own, vars());
        fixture.notifyParty(own);
        fixture.submit(own);
        Task accept = fixture.task(own, "accept-submission");

        assertThatThrownBy(() -> fixture.as(dual.getId(), () -> engine.getTaskService().claim(accept.getId(), dual.getId())))
            .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("依照回避规定不得对本案受理、审核");
        assertThatThrownBy(() -> fixture.as(dual.getId(), () -> engine.getTaskService().complete(accept.getId(), vars("materialsComplete", true))))
            .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("回避");
        assertThat(fixture.task(own, "accept-submission").getAssignee()).isNull();
    }

    @Test
    void aHandlerWhoIsNotAReviewerCannotCompleteAReviewTask() {
        fixture.submit(caseNumber);
        assertRefused("accept-submission", "handler2", vars("materialsComplete", true),
            AuthorizationException.class, "handler2");
    }

    @Test
    void aReviewerCannotDoTheHandlersWork() {
        Task submit = fixture.task(caseNumber, "submit-materials");
        assertThatThrownBy(() -> fixture.as("reviewer1", () -> engine.getTaskService().complete(submit.getId(), vars())))
            .isInstanceOf(AuthorizationException.class).hasMessageContaining("reviewer1");
        assertThat(fixture.task(caseNumber, "submit-materials")).isNotNull();
        assertThat(records.ofCase(caseNumber)).isEmpty();
    }

    @Test
    void aTaskClaimedByOneReviewerCannotBeCompletedByAnother() {
        fixture.submit(caseNumber);
        Task accept = fixture.task(caseNumber, "accept-submission");
        fixture.as("reviewer1", () -> engine.getTaskService().claim(accept.getId(), "reviewer1"));
        assertThatThrownBy(() -> fixture.as("reviewer2", () -> engine.getTaskService().complete(accept.getId(), vars("materialsComplete", true))))
            .hasMessageContaining("已由 王审核 领取");
        assertThat(fixture.reviewInstance(caseNumber)).isWaitingAt("accept-submission");
    }

    @Test
    void aCompletedTaskCannotBeCompletedAgain() {
        Task submit = fixture.task(caseNumber, "submit-materials");
        fixture.submit(caseNumber);
        assertThatThrownBy(() -> fixture.as("handler1", () -> engine.getTaskService().complete(submit.getId(), vars())))
            .hasMessageContaining("Cannot find task");
        assertThat(records.ofCase(caseNumber)).hasSize(1);
    }

    private void reachReview() {
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
    }

    private void assertRefused(String taskKey, String user, java.util.Map<String, Object> variables,
                               Class<? extends Throwable> type, String message) {
        Task task = fixture.task(caseNumber, taskKey);
        int recordsBefore = records.ofCase(caseNumber).size();
        assertThatThrownBy(() -> fixture.as(user, () -> engine.getTaskService().complete(task.getId(), variables)))
            .isInstanceOf(type).hasMessageContaining(message);
        assertThat(fixture.task(caseNumber, taskKey).getId()).isEqualTo(task.getId());
        assertThat(records.ofCase(caseNumber)).hasSize(recordsBefore);
        assertThat(engine.getTaskService().getVariable(task.getId(), "opinion")).isNull();
    }
}
