package org.sanxiang.enforcement;

import static org.sanxiang.enforcement.EnforcementCaseProcess.CASE_LABEL;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.sanxiang.tasks.TaskObserver;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives every task of a case the case's number and title as the task-local variable {@code caseLabel}, which
 * Tasklist's filters show in the task list (otherwise every card reads just "调查取证 · 行政执法案件"). Task-local,
 * because whoever may see a task may read its own variables, while the case's variables are read only through
 * the task's form.
 */
@Component
@Order(5)
public class CaseLabels implements TaskObserver {

    private final CaseRegister cases;

    public CaseLabels(CaseRegister cases) {
        this.cases = cases;
    }

    @Override
    public void created(DelegateTask task) {
        String caseNumber = task.getExecution().getProcessBusinessKey();
        if (caseNumber == null) {
            return;
        }
        cases.find(caseNumber).ifPresent(found -> task.setVariableLocal(CASE_LABEL, label(found)));
    }

    static String label(EnforcementCase found) {
        return found.getCaseNumber() + " " + found.getTitle();
    }
}
