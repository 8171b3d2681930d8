package org.sanxiang.disclosure;

/** Event: the decision was published (version 1) after the discloser's check. */
public record DecisionPublished(String caseNumber, long disclosureId, int version, String actor, java.time.Instant at, String originalHash, String publishedHash, String maskedMore, String unmasked, String unmaskReason) implements DisclosureStep {
}
