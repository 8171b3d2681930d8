package org.sanxiang.disclosure;

/** Event: the online retention period ended and the decision left public view. */
public record DisclosureExpired(String caseNumber, long disclosureId, String actor, java.time.Instant at, String originalHash, String publishedHash) implements DisclosureStep {
}
