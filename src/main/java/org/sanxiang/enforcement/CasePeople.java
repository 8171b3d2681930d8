package org.sanxiang.enforcement;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code ${casePeople.handlers(execution)}}: the candidate users of the handlers' tasks. */
@Component("casePeople")
public class CasePeople {

    private final CaseRegister cases;

    public CasePeople(CaseRegister cases) {
        this.cases = cases;
    }

    public List<String> handlers(DelegateExecution execution) {
        return cases.get(execution.getProcessBusinessKey()).handlerIds();
    }
}
