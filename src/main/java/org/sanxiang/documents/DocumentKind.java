package org.sanxiang.documents;

/** The documents the application issues, each with its template and the abbreviation of its 文号. */
public enum DocumentKind {
    PENALTY_NOTICE("行政处罚事先告知书", "penalty-notice", "罚告"),
    PENALTY_DECISION("行政处罚决定书", "penalty-decision", "罚决"),
    SERVICE_RECEIPT("送达回证", "service-receipt", "送");

    private final String label;
    private final String template;
    private final String abbreviation;

    DocumentKind(String label, String template, String abbreviation) {
        this.label = label;
        this.template = template;
        this.abbreviation = abbreviation;
    }

    public String label() {
        return label;
    }

    /** the template's name: {@code documents/<template>.xhtml} */
    String template() {
        return template;
    }

    /** e.g. 罚告 in 某市监罚告〔2026〕12号 */
    String abbreviation() {
        return abbreviation;
    }
}
