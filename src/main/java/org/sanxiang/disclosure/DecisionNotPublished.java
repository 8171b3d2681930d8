package org.sanxiang.disclosure;

/** Event: the decision is not published, for the reason the disclosure-deadline table gave. */
public record DecisionNotPublished(String caseNumber, String actor, java.time.Instant at, String reason) implements DisclosureStep {
}
