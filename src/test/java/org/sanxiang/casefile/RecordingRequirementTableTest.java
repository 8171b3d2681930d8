package org.sanxiang.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code dmn/recording-requirement.dmn} on the standalone DMN engine: one case per rule, and exactly one result always. */
class RecordingRequirementTableTest {

    private static DmnDecision decision;
    private static DmnEngine engine;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = RecordingRequirementTableTest.class.getClassLoader().getResourceAsStream("dmn/recording-requirement.dmn")) {
            decision = engine.parseDecision("recording-requirement", in);
        }
    }

    static DmnDecisionRuleResult evaluate(String category, String action, String activity) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("category", category);
        facts.put("action", action);
        facts.put("activity", activity);
        return engine.evaluateDecisionTable(decision, facts).getSingleResult();
    }

    @ParameterizedTest(name = "{0}/{1}/{2} → {3}")
    @CsvSource({
        // rule 1..4: acts touching liberty, life, health or major property: continuous audio/video
        "COERCION, SEIZURE, EXECUTION, MANDATORY",
        "COERCION, DEMOLITION, EXECUTION, MANDATORY",
        "COERCION, ENFORCEMENT, EXECUTION, MANDATORY",
        "PENALTY, SUSPENSION, EXECUTION, MANDATORY",
        // rule 5..9: as needed, whatever the category and action
        "PENALTY, FINE, INSPECTION, AS_NEEDED",
        "COERCION, SEIZURE, INVESTIGATION, AS_NEEDED",
        "PENALTY, LICENSE_REVOCATION, HEARING, AS_NEEDED",
        "PENALTY, FINE, SERVICE_BY_LEAVING, AS_NEEDED",
        "LICENSING, LICENSE_DENIAL, SERVICE_BY_NOTICE, AS_NEEDED",
        // rule 10: everything else in writing
        "PENALTY, FINE, EXECUTION, TEXT_ONLY",
        "COERCION, FREEZE, EXECUTION, TEXT_ONLY",
        "PENALTY, WARNING, DIRECT_SERVICE, TEXT_ONLY",
    })
    void eachRuleGivesItsRecordingRequirementAndTheRetention(String category, String action, String activity, String expected) {
        DmnDecisionRuleResult result = evaluate(category, action, activity);
        assertThat((String) result.getEntry("recording")).isEqualTo(expected);
        assertThat((String) result.getEntry("retention")).isEqualTo("P30Y");
    }

    @Test
    void missingFactsStillGiveExactlyOneResultInWriting() {
        assertThat((String) evaluate(null, null, null).getEntry("recording")).isEqualTo("TEXT_ONLY");
        assertThat((String) evaluate(null, null, "HEARING").getEntry("recording")).isEqualTo("AS_NEEDED");
    }
}
