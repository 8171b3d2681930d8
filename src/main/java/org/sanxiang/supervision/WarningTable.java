package org.sanxiang.supervision;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The warning rules' table (DMN {@code supervision-warnings}, {@code dmn/supervision-warnings.dmn}):
 * each rule's name, threshold and the wording of its reason. Evaluated with the DMN engine on the
 * latest deployed version (no history entry for a look at the dashboard); parsed once per version.
 */
@Component
class WarningTable {

    static final String DECISION_KEY = "supervision-warnings";

    /** one rule's row: its name, its threshold (days or times; 0 where none applies) and its reason with {placeholders} */
    record Row(String label, int threshold, String reason) {

        /** the reason with each {name} replaced by its value */
        String reason(Map<String, String> values) {
            String text = reason.replace("{阈值}", String.valueOf(threshold));
            for (Map.Entry<String, String> value : values.entrySet()) {
                text = text.replace("{" + value.getKey() + "}", value.getValue());
            }
            return text;
        }
    }

    private final RepositoryService repository;
    private final DmnEngine dmn;
    private String parsedId;
    private DmnDecision parsed;

    WarningTable(ProcessEngine engine) {
        this.repository = engine.getRepositoryService();
        // a plain DMN engine: the process engine's writes history and needs its command context
        this.dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    }

    Row row(WarningRules.Rule rule) {
        DmnDecisionRuleResult result = dmn.evaluateDecisionTable(decision(), Variables.createVariables().putValue("rule", rule.name()))
            .getSingleResult();
        if (result == null) {
            throw new IllegalStateException("预警规则表 " + DECISION_KEY + " 中没有规则 " + rule.name());
        }
        Number threshold = result.getEntry("threshold");
        return new Row(result.getEntry("label"), threshold == null ? 0 : threshold.intValue(), result.getEntry("reason"));
    }

    private synchronized DmnDecision decision() {
        DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION_KEY)
            .withoutTenantId().latestVersion().singleResult();
        if (latest == null) {
            throw new IllegalStateException("预警规则表 " + DECISION_KEY + " 未部署");
        }
        if (!latest.getId().equals(parsedId)) {
            parsed = dmn.parseDecision(DECISION_KEY, repository.getDmnModelInstance(latest.getId()));
            parsedId = latest.getId();
        }
        return parsed;
    }
}
