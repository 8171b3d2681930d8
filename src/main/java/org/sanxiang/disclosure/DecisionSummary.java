package org.sanxiang.disclosure;

import java.time.LocalDate;

/** One published decision in a search result. */
public record DecisionSummary(long id, String decisionNumber, String title, String agency, String category, String categoryLabel,
                              LocalDate decidedOn, String excerpt) {
}
