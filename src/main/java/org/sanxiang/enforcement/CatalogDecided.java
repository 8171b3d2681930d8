package org.sanxiang.enforcement;

import static org.sanxiang.enforcement.EnforcementCaseProcess.*;

import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.sanxiang.catalog.MajorDecision;
import org.sanxiang.catalog.ReviewLevel;
import org.sanxiang.people.Directory;
import org.springframework.stereotype.Component;

/**
 * After the {@code major-decision} DMN: its result becomes the case's {@code reviewLevel} and
 * {@code reviewBasis}, and is kept with the case (the evaluation itself is in Camunda's history).
 */
@Component("catalogDecided")
public class CatalogDecided implements ExecutionListener {

    private final CaseRegister cases;
    private final CaseFactsValidator validator;
    private final Directory directory;

    public CatalogDecided(CaseRegister cases, CaseFactsValidator validator, Directory directory) {
        this.cases = cases;
        this.validator = validator;
        this.directory = directory;
    }

    @Override
    public void notify(DelegateExecution execution) {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) execution.getVariable(CATALOG_RESULT);
        if (result == null || result.get(MajorDecision.REVIEW_LEVEL) == null) {
            throw new IllegalStateException("major-decision gave no reviewLevel for case " + execution.getProcessBusinessKey());
        }
        ReviewLevel level = ReviewLevel.valueOf((String) result.get(MajorDecision.REVIEW_LEVEL));
        String basis = (String) result.get(MajorDecision.BASIS);
        execution.setVariable(REVIEW_LEVEL, level.name());
        execution.setVariable(REVIEW_BASIS, basis);
        execution.removeVariable(CATALOG_RESULT);
        String caseNumber = execution.getProcessBusinessKey();
        EnforcementCase enforcementCase = cases.get(caseNumber);
        enforcementCase.catalogDecided(level, basis);
        cases.save(enforcementCase);
        CaseFacts facts = validator.read(execution.getVariables());
        execution.setVariable(CASE_SUMMARY, CaseVariables.summary(caseNumber, facts, level, basis, directory::displayName));
    }
}
