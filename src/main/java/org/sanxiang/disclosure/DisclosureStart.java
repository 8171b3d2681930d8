package org.sanxiang.disclosure;

import static org.sanxiang.disclosure.DecisionDisclosureProcess.*;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.catalog.Category;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Starts {@code decision-disclosure} when the case's leader decides ({@code ${decisionDisclosure.start(execution)}}
 * on the flow 作出决定 of {@code enforcement-case}): the decision date starts the clock, and the
 * disclosure runs beside service and execution, with the case number as its business key. The
 * flags the handler may set on the case (minor, state or commercial secrets, personal privacy)
 * are false unless set.
 */
@Component("decisionDisclosure")
@EnableConfigurationProperties(DisclosureSettings.class)
public class DisclosureStart {

    private static final String[] FLAGS = {PARTY_MINOR, STATE_SECRET, COMMERCIAL_SECRET, PERSONAL_PRIVACY};
    private static final String[] CARRIED = {CATEGORY, PROCEDURE, ACTION, "caseTitle", "partyType", "partyName", "decisionNumber",
        "caseSummary"};

    private final String agency;

    public DisclosureStart(@Value("${sanxiang.agency-name}") String agency) {
        this.agency = agency;
    }

    public void start(DelegateExecution execution) {
        Map<String, Object> caseVariables = execution.getVariables();
        Map<String, Object> variables = new HashMap<>();
        for (String name : CARRIED) {
            variables.put(name, caseVariables.get(name));
        }
        for (String flag : FLAGS) {
            variables.put(flag, Boolean.TRUE.equals(caseVariables.get(flag)));
        }
        variables.put(CASE_NUMBER, execution.getProcessBusinessKey());
        variables.put(DECISION_DATE, ClockUtil.getCurrentTime());
        Category category = Category.valueOf((String) caseVariables.get(CATEGORY));
        variables.put(ORIGINAL_TEXT, DecisionText.compose(agency, category, caseVariables));
        Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
            .startProcessInstanceByKey(PROCESS_KEY, execution.getProcessBusinessKey(), variables));
    }
}
