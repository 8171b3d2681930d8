package org.sanxiang;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sanxiang.demo.CaseSteps;
import org.sanxiang.enforcement.EnforcementCaseProcess;
import org.sanxiang.review.LegalReviewProcess;

/**
 * Drives cases through the engine as the demo users, the way Tasklist does (claim, then complete),
 * with the same steps as the demo's sample cases ({@link CaseSteps}), plus the tests' standard input.
 */
public class CaseFixture extends CaseSteps {

    private final ProcessEngine engine;

    public CaseFixture(ProcessEngine engine) {
        super(engine);
        this.engine = engine;
    }

    /** the facts of a fine of 20,000 yuan on a company by a county agency: GENERAL procedure, not major */
    public static Map<String, Object> facts() {
        Map<String, Object> facts = new HashMap<>();
        facts.put("caseTitle", "某公司销售不合格产品案");
        facts.put("category", "PENALTY");
        facts.put("action", "FINE");
        facts.put("procedure", "GENERAL");
        facts.put("tier", "COUNTY");
        facts.put("domain", "市场监管");
        facts.put("partyType", "ORGANIZATION");
        facts.put("partyName", "某某贸易有限公司");
        facts.put("amount", 20000);
        facts.put("handlers", "handler1,handler2");
        return facts;
    }

    /** a fine of 80,000 yuan on a company by a county agency: MAJOR (catalog row 2) */
    public static Map<String, Object> majorFacts() {
        Map<String, Object> facts = facts();
        facts.put("amount", 80000);
        return facts;
    }

    public static Map<String, Object> with(Map<String, Object> base, Object... keyValues) {
        Map<String, Object> map = new HashMap<>(base);
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    public static Map<String, Object> vars(Object... keyValues) {
        return with(Map.of(), keyValues);
    }

    /**
     * registers the case with no user signed in (as an import would): nobody registered it, so its first task is
     * assigned to no one and offered to all its handlers
     */
    public String registerWithoutUser(Map<String, Object> facts) {
        return engine.getRuntimeService().startProcessInstanceByKey(EnforcementCaseProcess.PROCESS_KEY, facts).getBusinessKey();
    }

    public ProcessInstance caseInstance(String caseNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(EnforcementCaseProcess.PROCESS_KEY).processInstanceBusinessKey(caseNumber).singleResult();
    }

    public ProcessInstance reviewInstance(String caseNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(LegalReviewProcess.PROCESS_KEY).processInstanceBusinessKey(caseNumber).singleResult();
    }

    // ---- the steps of a case, with valid input ----

    public void investigate(String caseNumber) {
        complete(caseNumber, "investigate", "handler1", vars(
            "investigationSummary", "经现场检查，当事人销售的产品经抽检不合格。", "evidenceList", "现场检查笔录、抽样检验报告、销售台账"));
    }

    public void draft(String caseNumber, Map<String, Object> changes) {
        Map<String, Object> draft = with(changes,
            "decisionDraft", "拟对当事人处以罚款。", "evidenceReasoning", "检验报告系法定检验机构出具，予以采信。",
            "legalBasis", "《产品质量法》第四十九条。", "discretionReasoning", "违法行为持续时间短，按裁量基准从轻档处罚。");
        complete(caseNumber, "draft-decision", "handler1", draft);
    }

    public void notifyParty(String caseNumber) {
        complete(caseNumber, "notify-party", "handler2", vars(
            "partyStatement", "当事人称不知道产品不合格。", "statementAnswer", "当事人未履行进货查验义务，申辩理由不予采纳。",
            "hearingRequested", false, "hearingHeld", false));
    }

    /** registers, investigates, drafts and notifies: the case then waits in the legal review or the leader's decision */
    public String caseUpToReview(Map<String, Object> facts) {
        String caseNumber = register(facts);
        investigate(caseNumber);
        draft(caseNumber, Map.of());
        if ("PENALTY".equals(facts.get("category"))) {
            notifyParty(caseNumber);
        }
        return caseNumber;
    }

    public static final List<String> ALL_CHECKS = List.of("SUBJECT", "QUALIFICATION", "PROCEDURE", "FACTS_EVIDENCE",
        "LAW_DISCRETION", "AUTHORITY", "DOCUMENTS", "CRIME_REFERRAL");

    public void submit(String caseNumber) {
        complete(caseNumber, "submit-materials", "handler1", vars(
            "materials", "[\"DRAFT_DECISION\",\"DOCUMENTS\",\"EVIDENCE\",\"PARTY_STATEMENT\",\"PROCESS_RECORD\"]",
            "submissionNote", "报送拟作出的行政处罚决定，请予审核。"));
    }

    public void accept(String caseNumber) {
        complete(caseNumber, "accept-submission", "reviewer1", vars("materialsComplete", true));
    }

    public void approve(String caseNumber) {
        complete(caseNumber, "review-decision", "reviewer1", vars(
            "opinion", "APPROVED", "passedChecks", String.join(",", ALL_CHECKS), "opinionText", "同意。"));
    }

    public void problems(String caseNumber) {
        complete(caseNumber, "review-decision", "reviewer1", vars(
            "opinion", "PROBLEMS", "passedChecks", "SUBJECT,QUALIFICATION,PROCEDURE,FACTS_EVIDENCE,AUTHORITY,DOCUMENTS,CRIME_REFERRAL",
            "opinionText", "罚款数额超出裁量基准从轻档的幅度，建议调整为五万元。"));
    }

    public void decide(String caseNumber) {
        complete(caseNumber, "leader-decision", "leader1", vars(
            "leaderDecision", "DECIDE", "decisionNumber", "某市监罚〔2026〕1号", "leaderOpinion", "同意。"));
    }
}
