package org.sanxiang.disclosure;

/** Event: a corrected version was published. */
public record DisclosureCorrected(String caseNumber, long disclosureId, int version, String actor, java.time.Instant at, String note, String originalHash, String publishedHash) implements DisclosureStep {
}
