package org.sanxiang.disclosure;

/** Event: the published decision was withdrawn; only a tombstone stays public. */
public record DisclosureWithdrawn(String caseNumber, long disclosureId, String actor, java.time.Instant at, String reason, String originalHash, String publishedHash) implements DisclosureStep {
}
