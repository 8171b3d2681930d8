package org.sanxiang.documents;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Gives each document its 文号: the agency's short name, the kind's abbreviation, the year and the next number of
 * that kind in that year (某市监罚告〔2026〕12号), counted in {@code document_sequence} in the step's transaction (the
 * row stays locked until it commits, so two steps never get the same number; a rolled-back step gives its number back).
 */
@Component
class DocumentNumbers {

    private final JdbcTemplate jdbc;
    private final DocumentSettings settings;

    DocumentNumbers(JdbcTemplate jdbc, DocumentSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    String next(DocumentKind kind, int year) {
        int updated = jdbc.update("UPDATE document_sequence SET last_no = last_no + 1 WHERE kind = ? AND doc_year = ?", kind.name(), year);
        if (updated == 0) {
            jdbc.update("INSERT INTO document_sequence (kind, doc_year, last_no) VALUES (?, ?, 1)", kind.name(), year);
        }
        Integer number = jdbc.queryForObject("SELECT last_no FROM document_sequence WHERE kind = ? AND doc_year = ?", Integer.class,
            kind.name(), year);
        return format(settings.agencyShortName(), kind, year, number);
    }

    static String format(String agencyShortName, DocumentKind kind, int year, int number) {
        return agencyShortName + kind.abbreviation() + "〔" + year + "〕" + number + "号";
    }
}
