package org.sanxiang.disclosure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanxiang.catalog.Action;
import org.sanxiang.catalog.Category;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the public may read (the portal's only source): published decisions, searched through
 * {@link SearchIndex} newest first, and the tombstones of withdrawn ones. Nothing else of a disclosure — not the
 * original text, not the masked spans, not a decision that is being checked, was not published or
 * has expired — is ever read here.
 */
@Component
public class PublishedDecisions {

    /** the most a search counts; beyond it the page says "10000 条以上" */
    public static final int MAX_COUNT = 10_000;

    /** postings beyond which a bigram is too common to drive a search */
    static final int DENSE = 1_000;

    private static final String COLUMNS = "d.id, d.decision_number, d.title, d.agency, d.category, d.decided_on, d.published_text";

    private final JdbcTemplate jdbc;
    private volatile Boolean straightJoin;

    PublishedDecisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public DecisionPage search(DecisionSearch search) {
        List<String> terms = new ArrayList<>();
        List<String> characters = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE d.status = 'PUBLISHED'");
        List<Object> args = new ArrayList<>();
        String words = SearchIndex.normalize(search.q());
        for (String word : words.isEmpty() ? new String[0] : words.split(" ")) {
            if (word.length() == 1) {
                characters.add(word);
                continue;
            }
            SearchIndex.grams(word).stream().filter(g -> g.length() == 2).forEach(terms::add);
            terms.addAll(SearchIndex.runs(word, true));
            where.append(" AND d.search_text LIKE ?");
            args.add("%" + word + "%");
        }
        for (String character : characters) {
            // a single character: a term starting with it, or a word's last character
            where.append(" AND d.id IN (SELECT MOD(s.sort_key, ").append(SearchIndex.ID_RANGE)
                .append(") FROM disclosure_posting s WHERE s.term = ? OR s.term LIKE ?)");
            args.add(character);
            args.add(character + "%");
        }
        if (search.agency() != null && !search.agency().isBlank()) {
            where.append(" AND d.agency = ?");
            args.add(search.agency().strip());
        }
        if (search.category() != null) {
            where.append(" AND d.category = ?");
            args.add(search.category());
        }
        String query = terms.isEmpty() ? withoutTerms(search, where, args) : withTerms(search, ordered(terms), where, args);
        String select = "SELECT " + (straightJoin() && !terms.isEmpty() ? "STRAIGHT_JOIN " : "");
        // counting stops above MAX_COUNT: a keyword found in most decisions must not cost a count of all of them
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM (" + select + "d.id" + query + " LIMIT " + (MAX_COUNT + 1) + ") found",
            Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(search.size());
        pageArgs.add((search.page() - 1) * search.size());
        List<DecisionSummary> rows = jdbc.query(select + COLUMNS + query + " LIMIT ? OFFSET ?", (rs, n) -> summary(rs), pageArgs.toArray());
        long found = total == null ? 0 : total;
        return new DecisionPage(rows, search.page(), search.size(), Math.min(found, MAX_COUNT), found > MAX_COUNT);
    }

    /** no keyword: the decisions in date order (indexes on status, decided_on, id and on status, category, decided_on) */
    private static String withoutTerms(DecisionSearch search, StringBuilder where, List<Object> args) {
        if (search.from() != null) {
            where.append(" AND d.decided_on >= ?");
            args.add(java.sql.Date.valueOf(search.from()));
        }
        if (search.to() != null) {
            where.append(" AND d.decided_on <= ?");
            args.add(java.sql.Date.valueOf(search.to()));
        }
        return " FROM disclosure d" + where + " ORDER BY d.decided_on DESC, d.id DESC";
    }

    /**
     * With a keyword: the postings of its terms joined on the sort key, read newest first from the
     * rarest term (the decision dates bound its range); the decisions found are checked with LIKE
     * (the terms do not say that the word's characters are adjacent). When matches are dense the
     * first page is among the newest postings; when they are rare the rarest term has few postings;
     * a whole run of digits (第39535号) is a term of its own and rare.
     */
    private static String withTerms(DecisionSearch search, List<String> terms, StringBuilder where, List<Object> args) {
        StringBuilder from = new StringBuilder(" FROM disclosure_posting p0");
        List<Object> all = new ArrayList<>();
        for (int i = 1; i < terms.size(); i++) {
            from.append(" JOIN disclosure_posting p").append(i).append(" ON p").append(i).append(".term = ? AND p").append(i)
                .append(".sort_key = p0.sort_key");
            all.add(terms.get(i));
        }
        from.append(" JOIN disclosure d ON d.id = MOD(p0.sort_key, ").append(SearchIndex.ID_RANGE).append(")");
        all.addAll(args);
        where.append(" AND p0.term = ?");
        all.add(terms.get(0));
        if (search.from() != null) {
            where.append(" AND p0.sort_key >= ?");
            all.add(SearchIndex.day(search.from()) * SearchIndex.ID_RANGE);
        }
        if (search.to() != null) {
            where.append(" AND p0.sort_key < ?");
            all.add(SearchIndex.day(search.to().plusDays(1)) * SearchIndex.ID_RANGE);
        }
        args.clear();
        args.addAll(all);
        return from.toString() + where + " ORDER BY p0.sort_key DESC";
    }

    /** MariaDB and MySQL are told to join in the order written (the rarest term's postings first) */
    private boolean straightJoin() {
        if (straightJoin == null) {
            String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
            straightJoin = product != null && (product.contains("MariaDB") || product.contains("MySQL"));
        }
        return straightJoin;
    }

    /**
     * The distinct terms, rarest first: each term's postings counted up to {@link #DENSE} (a common
     * term costs at most that many index entries to count).
     */
    private List<String> ordered(List<String> terms) {
        List<Map.Entry<String, Long>> counted = new ArrayList<>();
        for (String term : new java.util.LinkedHashSet<>(terms)) {
            Long n = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM disclosure_posting WHERE term = ? LIMIT " + DENSE + ") p",
                Long.class, term);
            counted.add(Map.entry(term, n == null ? 0L : n));
        }
        counted.sort(Map.Entry.comparingByValue());
        return counted.stream().map(Map.Entry::getKey).toList();
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
