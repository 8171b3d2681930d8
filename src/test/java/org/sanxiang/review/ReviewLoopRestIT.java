package org.sanxiang.review;

import org.sanxiang.catalog.ReviewOutcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.majorFacts;
import static org.sanxiang.CaseFixture.vars;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineRest;
import org.sanxiang.TestDatabaseProfiles;
import org.sanxiang.enforcement.CaseRegister;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A major case driven over Camunda's REST API by the demo users, as Tasklist drives it: authenticated
 * with HTTP Basic, each task claimed and its form submitted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class ReviewLoopRestIT {

    static final List<String> ALL_MATERIALS = List.of("DRAFT_DECISION", "DOCUMENTS", "EVIDENCE", "PARTY_STATEMENT", "PROCESS_RECORD");

    @Autowired
    TestRestTemplate template;
    @Autowired
    CaseRegister cases;
    @Autowired
    ReviewRecords records;

    EngineRest rest;
    String caseNumber;

    @BeforeEach
    void majorCaseRegisteredInvestigatedDraftedAndNotified() {
        rest = new EngineRest(template);
        caseNumber = rest.registerCase("handler1", majorFacts());
        rest.completeOk("handler1", caseNumber, "investigate", vars("investigationSummary", "现场检查发现不合格产品。", "evidenceList", "检查笔录、检验报告"));
        rest.completeOk("handler2", caseNumber, "draft-decision", vars("action", "FINE", "amount", 80000,
            "decisionDraft", "拟罚款八万元。", "evidenceReasoning", "检验报告予以采信。", "legalBasis", "《产品质量法》第四十九条。",
            "discretionReasoning", "按裁量基准一般档。"));
        rest.completeOk("handler1", caseNumber, "notify-party", vars("partyStatement", "", "hearingRequested", false, "hearingHeld", false));
    }

    @Test
    void returnForSupplementThenProblemsThenRevisedAndApprovedReachesTheLeaderDecision() {
        rest.completeOk("handler1", caseNumber, "submit-materials", vars("materials", ALL_MATERIALS, "submissionNote", "请审核。"));
        rest.completeOk("reviewer1", caseNumber, "accept-submission", vars("materialsComplete", false, "missingMaterials", "缺少检验报告原件。"));
        rest.completeOk("handler2", caseNumber, "supplement-materials", vars("materials", ALL_MATERIALS, "submissionNote", "已补充检验报告原件。"));
        rest.completeOk("reviewer1", caseNumber, "accept-submission", vars("materialsComplete", true));
        rest.completeOk("reviewer1", caseNumber, "review-decision", vars("opinion", "PROBLEMS",
            "passedChecks", List.of("SUBJECT", "QUALIFICATION", "PROCEDURE", "FACTS_EVIDENCE", "AUTHORITY", "DOCUMENTS", "CRIME_REFERRAL"),
            "opinionText", "罚款数额偏高，建议按从轻档调整。", "referToJudicial", false));
        rest.completeOk("handler1", caseNumber, "answer-opinion", vars("response", "REVISE", "responseText", "采纳，调整为六万元。"));
        // revising leads back through the draft (and, for a penalty, the party's notification) to a new submission
        rest.completeOk("handler1", caseNumber, "draft-decision", vars("action", "FINE", "amount", 60000,
            "decisionDraft", "拟罚款六万元。", "evidenceReasoning", "检验报告予以采信。", "legalBasis", "《产品质量法》第四十九条。",
            "discretionReasoning", "按裁量基准从轻档。"));
        rest.completeOk("handler1", caseNumber, "notify-party", vars("partyStatement", "", "hearingRequested", false, "hearingHeld", false));
        rest.completeOk("handler1", caseNumber, "submit-materials", vars("materials", ALL_MATERIALS, "submissionNote", "已按审核意见修改。"));
        rest.completeOk("reviewer2", caseNumber, "accept-submission", vars("materialsComplete", true));
        rest.completeOk("reviewer2", caseNumber, "review-decision", vars("opinion", "APPROVED",
            "passedChecks", CaseFixture.ALL_CHECKS, "opinionText", "同意。", "referToJudicial", false));

        assertThat(rest.taskId("leader1", caseNumber, "leader-decision")).isNotNull();
        assertThat(cases.get(caseNumber).getReviewOutcome()).isEqualTo(ReviewOutcome.APPROVED);
        assertThat(records.ofCase(caseNumber)).extracting(r -> r.getClass().getSimpleName() + "@" + r.getRound() + ":" + r.getActor())
            .containsExactly("Submission@1:handler1", "AcceptanceCheck@1:reviewer1", "Submission@2:handler2",
                "AcceptanceCheck@2:reviewer1", "WrittenOpinion@2:reviewer1", "OpinionAnswer@2:handler1", "ReviewConclusion@2:handler1",
                "Submission@3:handler1", "AcceptanceCheck@3:reviewer2", "WrittenOpinion@3:reviewer2", "ReviewConclusion@3:reviewer2");

        rest.completeOk("leader1", caseNumber, "leader-decision", vars("leaderDecision", "DECIDE", "decisionNumber", "某市监罚〔2026〕7号", "leaderOpinion", "同意。"));
        assertThat(rest.taskId("handler1", caseNumber, "serve-decision")).isNotNull();
    }

    @Test
    void disputeWithoutAgreementGoesToTheLeadersCollectiveDiscussion() {
        rest.completeOk("handler1", caseNumber, "submit-materials", vars("materials", ALL_MATERIALS, "submissionNote", "请审核。"));
        rest.completeOk("reviewer1", caseNumber, "accept-submission", vars("materialsComplete", true));
        rest.completeOk("reviewer1", caseNumber, "review-decision", vars("opinion", "PROBLEMS",
            "passedChecks", List.of("SUBJECT", "QUALIFICATION", "PROCEDURE", "AUTHORITY", "DOCUMENTS", "CRIME_REFERRAL"),
            "opinionText", "证据不足以证明违法所得数额。"));
        rest.completeOk("handler2", caseNumber, "answer-opinion", vars("response", "DISPUTE", "responseText", "销售台账足以证明，有异议。"));
        rest.completeOk("reviewer2", caseNumber, "negotiate", vars("negotiationResult", "NO_AGREEMENT", "negotiationNote", "经沟通未达成一致意见。"));

        assertThat((String) rest.taskVariable("leader1", caseNumber, "collective-discussion", "reviewHistory")).contains("证据不足以证明违法所得数额", "有异议", "未达成一致");

        rest.completeOk("leader1", caseNumber, "collective-discussion", vars("resolution", "APPROVE_DECISION",
            "minutes", "经集体讨论，证据充分，同意作出处罚决定。", "attendees", "刘局长,孙副局长,钱副局长"));

        assertThat(cases.get(caseNumber).getReviewOutcome()).isEqualTo(ReviewOutcome.COLLECTIVE_APPROVED);
        assertThat(rest.taskId("leader1", caseNumber, "leader-decision")).isNotNull();
    }

    @Test
    void badInputOverRestIsA400WithTheChineseMessageAndTheTaskStaysOpen() {
        rest.completeOk("handler1", caseNumber, "submit-materials", vars("materials", ALL_MATERIALS, "submissionNote", "请审核。"));
        rest.completeOk("reviewer1", caseNumber, "accept-submission", vars("materialsComplete", true));

        ResponseEntity<Map<String, Object>> refused = rest.complete("reviewer1", caseNumber, "review-decision",
            vars("opinion", "APPROVED", "passedChecks", List.of("SUBJECT")));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((String) refused.getBody().get("message")).contains("全部八项审核内容均须通过");
        assertThat(rest.taskId("reviewer1", caseNumber, "review-decision")).isNotNull();
    }

    @Test
    void aReviewerCannotTouchAHandlersTaskAndAnonymousCallsAreRefused() {
        String submit = rest.taskId("handler1", caseNumber, "submit-materials");
        ResponseEntity<Map<String, Object>> refused = rest.post("reviewer1", "/task/" + submit + "/submit-form",
            EngineRest.variables(vars("materials", ALL_MATERIALS, "submissionNote", "x")));
        assertThat(refused.getStatusCode().value()).isIn(403, 404);
        assertThat(rest.tasks("reviewer1", caseNumber)).isEmpty();

        ResponseEntity<String> anonymous = template.getForEntity("/engine-rest/task", String.class);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        ResponseEntity<String> anonymousApi = template.getForEntity("/api/cases/" + caseNumber, String.class);
        assertThat(anonymousApi.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymousApi.getBody()).contains("请先登录");
    }

    @Test
    void theCaseWithItsReviewRoundsCanBeReadByItsHandlersAndReviewersButNotByOtherStaff() {
        rest.completeOk("handler1", caseNumber, "submit-materials", vars("materials", ALL_MATERIALS, "submissionNote", "请审核。"));
        ResponseEntity<Map<String, Object>> read = template.withBasicAuth("reviewer1", "demo")
            .exchange("/api/cases/{no}", HttpMethod.GET, null, new ParameterizedTypeReference<Map<String, Object>>() { }, caseNumber);
        assertThat(read.getStatusCode().value()).isEqualTo(200);
        assertThat(read.getBody()).containsEntry("reviewLevel", "MAJOR").containsEntry("caseNumber", caseNumber);
        assertThat((List<?>) read.getBody().get("reviewSteps")).hasSize(1);

        ResponseEntity<String> forbidden = template.withBasicAuth("catalog1", "demo").getForEntity("/api/cases/" + caseNumber, String.class);
        assertThat(forbidden.getStatusCode().value()).isEqualTo(403);
    }
}
