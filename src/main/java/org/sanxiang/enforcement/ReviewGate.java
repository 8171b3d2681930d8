package org.sanxiang.enforcement;

import org.sanxiang.refusal.ActionNotAllowedException;
import org.springframework.stereotype.Component;

/**
 * 未经法制审核或者审核未通过的，不得作出决定. Consulted when the leader's decision task is created
 * and when it is completed, so it holds for every client (Tasklist, REST, Cockpit modification).
 * It reads the case as the engine's listeners recorded it, not process variables.
 */
@Component
public class ReviewGate {

    private final CaseRegister cases;

    public ReviewGate(CaseRegister cases) {
        this.cases = cases;
    }

    public void assertDecisionAllowed(String caseNumber) {
        EnforcementCase c = cases.get(caseNumber);
        if (c.getReviewLevel() == null) {
            throw new ActionNotAllowedException("案件 " + caseNumber + " 的拟作出决定尚未经重大执法决定目录判定，不得作出决定。");
        }
        if (!c.getReviewLevel().requiresReview()) {
            return;
        }
        if (c.getReviewOutcome() == null) {
            throw new ActionNotAllowedException("案件 " + caseNumber + " 属于" + c.getReviewLevel().label()
                + "范围，尚未完成法制审核，不得作出决定（未经法制审核或者审核未通过的，不得作出决定）。");
        }
        if (!c.getReviewOutcome().passed()) {
            throw new ActionNotAllowedException("案件 " + caseNumber + " 的法制审核结果为“" + c.getReviewOutcome().label()
                + "”，不得作出决定。");
        }
    }
}
