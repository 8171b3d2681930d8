package org.sanxiang.enforcement;

import org.sanxiang.tasks.CaseHandlers;
import org.springframework.stereotype.Component;

/** The handlers of a case as the register recorded them. */
@Component
class RegisteredCaseHandlers implements CaseHandlers {

    private final CaseRegister cases;

    RegisteredCaseHandlers(CaseRegister cases) {
        this.cases = cases;
    }

    @Override
    public boolean isHandler(String caseNumber, String userId) {
        return cases.get(caseNumber).isHandler(userId);
    }
}
