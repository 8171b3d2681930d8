package org.sanxiang.disclosure;

/** Event: a 复议/诉讼 outcome was recorded and the published decision must be withdrawn. */
public record DisclosureWithdrawalRequested(String caseNumber, String actor, java.time.Instant at, String outcome, String reason) implements DisclosureStep {
}
