package org.sanxiang.disclosure;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A decision as the public sees it: while published its redacted text; once withdrawn only the
 * tombstone (that it was withdrawn, when and why, and its 文号), nothing of its content.
 */
public record PublicDecision(long id, String status, String agency, String decisionNumber, String title, String category,
                             String categoryLabel, String actionLabel, LocalDate decidedOn, Instant publishedAt, Instant correctedAt,
                             Integer version, String text, Instant withdrawnAt, String withdrawalReason) {

    public boolean withdrawn() {
        return "WITHDRAWN".equals(status);
    }
}
