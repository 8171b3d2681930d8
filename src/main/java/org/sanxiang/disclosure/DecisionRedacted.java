package org.sanxiang.disclosure;

/** Event: the decision's text was redacted automatically and waits for the discloser's check. */
public record DecisionRedacted(String caseNumber, long disclosureId, String actor, java.time.Instant at, String originalHash, String publishedHash, int maskedSpans) implements DisclosureStep {
}
