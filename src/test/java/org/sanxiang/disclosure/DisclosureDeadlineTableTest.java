package org.sanxiang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code dmn/disclosure-deadline.dmn} on the standalone DMN engine: one test per rule (hit policy
 * FIRST, so each rule is reached with the facts that only it and the catch-all match).
 */
class DisclosureDeadlineTableTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = DisclosureDeadlineTableTest.class.getClassLoader().getResourceAsStream("dmn/disclosure-deadline.dmn")) {
            decision = engine.parseDecision(DecisionDisclosureProcess.DECISION_KEY, in);
        }
    }

    private static VariableMap facts(String category, String procedure, String action, Object... flags) {
        VariableMap facts = Variables.createVariables().putValue("category", category).putValue("procedure", procedure)
            .putValue("action", action);
        for (String flag : new String[] {"partyMinor", "stateSecret", "commercialSecret", "personalPrivacy"}) {
            facts.putValue(flag, false);
        }
        for (int i = 0; i < flags.length; i += 2) {
            facts.putValue((String) flags[i], flags[i + 1]);
        }
        return facts;
    }

    private static DmnDecisionResultEntries evaluate(VariableMap facts) {
        return engine.evaluateDecision(decision, facts).getSingleResult();
    }

    private static void notPublished(VariableMap facts, String reason) {
        DmnDecisionResultEntries result = evaluate(facts);
        assertThat((Boolean) result.get("publish")).isFalse();
        assertThat(result.<String>get("reason")).isEqualTo(reason);
    }

    @Test
    void theTableHasSevenRulesEachWithDescriptionAndTheDecisionCarriesVersionTagAndHistoryTimeToLive() throws Exception {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dmn/disclosure-deadline.dmn")) {
            DmnModelInstance model = Dmn.readModelFromStream(in);
            assertThat(model.getModelElementsByType(Rule.class)).hasSize(7)
                .allSatisfy(rule -> assertThat(rule.getDescription().getTextContent()).isNotBlank());
            Decision d = model.getModelElementById(DecisionDisclosureProcess.DECISION_KEY);
            assertThat(d.getVersionTag()).isNotBlank();
            assertThat(d.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
        }
    }

    @Test
    void aMinorPartyIsNotPublished() {
        notPublished(facts("PENALTY", "GENERAL", "FINE", "partyMinor", true), "当事人为未成年人");
    }

    @Test
    void stateSecretsAreNotPublished() {
        notPublished(facts("PENALTY", "GENERAL", "FINE", "stateSecret", true), "涉及国家秘密");
    }

    @Test
    void commercialSecretsAreNotPublished() {
        notPublished(facts("LICENSING", "GENERAL", "LICENSE_GRANT", "commercialSecret", true), "涉及商业秘密");
    }

    @Test
    void personalPrivacyIsNotPublished() {
        notPublished(facts("INSPECTION", "GENERAL", "ORDER_RECTIFY", "personalPrivacy", true), "涉及个人隐私");
    }

    @Test
    void aSimpleProcedureWarningIsNotPublished() {
        notPublished(facts("PENALTY", "SIMPLE", "WARNING"), "适用简易程序作出的警告决定");
    }

    @Test
    void penaltiesAndLicensingArePublishedWithinSevenWorkingDays() {
        for (Map.Entry<String, String> fact : Map.of("PENALTY", "FINE", "LICENSING", "LICENSE_DENIAL").entrySet()) {
            DmnDecisionResultEntries result = evaluate(facts(fact.getKey(), "GENERAL", fact.getValue()));
            assertThat((Boolean) result.get("publish")).isTrue();
            assertThat(((Number) result.get("workingDays")).intValue()).isEqualTo(7);
        }
        assertThat((Boolean) evaluate(facts("PENALTY", "SIMPLE", "FINE")).get("publish")).as("a simple-procedure fine").isTrue();
    }

    @Test
    void otherDecisionsArePublishedWithinTwentyWorkingDays() {
        for (String[] fact : new String[][] {{"COERCION", "SEIZURE"}, {"INSPECTION", "ORDER_RECTIFY"},
            {"EXPROPRIATION", "COMPENSATION_DECISION"}}) {
            DmnDecisionResultEntries result = evaluate(facts(fact[0], "GENERAL", fact[1]));
            assertThat((Boolean) result.get("publish")).isTrue();
            assertThat(((Number) result.get("workingDays")).intValue()).isEqualTo(20);
        }
    }
}
