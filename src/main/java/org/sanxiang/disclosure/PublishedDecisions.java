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
 * {@link SearchIndex}, and the tombstones of withdrawn ones. Nothing else of a disclosure — not the
 * original text, not the masked spans, not a decision that is being checked, was not published or
 * has expired — is ever read here.
 */
@Component
public class PublishedDecisions {

    /** the most a search counts; beyond it the page says "10000 条以上" */
    public static final int MAX_COUNT = 10_000;

    /** postings beyond which a bigram is too common to drive a search */
    static final int DENSE = 5_000;

    private static final String COLUMNS = "d.id, d.decision_number, d.title, d.agency, d.category, d.decided_on, d.published_text";

    private final JdbcTemplate jdbc;

    PublishedDecisions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public DecisionPage search(DecisionSearch search) {
        StringBuilder where = new StringBuilder(" FROM disclosure d WHERE d.status = 'PUBLISHED'");
        List<Object> args = new ArrayList<>();
        String words = SearchIndex.normalize(search.q());
        if (!words.isEmpty()) {
            for (String word : words.split(" ")) {
                Set<String> grams = SearchIndex.grams(word);
                if (word.length() == 1) {
                    where.append(" AND d.id IN (SELECT g.disclosure_id FROM disclosure_gram g WHERE g.gram = ? OR g.gram LIKE ?)");
                    args.add(word);
                    args.add(word + "%");
                    continue;
                }
                grams.removeIf(g -> g.length() < 2);
                List<String> list = rarest(grams);
                if (!list.isEmpty()) {
                    where.append(" AND d.id IN (SELECT g0.disclosure_id FROM disclosure_gram g0");
                    for (int i = 1; i < list.size(); i++) {
                        where.append(" JOIN disclosure_gram g").append(i).append(" ON g").append(i)
                            .append(".disclosure_id = g0.disclosure_id AND g").append(i).append(".gram = ?");
                        args.add(list.get(i));
                    }
                    where.append(" WHERE g0.gram = ?)");
                    args.add(list.get(0));
                }
                where.append(" AND d.search_text LIKE ?");
                args.add("%" + word + "%");
            }
        }
        if (search.agency() != null && !search.agency().isBlank()) {
            where.append(" AND d.agency = ?");
            args.add(search.agency().strip());
        }
        if (search.category() != null) {
            where.append(" AND d.category = ?");
            args.add(search.category());
        }
        if (search.from() != null) {
            where.append(" AND d.decided_on >= ?");
            args.add(java.sql.Date.valueOf(search.from()));
        }
        if (search.to() != null) {
            where.append(" AND d.decided_on <= ?");
            args.add(java.sql.Date.valueOf(search.to()));
        }
        // counting stops above MAX_COUNT: a keyword found in most decisions must not cost a count of all of them
        Long total = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT d.id" + where + " LIMIT " + (MAX_COUNT + 1) + ") found",
            Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>(args);
        pageArgs.add(search.size());
        pageArgs.add((search.page() - 1) * search.size());
        List<DecisionSummary> rows = jdbc.query("SELECT " + COLUMNS + where + " ORDER BY d.decided_on DESC, d.id DESC LIMIT ? OFFSET ?",
            (rs, n) -> summary(rs), pageArgs.toArray());
        long found = total == null ? 0 : total;
        return new DecisionPage(rows, search.page(), search.size(), Math.min(found, MAX_COUNT), found > MAX_COUNT);
    }

    /**
     * The (at most two) bigrams of a word that the fewest decisions hold, found by counting each
     * bigram's postings up to {@link #DENSE}; the word itself is then checked with LIKE on the
     * candidates. A word all of whose bigrams are that common (…有限公司) uses no index at all: the
     * newest decisions are read in order and checked with LIKE, which finds a page at once when
     * matches are that dense.
     */
    private List<String> rarest(Set<String> grams) {
        List<Map.Entry<String, Long>> counted = new ArrayList<>();
        for (String gram : grams) {
            Long n = jdbc.queryForObject("SELECT COUNT(*) FROM (SELECT 1 FROM disclosure_gram WHERE gram = ? LIMIT " + DENSE + ") p",
                Long.class, gram);
            counted.add(Map.entry(gram, n == null ? 0L : n));
        }
        counted.sort(Map.Entry.comparingByValue());
        if (counted.isEmpty() || counted.get(0).getValue() >= DENSE) {
            return List.of();
        }
        return counted.stream().limit(2).map(Map.Entry::getKey).toList();
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
