package org.sanxiang.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.majorFacts;
import static org.sanxiang.CaseFixture.vars;
import static org.sanxiang.CaseFixture.with;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.catalog.ReviewLevel;
import org.springframework.beans.factory.annotation.Autowired;

/** Every path through {@code enforcement-case}. */
@EngineTest
class EnforcementCaseProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseRegister cases;

    CaseFixture fixture;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        fixture = new CaseFixture(engine);
    }

    @Test
    void registeringACaseIssuesACaseNumberAndWaitsForInvestigationByItsHandlers() {
        String caseNumber = fixture.register(facts());
        ProcessInstance instance = fixture.caseInstance(caseNumber);

        assertThat(caseNumber).matches("ZF-\\d{4}-\\d{6}");
        // the registering handler (handler1) holds the first task; both handlers are its candidates
        assertThat(instance).isWaitingAt("investigate").task().isAssignedTo("handler1");
        assertThat(engine.getTaskService().getIdentityLinksForTask(fixture.task(caseNumber, "investigate").getId()))
            .filteredOn(link -> "candidate".equals(link.getType())).extracting(link -> link.getUserId())
            .containsExactlyInAnyOrder("handler1", "handler2");
        assertThat(instance).variables().containsEntry("caseNumber", caseNumber).containsEntry("amount", 20000.0)
            .containsEntry("hearingHeld", false).containsKey("caseSummary");
        EnforcementCase registered = cases.get(caseNumber);
        assertThat(registered.getRegisteredBy()).isEqualTo("handler1");
        assertThat(registered.handlerIds()).containsExactly("handler1", "handler2");
        assertThat(registered.getStatus()).isEqualTo(EnforcementCase.Status.OPEN);
    }

    @Test
    void draftingWritesOnlyTheFactsThatChangedAndLeavesTheOthersUnwritten() {
        String caseNumber = fixture.register(facts());
        fixture.investigate(caseNumber);
        String instanceId = fixture.caseInstance(caseNumber).getId();
        long partyNameWrites = writes(instanceId, "partyName");
        long summaryWrites = writes(instanceId, "caseSummary");
        long handlersWrites = writes(instanceId, "handlers");

        fixture.draft(caseNumber, java.util.Map.of("amount", 30000));

        assertThat(writes(instanceId, "partyName")).isEqualTo(partyNameWrites);
        assertThat(writes(instanceId, "handlers")).isEqualTo(handlersWrites);
        assertThat(writes(instanceId, "caseSummary")).isGreaterThan(summaryWrites);
        assertThat(engine.getRuntimeService().getVariables(instanceId)).containsEntry("amount", 30000.0)
            .containsEntry("partyName", "某某贸易有限公司");
        assertThat(cases.get(caseNumber).getAmount()).isEqualByComparingTo("30000");
    }

    private long writes(String processInstanceId, String variable) {
        return engine.getHistoryService().createHistoricDetailQuery().processInstanceId(processInstanceId).variableUpdates().list()
            .stream().filter(d -> variable.equals(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName())).count();
    }

    @Test
    void caseNumbersAreUniqueAndAscending() {
        String first = fixture.register(facts());
        String second = fixture.register(facts());
        assertThat(second).isNotEqualTo(first);
        assertThat(Long.parseLong(second.substring(second.lastIndexOf('-') + 1)))
            .isGreaterThan(Long.parseLong(first.substring(first.lastIndexOf('-') + 1)));
    }

    @Test
    void aGivenUnusedCaseNumberIsKeptAndAUsedOneRefused() {
        ProcessInstance instance = fixture.as("handler1", () -> engine.getRuntimeService()
            .startProcessInstanceByKey("enforcement-case", "某市监罚〔2026〕88号", facts()));
        assertThat(instance.getBusinessKey()).isEqualTo("某市监罚〔2026〕88号");
        assertThatThrownBy(() -> fixture.as("handler1", () -> engine.getRuntimeService()
            .startProcessInstanceByKey("enforcement-case", "某市监罚〔2026〕88号", facts())))
            .hasMessageContaining("已被其他案件使用");
    }

    @Test
    void decisionNeedingNoReviewGoesFromDraftStraightToTheLeaderAndOnToArchiving() {
        Map<String, Object> inspection = with(facts(), "category", "INSPECTION", "action", "ORDER_RECTIFY", "amount", 0);
        String caseNumber = fixture.caseUpToReview(inspection);
        ProcessInstance instance = fixture.caseInstance(caseNumber);

        assertThat(instance).hasNotPassed("notify-party", "legal-review-call").isWaitingAt("leader-decision")
            .variables().containsEntry("reviewLevel", "NONE");
        fixture.decide(caseNumber);
        fixture.complete(caseNumber, "serve-decision", "handler2", vars("serviceMethod", "DIRECT", "serviceNote", "当场送达，当事人签收。"));
        fixture.complete(caseNumber, "execute-decision", "handler1", vars("executionResult", "当事人已整改完毕。"));
        assertThat(instance).hasPassed("case-closed").isWaitingAt("archive-case").task().hasCandidateGroup("archivist");
        assertThat(cases.get(caseNumber).getStatus()).isEqualTo(EnforcementCase.Status.CLOSED);

        fixture.complete(caseNumber, "archive-case", "archivist1", vars("archiveNumber", "2026-ZF-0001"));
        assertThat(instance).isEnded().hasPassed("case-archived");
        EnforcementCase archived = cases.get(caseNumber);
        assertThat(archived.getStatus()).isEqualTo(EnforcementCase.Status.ARCHIVED);
        assertThat(archived.getDecisionNumber()).isEqualTo("某市监罚〔2026〕1号");
    }

    @Test
    void generalProcedurePenaltyIsNotifiedThenReviewedAsGeneral() {
        String caseNumber = fixture.caseUpToReview(facts());
        ProcessInstance instance = fixture.caseInstance(caseNumber);
        assertThat(instance).hasPassed("notify-party", "catalog-decision").isWaitingAt("legal-review-call")
            .variables().containsEntry("reviewLevel", "GENERAL");
        assertThat(cases.get(caseNumber).getReviewLevel()).isEqualTo(ReviewLevel.GENERAL);
        assertThat(fixture.reviewInstance(caseNumber)).isWaitingAt("submit-materials");
    }

    @Test
    void majorDecisionGoesToLegalReviewWithTheCatalogBasisAndTheEvaluationIsInHistory() {
        String caseNumber = fixture.caseUpToReview(majorFacts());
        ProcessInstance instance = fixture.caseInstance(caseNumber);
        assertThat(instance).isWaitingAt("legal-review-call").variables().containsEntry("reviewLevel", "MAJOR");
        assertThat((String) engine.getRuntimeService().getVariable(instance.getId(), "reviewBasis")).contains("第2项");

        HistoricDecisionInstance evaluation = engine.getHistoryService().createHistoricDecisionInstanceQuery()
            .processInstanceId(instance.getId()).decisionDefinitionKey("major-decision").includeOutputs().includeInputs().singleResult();
        assertThat(evaluation).isNotNull();
        assertThat(evaluation.getOutputs()).anyMatch(o -> "reviewLevel".equals(o.getVariableName()) && "MAJOR".equals(o.getValue()));
    }

    @Test
    void reviewPassedThenDecidedServedExecutedAndArchived() {
        String caseNumber = fixture.caseUpToReview(majorFacts());
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.approve(caseNumber);
        fixture.decide(caseNumber);
        fixture.complete(caseNumber, "serve-decision", "handler1", vars("serviceMethod", "POSTAL", "serviceNote", "邮寄送达，回执已归档。"));
        fixture.complete(caseNumber, "execute-decision", "handler2", vars("executionResult", "罚款已缴纳。"));
        fixture.complete(caseNumber, "archive-case", "archivist1", vars("archiveNumber", "2026-ZF-0002"));
        assertThat(fixture.caseInstance(caseNumber)).isNull();
        assertThat(cases.get(caseNumber).getStatus()).isEqualTo(EnforcementCase.Status.ARCHIVED);
    }

    @Test
    void leaderReturningTheDraftSendsItBackAndTheRevisedDraftIsEvaluatedAgain() {
        Map<String, Object> warning = with(facts(), "procedure", "SIMPLE", "action", "WARNING", "amount", 0);
        String caseNumber = fixture.caseUpToReview(warning);
        ProcessInstance instance = fixture.caseInstance(caseNumber);
        assertThat(instance).isWaitingAt("leader-decision");

        fixture.complete(caseNumber, "leader-decision", "leader1", vars("leaderDecision", "RETURN", "leaderOpinion", "事实认定不清，退回修改。"));
        assertThat(instance).isWaitingAt("draft-decision");
        fixture.draft(caseNumber, vars("action", "SUSPENSION"));
        fixture.notifyParty(caseNumber);
        assertThat(instance).isWaitingAt("legal-review-call").variables().containsEntry("reviewLevel", "MAJOR");
    }

    @Test
    void leaderDecisionCannotBeReachedWhileTheReviewIsOpenEvenByProcessModification() {
        String caseNumber = fixture.caseUpToReview(majorFacts());
        ProcessInstance instance = fixture.caseInstance(caseNumber);
        engine.getRuntimeService().setVariable(instance.getId(), "reviewPassed", true);
        engine.getRuntimeService().setVariable(instance.getId(), "reviewLevel", "NONE");

        assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceModification(instance.getId())
            .startBeforeActivity("leader-decision").execute())
            .hasMessageContaining("尚未完成法制审核");
        assertThat(instance).isWaitingAt("legal-review-call");
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("leader-decision").count()).isZero();
    }

    @Test
    void leaderDecisionCannotBeReachedAfterACollectiveDiscussionRejectedTheDecision() {
        String caseNumber = fixture.caseUpToReview(majorFacts());
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.problems(caseNumber);
        fixture.complete(caseNumber, "answer-opinion", "handler1", vars("response", "DISPUTE", "responseText", "有异议。"));
        fixture.complete(caseNumber, "negotiate", "reviewer1", vars("negotiationResult", "NO_AGREEMENT", "negotiationNote", "未达成一致。"));
        fixture.complete(caseNumber, "collective-discussion", "leader1", vars("resolution", "REJECT_DECISION", "minutes", "不同意。", "attendees", "刘局长,孙副局长"));
        ProcessInstance instance = fixture.caseInstance(caseNumber);

        assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceModification(instance.getId())
            .startBeforeActivity("leader-decision").execute())
            .hasMessageContaining("集体讨论不同意作出决定");
    }

    @Test
    void reviewCannotBeEndedAsPassedByModificationWithoutAnApprovingOpinion() {
        String caseNumber = fixture.caseUpToReview(majorFacts());
        ProcessInstance review = fixture.reviewInstance(caseNumber);
        assertThatThrownBy(() -> engine.getRuntimeService().createProcessInstanceModification(review.getId())
            .cancelAllForActivity("submit-materials").startBeforeActivity("review-passed").execute())
            .hasMessageContaining("没有“同意”的书面审核意见");
        assertThat(review).isWaitingAt("submit-materials");
        assertThat(cases.get(caseNumber).getReviewOutcome()).isNull();
    }
}
