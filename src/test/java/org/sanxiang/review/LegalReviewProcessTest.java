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
import org.sanxiang.enforcement.DecisionDrafts;
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
    @Autowired
    DecisionDrafts drafts;

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
    void reviewReceivesOnlyTheCaseVariablesItsFormsAndRulesRead() {
        ProcessInstance review = fixture.reviewInstance(caseNumber);
        java.util.Map<String, Object> copied = engine.getRuntimeService().getVariables(review.getId());

        assertThat(copied.keySet()).containsExactlyInAnyOrder("caseNumber", "caseTitle", "category", "action", "hearingHeld",
            "caseSummary", "investigationSummary", "evidenceList", "partyStatement", "statementAnswer", "decisionDraft",
            "evidenceReasoning", "legalBasis", "discretionReasoning", "draftText", "draftChanges",
            "reviewPassed", "reviewRound", "reviewHistory");
        assertThat(copied).containsEntry("caseNumber", caseNumber).containsEntry("category", "PENALTY");
        assertThat((String) copied.get("draftText")).isNotBlank();
        assertThat(engine.getRuntimeService().getVariables(fixture.caseInstance(caseNumber).getId()))
            .containsKeys("partyName", "amount", "handlers", "reviewLevel");
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
    void problemsThenReviseGoesBackToTheDraftWithTheOpinionAndTheNextRoundIsReviewedOnTheRevisedDraft() {
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.problems(caseNumber);
        ProcessInstance firstReview = fixture.reviewInstance(caseNumber);
        assertThat(firstReview).isWaitingAt("answer-opinion");

        fixture.complete(caseNumber, "answer-opinion", "handler1", vars("response", "REVISE", "responseText", "采纳意见，罚款调整为五万元。"));
        assertThat(firstReview).isEnded().hasPassed("review-revised");
        assertThat(fixture.caseInstance(caseNumber)).isWaitingAt("draft-decision");
        assertThat(cases.get(caseNumber).getReviewOutcome()).isEqualTo(ReviewOutcome.REVISE);
        // beside the draft: the opinion to answer
        assertThat((String) caseVariable("opinionToAnswer")).contains("罚款数额超出裁量基准从轻档的幅度", "采纳意见，罚款调整为五万元。");

        fixture.complete(caseNumber, "draft-decision", "handler1", vars("amount", 50000,
            "decisionDraft", "拟对当事人处以罚款。", "evidenceReasoning", "检验报告系法定检验机构出具，予以采信。",
            "legalBasis", "《产品质量法》第四十九条。", "discretionReasoning", "按审核意见适用从轻档下限。"));
        fixture.notifyParty(caseNumber);
        ProcessInstance secondReview = fixture.reviewInstance(caseNumber);
        assertThat(secondReview).isWaitingAt("submit-materials");
        String changes = (String) engine.getRuntimeService().getVariable(secondReview.getId(), "draftChanges");
        assertThat(changes).contains("第2稿与第1稿相比：修改了2项", "【涉案金额/罚没金额（元）】", "第1稿：80000", "第2稿：50000",
            "【裁量基准适用说明】", "按审核意见适用从轻档下限。", "未修改：执法行为、拟作出决定内容、证据采信理由、法律依据选择");
        assertThat((String) engine.getRuntimeService().getVariable(secondReview.getId(), "draftText"))
            .startsWith("第2稿").contains("【涉案金额/罚没金额（元）】50000", "张承办");
        assertThat(drafts.ofCase(caseNumber)).extracting(d -> d.getVersion() + ":" + d.getAmount().intValue())
            .containsExactly("1:80000", "2:50000");
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
    void disputeWithAgreementToReviseGoesBackToTheDraft() {
        reachNegotiation();
        fixture.complete(caseNumber, "negotiate", "reviewer2", vars("negotiationResult", "REVISE", "negotiationNote", "双方同意按审核意见修改。"));
        assertThat(fixture.reviewInstance(caseNumber)).isNull();
        assertThat(fixture.caseInstance(caseNumber)).isWaitingAt("draft-decision");
        assertThat(cases.get(caseNumber).getReviewOutcome()).isEqualTo(ReviewOutcome.REVISE);
        assertThat((String) caseVariable("opinionToAnswer")).contains("协商：达成一致，修改后再次报送", "双方同意按审核意见修改。");
    }

    @Test
    void aDraftResubmittedUnchangedSaysSo() {
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.problems(caseNumber);
        fixture.complete(caseNumber, "answer-opinion", "handler1", vars("response", "REVISE", "responseText", "补充说明。"));
        fixture.draft(caseNumber, vars());
        fixture.notifyParty(caseNumber);
        assertThat((String) engine.getRuntimeService().getVariable(fixture.reviewInstance(caseNumber).getId(), "draftChanges"))
            .isEqualTo("第2稿与第1稿相比：未作修改。");
        assertThat(caseVariable("opinionToAnswer")).isNull();
    }

    private Object caseVariable(String name) {
        return engine.getRuntimeService().getVariable(fixture.caseInstance(caseNumber).getId(), name);
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
