package org.sanxiang.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanxiang.catalog.Action;
import org.sanxiang.catalog.Category;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the public may read (the portal's only source): published decisions, searched through
 * {@link SearchIndex} newest first ({@link SearchQuery}), and the tombstones of withdrawn ones. Nothing else of a disclosure — not the
 * original text, not the masked spans, not a decision that is being checked, was not published or
 * has expired — is ever read here.
 */
@Component
public class PublishedDecisions {

    /**
     * The most a search counts and lists: beyond it the page says "共 1000 条以上" and lists the newest
     * 1000 (the search reads each match it counts, so counting stops here).
     */
    public static final int MAX_COUNT = 1_000;

    private static final String COLUMNS = "d.id, d.decision_number, d.title, d.agency, d.category, d.decided_on, d.published_text";

    private final JdbcTemplate jdbc;
    private final TermFrequencies frequencies;
    private volatile Boolean straightJoin;

    PublishedDecisions(JdbcTemplate jdbc, TermFrequencies frequencies) {
        this.jdbc = jdbc;
        this.frequencies = frequencies;
    }

    /**
     * The page of the published decisions the search matches, newest decision first: one query
     * finds the ids of the first {@link #MAX_COUNT} + 1 matches (the count), a second reads the
     * page's decisions. A page beyond the listed matches is empty.
     */
    public DecisionPage search(DecisionSearch search) {
        SearchQuery query = SearchQuery.of(search, frequencies, straightJoin(), MAX_COUNT + 1);
        List<Long> ids = jdbc.queryForList(query.sql, Long.class, query.args.toArray());
        int listed = Math.min(ids.size(), MAX_COUNT);
        int from = (int) Math.min((long) (search.page() - 1) * search.size(), listed);
        List<Long> page = ids.subList(from, Math.min(from + search.size(), listed));
        return new DecisionPage(read(page), search.page(), search.size(), listed, ids.size() > MAX_COUNT);
    }

    /** the decisions of the ids, in their order */
    private List<DecisionSummary> read(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String marks = String.join(", ", java.util.Collections.nCopies(ids.size(), "?"));
        Map<Long, DecisionSummary> found = new java.util.HashMap<>();
        jdbc.query("SELECT " + COLUMNS + " FROM disclosure d WHERE d.status = 'PUBLISHED' AND d.id IN (" + marks + ")",
            (ResultSet rs) -> {
                DecisionSummary summary = summary(rs);
                found.put(summary.id(), summary);
            }, ids.toArray());
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    /** MariaDB and MySQL are told to join in the order written (the rarest term's postings first) */
    private boolean straightJoin() {
        if (straightJoin == null) {
            String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
            straightJoin = product != null && (product.contains("MariaDB") || product.contains("MySQL"));
        }
        return straightJoin;
    }

    /** a published decision, or the tombstone of a withdrawn one; empty otherwise */
    public Optional<PublicDecision> find(long id) {
        return jdbc.query("SELECT d.*, d.action_code FROM disclosure d WHERE d.id = ? AND d.status IN ('PUBLISHED', 'WITHDRAWN')",
            (rs, n) -> decision(rs), id).stream().findFirst();
    }

    /** the agencies that have published decisions, for the search form */
    public List<String> agencies() {
        return jdbc.queryForList("SELECT DISTINCT agency FROM disclosure WHERE status = 'PUBLISHED' ORDER BY agency", String.class);
    }

    private static DecisionSummary summary(ResultSet rs) throws SQLException {
        String text = rs.getString("published_text");
        String excerpt = text == null ? "" : text.replace('\n', ' ');
        excerpt = excerpt.length() > 120 ? excerpt.substring(0, 120) + "…" : excerpt;
        String category = rs.getString("category");
        return new DecisionSummary(rs.getLong("id"), rs.getString("decision_number"), rs.getString("title"), rs.getString("agency"),
            category, categoryLabel(category), rs.getDate("decided_on").toLocalDate(), excerpt);
    }

    private static PublicDecision decision(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        String category = rs.getString("category");
        if ("WITHDRAWN".equals(status)) {
            return new PublicDecision(rs.getLong("id"), status, rs.getString("agency"), rs.getString("decision_number"), null, null,
                null, null, null, null, null, null, null, instant(rs.getTimestamp("withdrawn_at")), rs.getString("withdrawal_reason"));
        }
        return new PublicDecision(rs.getLong("id"), status, rs.getString("agency"), rs.getString("decision_number"),
            rs.getString("title"), category, categoryLabel(category), actionLabel(rs.getString("action_code")),
            rs.getDate("decided_on").toLocalDate(), instant(rs.getTimestamp("published_at")), instant(rs.getTimestamp("corrected_at")),
            rs.getInt("version"), rs.getString("published_text"), null, null);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String categoryLabel(String category) {
        try {
            return Category.valueOf(category).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return category;
        }
    }

    private static String actionLabel(String action) {
        try {
            return Action.valueOf(action).label();
        } catch (IllegalArgumentException | NullPointerException e) {
            return action;
        }
    }
}
