package org.sanxiang.catalogadmin;

import java.time.Instant;
import java.util.Map;

/**
 * The facts one evaluation of {@code major-decision} was given, and what it gave: a past
 * evaluation from Camunda's history ({@code recorded}), or an open case that has not been
 * evaluated yet (its facts as they are now, no result).
 */
public record PastEvaluation(String id, String decisionDefinitionId, String caseNumber, boolean open, boolean recorded, Instant evaluatedAt,
                             Map<String, Object> facts, String level, String basis) {
}
