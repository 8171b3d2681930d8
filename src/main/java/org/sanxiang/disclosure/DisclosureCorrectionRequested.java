package org.sanxiang.disclosure;

/** Event: inaccurate public information was found and must be corrected. */
public record DisclosureCorrectionRequested(String caseNumber, String actor, java.time.Instant at, String reason) implements DisclosureStep {
}
