package org.sanxiang.enforcement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Milestones of the case without a task of their own: 结案 and 归档. */
@Component("caseLifecycle")
public class CaseLifecycle {

    private final CaseRegister cases;

    public CaseLifecycle(CaseRegister cases) {
        this.cases = cases;
    }

    public void closed(DelegateExecution execution) {
        EnforcementCase enforcementCase = cases.get(execution.getProcessBusinessKey());
        enforcementCase.closed(ClockUtil.getCurrentTime().toInstant());
        cases.save(enforcementCase);
    }

    public void archived(DelegateExecution execution) {
        EnforcementCase enforcementCase = cases.get(execution.getProcessBusinessKey());
        enforcementCase.archived(ClockUtil.getCurrentTime().toInstant());
        cases.save(enforcementCase);
    }
}
