package org.sanxiang.disclosure;

import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.vars;
import static org.sanxiang.CaseFixture.with;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.sanxiang.CaseFixture;

/** Cases decided by the leader with a natural person as the party, and the disclosure each starts. */
class DisclosureCases {

    static final String PARTY = "王小明";
    static final String PARTY_ID = "430102198501011236";
    static final String PHONE = "13907311234";
    static final String WITNESS = "李建国";

    private final ProcessEngine engine;
    private final CaseFixture fixture;

    DisclosureCases(ProcessEngine engine) {
        this.engine = engine;
        this.fixture = new CaseFixture(engine);
    }

    CaseFixture fixture() {
        return fixture;
    }

    /** a fine of 2,000 yuan on a person (general review), investigated with his ID and phone in the facts */
    static Map<String, Object> personFine() {
        return with(facts(), "caseTitle", PARTY + "销售过期食品案", "partyType", "PERSON", "partyName", PARTY, "amount", 2000);
    }

    /** registers, investigates (naming the party's ID, phone and a witness), drafts, notifies, reviews and decides */
    String decided(Map<String, Object> facts, Map<String, Object> caseFlags) {
        String caseNumber = fixture.register(facts);
        fixture.complete(caseNumber, "investigate", "handler1", vars(
            "investigationSummary", "经查，当事人" + PARTY + "（公民身份号码" + PARTY_ID + "，联系电话" + PHONE + "）在其经营的摊位销售过期食品，证人"
                + WITNESS + "证实了上述事实。", "evidenceList", "现场检查笔录、证人证言"));
        // the handler sets the flags that keep a decision from being published on the draft-decision form
        fixture.draft(caseNumber, caseFlags);
        if ("PENALTY".equals(facts.get("category"))) {
            fixture.notifyParty(caseNumber);
        }
        if (engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).taskDefinitionKey("submit-materials").count() > 0) {
            fixture.submit(caseNumber);
            fixture.accept(caseNumber);
            fixture.approve(caseNumber);
        }
        fixture.decide(caseNumber);
        return caseNumber;
    }

    ProcessInstance disclosure(String caseNumber) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DecisionDisclosureProcess.PROCESS_KEY)
            .processInstanceBusinessKey(caseNumber).singleResult();
    }

    String disclosureInstanceId(String caseNumber) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(DecisionDisclosureProcess.PROCESS_KEY)
            .processInstanceBusinessKey(caseNumber).singleResult().getId();
    }

    void check(String caseNumber, Object... changes) {
        fixture.complete(caseNumber, DecisionDisclosureProcess.TASK_CHECK_REDACTION, "discloser1", vars(changes));
    }
}
