package org.sanxiang.people;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Whether a reviewer may act on a case's legal review: never on a case he or she handles
 * (法制审核人员不得承办具体行政执法事务), never when declared recused (回避), and only with the
 * legal-profession qualification (法律职业资格).
 */
@Component
public class ReviewerEligibility {

    private final Credentials credentials;
    private final Recusals recusals;

    public ReviewerEligibility(Credentials credentials, Recusals recusals) {
        this.credentials = credentials;
        this.recusals = recusals;
    }

    /** why the user may not act on the case's review, or empty if they may */
    public Optional<String> refusal(String userId, String caseNumber, boolean handlesTheCase) {
        if (handlesTheCase) {
            return Optional.of("用户 " + userId + " 是案件 " + caseNumber
                + " 的承办人，依照回避规定不得对本案受理、审核或出具审核意见（法制审核人员不得承办具体行政执法事务）。");
        }
        if (recusals.isRecused(caseNumber, userId)) {
            return Optional.of("用户 " + userId + " 已声明对案件 " + caseNumber + " 回避，不得对本案受理、审核、协商或出具审核意见。");
        }
        if (!credentials.hasLegalQualification(userId)) {
            return Optional.of("用户 " + userId + " 未登记法律职业资格，不能从事法制审核（受理、审核、协商）。");
        }
        return Optional.empty();
    }
}
