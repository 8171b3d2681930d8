package org.sanxiang.review;

import org.sanxiang.catalog.ReviewOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sanxiang.CaseFixture.majorFacts;
import static org.sanxiang.CaseFixture.vars;

import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.enforcement.EnforcementCase;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through {@code legal-review}, driven as the demo users, with what each round leaves. */
@EngineTest
class LegalReviewProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ReviewRecords records;
    @Autowired
    CaseRegister cases;

    CaseFixture fixture;
    String caseNumber;

    @BeforeEach
    void majorCaseWaitsForSubmission() {
        BpmnAwareTests.init(engine);
        fixture = new CaseFixture(engine);
        caseNumber = fixture.caseUpToReview(majorFacts());
        assertThat(fixture.reviewInstance(caseNumber)).isWaitingAt("submit-materials");
    }

    @Test
    void approvedFirstTimeEndsReviewPassedAndOpensLeaderDecision() {
        ProcessInstance review = fixture.reviewInstance(caseNumber);
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.approve(caseNumber);

        assertThat(review).isEnded().hasPassed("review-passed");
        assertThat(fixture.caseInstance(caseNumber)).isWaitingAt("leader-decision")
            .variables().containsEntry("reviewPassed", true).containsEntry("reviewOutcome", "APPROVED");
        assertThat(cases.get(caseNumber).getReviewOutcome()).isEqualTo(ReviewOutcome.APPROVED);
        assertThat(records.ofCase(caseNumber)).extracting(r -> r.getClass().getSimpleName())
            .containsExactly("Submission", "AcceptanceCheck", "WrittenOpinion", "ReviewConclusion");
    }

    @Test
    void incompleteSubmissionIsReturnedWithWhatIsMissingAndAcceptedAfterSupplement() {
        fixture.submit(caseNumber);
        fixture.complete(caseNumber, "accept-submission", "reviewer1",
            vars("materialsComplete", false, "missingMaterials", "缺少抽样检验报告原件"));
        assertThat(fixture.reviewInstance(caseNumber)).isWaitingAt("supplement-materials");

        fixture.complete(caseNumber, "supplement-materials", "handler2", vars(
            "materials", List.of("DRAFT_DECISION", "DOCUMENTS", "EVIDENCE", "PARTY_STATEMENT", "PROCESS_RECORD"),
            "submissionNote", "已补充检验报告原件。"));
        assertThat(fixture.reviewInstance(caseNumber)).isWaitingAt("accept-submission");
        fixture.accept(caseNumber);
        assertThat(fixture.reviewInstance(caseNumber)).isWaitingAt("review-decision");

        List<ReviewRecord> kept = records.ofCase(caseNumber);
        AcceptanceCheck returned = (AcceptanceCheck) kept.get(1);
        assertThat(returned.isMaterialsComplete()).isFalse();
        assertThat(returned.getMissingMaterials()).isEqualTo("缺少抽样检验报告原件");
        assertThat(kept).extracting(ReviewRecord::getRound).containsExactly(1, 1, 2, 2);
        assertThat((String) engine.getRuntimeService().getVariable(fixture.reviewInstance(caseNumber).getId(), "reviewHistory"))
            .contains("【第1轮】", "退回补充", "缺少抽样检验报告原件", "【第2轮】", "补充材料");
    }

    @Test
    void problemsThenReviseIsResubmittedAsANewRoundAndThenApproved() {
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.problems(caseNumber);
        assertThat(fixture.reviewInstance(caseNumber)).isWaitingAt("answer-opinion");

        fixture.complete(caseNumber, "answer-opinion", "handler1", vars("response", "REVISE", "responseText", "采纳意见，罚款调整为五万元。"));
        assertThat(fixture.reviewInstance(caseNumber)).isWaitingAt("submit-materials");
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.approve(caseNumber);

        assertThat(fixture.caseInstance(caseNumber)).isWaitingAt("leader-decision");
        List<WrittenOpinion> opinions = records.ofCase(caseNumber).stream()
            .filter(WrittenOpinion.class::isInstance).map(WrittenOpinion.class::cast).toList();
        assertThat(opinions).extracting(WrittenOpinion::getOpinion).containsExactly(Opinion.PROBLEMS, Opinion.APPROVED);
        assertThat(opinions).extracting(WrittenOpinion::getRound).containsExactly(1, 2);
        assertThat(opinions.get(0).getFailedChecks()).containsExactly(ReviewCheck.LAW_DISCRETION);
    }

    @Test
    void disputeWithAgreementToReviseGoesBackToSubmission() {
        reachNegotiation();
        fixture.complete(caseNumber, "negotiate", "reviewer2", vars("negotiationResult", "REVISE", "negotiationNote", "双方同意按审核意见修改。"));
        assertThat(fixture.reviewInstance(caseNumber)).isWaitingAt("submit-materials");
    }

    @Test
    void disputeWithOpinionWithdrawnLetsTheReviewerIssueANewOpinion() {
        reachNegotiation();
        fixture.complete(caseNumber, "negotiate", "reviewer1", vars("negotiationResult", "OPINION_WITHDRAWN", "negotiationNote", "审核机构认可承办机构的理由。"));
        assertThat(fixture.reviewInstance(caseNumber)).isWaitingAt("review-decision");
        fixture.approve(caseNumber);
        assertThat(fixture.caseInstance(caseNumber)).isWaitingAt("leader-decision");
    }

    @Test
    void noAgreementEscalatesToCollectiveDiscussionWhichApprovesTheDecision() {
        reachNegotiation();
        fixture.complete(caseNumber, "negotiate", "reviewer1", vars("negotiationResult", "NO_AGREEMENT", "negotiationNote", "经沟通未达成一致意见。"));
        ProcessInstance review = fixture.reviewInstance(caseNumber);
        assertThat(review).isWaitingAt("collective-discussion");

        fixture.complete(caseNumber, "collective-discussion", "leader1", vars("resolution", "APPROVE_DECISION",
            "minutes", "经集体讨论，同意按原拟决定作出。", "attendees", "刘局长,孙副局长,钱副局长"));
        assertThat(review).isEnded().hasPassed("review-settled");
        assertThat(fixture.caseInstance(caseNumber)).isWaitingAt("leader-decision")
            .variables().containsEntry("reviewOutcome", "COLLECTIVE_APPROVED").containsEntry("reviewPassed", true);
        CollectiveDiscussion discussion = records.latestDiscussion(review.getId()).orElseThrow();
        assertThat(discussion.getAttendees()).isEqualTo("刘局长、孙副局长、钱副局长");
    }

    @Test
    void collectiveDiscussionOrderingRevisionSendsTheCaseBackToItsDraft() {
        reachCollectiveDiscussion();
        fixture.complete(caseNumber, "collective-discussion", "leader1", vars("resolution", "REVISE",
            "minutes", "经集体讨论，罚款数额应予调整。", "attendees", "刘局长,孙副局长"));
        assertThat(fixture.caseInstance(caseNumber)).isWaitingAt("draft-decision");
        assertThat(cases.get(caseNumber).getReviewOutcome()).isEqualTo(ReviewOutcome.COLLECTIVE_REVISE);

        fixture.draft(caseNumber, vars("amount", 60000));
        assertThat(cases.get(caseNumber).getReviewOutcome()).isNull();
        fixture.notifyParty(caseNumber);
        assertThat(fixture.reviewInstance(caseNumber)).isWaitingAt("submit-materials");
        fixture.submit(caseNumber);
        assertThat(records.ofCase(caseNumber).stream().filter(Submission.class::isInstance))
            .extracting(ReviewRecord::getRound).containsExactly(1, 2);
    }

    @Test
    void collectiveDiscussionRejectingTheDecisionSendsTheCaseToArchiving() {
        reachCollectiveDiscussion();
        fixture.complete(caseNumber, "collective-discussion", "leader1", vars("resolution", "REJECT_DECISION",
            "minutes", "经集体讨论，证据不足，不予作出处罚决定。", "attendees", "刘局长,孙副局长"));
        assertThat(fixture.caseInstance(caseNumber)).isWaitingAt("archive-case");
        assertThat(cases.get(caseNumber).getReviewOutcome()).isEqualTo(ReviewOutcome.COLLECTIVE_REJECTED);
    }

    @Test
    void suspectedCrimeFoundInReviewGoesToTransferToJudicialOrgans() {
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.complete(caseNumber, "review-decision", "reviewer1", vars("opinion", "PROBLEMS",
            "passedChecks", "SUBJECT,QUALIFICATION,PROCEDURE,FACTS_EVIDENCE,LAW_DISCRETION,AUTHORITY,DOCUMENTS",
            "opinionText", "涉案货值金额超过五万元，涉嫌生产、销售伪劣产品罪，建议移送公安机关。", "referToJudicial", true));
        ProcessInstance caseInstance = fixture.caseInstance(caseNumber);
        assertThat(caseInstance).isWaitingAt("transfer-judicial");
        assertThat(cases.get(caseNumber).getReviewOutcome()).isEqualTo(ReviewOutcome.CRIME_REFERRAL);

        fixture.complete(caseNumber, "transfer-judicial", "leader1", vars("transferNote", "已于当日移送县公安局。"));
        assertThat(caseInstance).isWaitingAt("archive-case");
    }

    @Test
    void everyRoundIsKeptWithItsActorAndTheHistoryShowsThemAll() {
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.problems(caseNumber);
        fixture.complete(caseNumber, "answer-opinion", "handler1", vars("response", "DISPUTE", "responseText", "裁量适当，有异议。"));
        fixture.complete(caseNumber, "negotiate", "reviewer1", vars("negotiationResult", "NO_AGREEMENT", "negotiationNote", "未达成一致。"));

        List<ReviewRecord> kept = records.ofCase(caseNumber);
        assertThat(kept).extracting(r -> r.getClass().getSimpleName() + ":" + r.getActor())
            .containsExactly("Submission:handler1", "AcceptanceCheck:reviewer1", "WrittenOpinion:reviewer1",
                "OpinionAnswer:handler1", "Negotiation:reviewer1");
        assertThat(kept).allMatch(r -> r.getCaseNumber().equals(caseNumber) && r.getRound() == 1);
        String history = (String) engine.getRuntimeService().getVariable(fixture.reviewInstance(caseNumber).getId(), "reviewHistory");
        assertThat(history).contains("存在问题", "罚款数额超出裁量基准", "有异议", "未达成一致");
    }

    @Test
    void checklistAnswersGivenAsTextAreKeptAsTheFormsJsonListSoLaterFormsShowThemTicked() {
        // the fixture submits materials and checks as comma-separated text, as a REST client may
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.problems(caseNumber);

        String review = fixture.reviewInstance(caseNumber).getId();
        TypedValue checks = engine.getRuntimeService().getVariableTyped(review, "passedChecks");
        assertThat(checks.getType().getName()).isEqualTo("json");
        assertThat(checks.getValue().toString()).isEqualTo(
            "[\"SUBJECT\",\"QUALIFICATION\",\"PROCEDURE\",\"FACTS_EVIDENCE\",\"AUTHORITY\",\"DOCUMENTS\",\"CRIME_REFERRAL\"]");
        TypedValue materials = engine.getRuntimeService().getVariableTyped(review, "materials");
        assertThat(materials.getType().getName()).isEqualTo("json");
        assertThat(materials.getValue().toString()).isEqualTo(
            "[\"DRAFT_DECISION\",\"DOCUMENTS\",\"EVIDENCE\",\"PARTY_STATEMENT\",\"PROCESS_RECORD\"]");
    }

    private void reachNegotiation() {
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.problems(caseNumber);
        fixture.complete(caseNumber, "answer-opinion", "handler1", vars("response", "DISPUTE", "responseText", "罚款数额在裁量基准幅度内，有异议。"));
        assertThat(fixture.reviewInstance(caseNumber)).isWaitingAt("negotiate");
    }

    private void reachCollectiveDiscussion() {
        reachNegotiation();
        fixture.complete(caseNumber, "negotiate", "reviewer1", vars("negotiationResult", "NO_AGREEMENT", "negotiationNote", "经沟通未达成一致意见。"));
    }

}
