package org.sanxiang.disclosure;

import java.time.LocalDate;

/**
 * A search of published decisions: a keyword (Chinese or not, at most 50 characters), the agency,
 * the category, the decision dates (inclusive), and the page (from 1) of {@code size} (1..50).
 */
public record DecisionSearch(String q, String agency, String category, LocalDate from, LocalDate to, int page, int size) {

    public static final int MAX_SIZE = 50;
    public static final int MAX_PAGE = 1_000;
    public static final int MAX_QUERY = 50;
}
