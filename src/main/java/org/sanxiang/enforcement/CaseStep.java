package org.sanxiang.enforcement;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One step of a case's legal review as {@code GET /api/cases/{caseNumber}} shows it
 * ({@code reviewSteps}); the links are present for a written opinion only.
 */
public record CaseStep(String type, int round, String actor, Instant at, String text,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Long opinionId,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String verification,
                       @JsonInclude(JsonInclude.Include.NON_NULL) String print) {
}
