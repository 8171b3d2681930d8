package org.sanxiang.review;

import java.time.Instant;

/** Where and by whom a step of a review happens. */
public record ReviewStep(String caseNumber, String reviewInstanceId, int round, String actor, Instant at) {
}
