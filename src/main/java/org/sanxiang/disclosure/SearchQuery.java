package org.sanxiang.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The SQL that finds the ids of the published decisions a search matches, newest decision first,
 * at most {@code limit} of them.
 * <ul>
 * <li>With a keyword of two or more characters, or single characters with an agency or category:
 * the postings of the terms (bigrams, whole runs of digits, the agency's and the category's terms)
 * joined on the sort key, the rarest term's read newest first (its decision-date range bounding them)
 * so the join stops at the limit; a word of three or more characters (found by its two rarest terms)
 * and a single character are checked on the slim searchable text ({@code disclosure_search}; the terms do not say that the
 * characters are adjacent). A word of two characters, an agency and a category are exactly their
 * postings: no row is read for them (an agency or category longer than its term is also checked on
 * the decision row).</li>
 * <li>With single characters only: the searchable texts holding the rarest one's terms when they are
 * few, otherwise the searchable texts newest first, each checked.</li>
 * <li>Without a keyword: the decisions newest first through the indexes on status with decision
 * date, category or agency.</li>
 * </ul>
 */
final class SearchQuery {

    final String sql;
    final List<Object> args;

    private SearchQuery(String sql, List<Object> args) {
        this.sql = sql;
        this.args = args;
    }

    static SearchQuery of(DecisionSearch search, TermFrequencies frequencies, boolean straightJoin, int limit) {
        List<String> terms = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        List<String> characters = new ArrayList<>();
        String words = SearchIndex.normalize(search.q());
        for (String word : words.isEmpty() ? new String[0] : words.split(" ")) {
            if (word.length() == 1) {
                characters.add(word);
            } else {
                List<String> own = new ArrayList<>();
                SearchIndex.grams(word).stream().filter(g -> g.length() == 2).forEach(own::add);
                own.addAll(SearchIndex.runs(word, true));
                // a longer word is checked on its text: its two rarest terms find it, the others would only cost lookups
                terms.addAll(word.length() == 2 ? own : frequencies.rarestFirst(own).subList(0, Math.min(2, new java.util.HashSet<>(own).size())));
            }
            if (word.length() != 2) {
                checked.add(word);
            }
        }
        String agency = search.agency() == null || search.agency().isBlank() ? null : search.agency().strip();
        String category = search.category();
        if (terms.isEmpty() && characters.isEmpty()) {
            return withoutKeyword(search, agency, category, limit);
        }
        List<String> filters = new ArrayList<>();
        StringBuilder rowConditions = new StringBuilder();
        List<Object> rowArgs = new ArrayList<>();
        if (agency != null) {
            filters.add(SearchIndex.agencyTerm(agency));
            if (!SearchIndex.filterIsWhole(agency)) {
                rowConditions.append(" AND d.agency = ?");
                rowArgs.add(agency);
            }
        }
        if (category != null) {
            filters.add(SearchIndex.categoryTerm(category));
            if (!SearchIndex.filterIsWhole(category)) {
                rowConditions.append(" AND d.category = ?");
                rowArgs.add(category);
            }
        }
        if (terms.isEmpty() && filters.isEmpty()) {
            return characters(search, characters, checked, frequencies, limit);
        }
        terms.addAll(filters);
        return withTerms(search, frequencies.rarestFirst(terms), checked, rowConditions, rowArgs, straightJoin, limit);
    }

    private static SearchQuery withTerms(DecisionSearch search, List<String> terms, List<String> checked, StringBuilder rowConditions,
                                         List<Object> rowArgs, boolean straightJoin, int limit) {
        String id = "MOD(p0.sort_key, " + SearchIndex.ID_RANGE + ")";
        StringBuilder sql = new StringBuilder("SELECT ").append(straightJoin ? "STRAIGHT_JOIN " : "").append(id)
            .append(" FROM disclosure_posting p0");
        List<Object> args = new ArrayList<>();
        for (int i = 1; i < terms.size(); i++) {
            sql.append(" JOIN disclosure_posting p").append(i).append(" ON p").append(i).append(".term = ? AND p").append(i)
                .append(".sort_key = p0.sort_key");
            args.add(terms.get(i));
        }
        if (!checked.isEmpty()) {
            sql.append(" JOIN disclosure_search t ON t.sort_key = p0.sort_key");
        }
        if (!rowConditions.isEmpty()) {
            sql.append(" JOIN disclosure d ON d.id = ").append(id);
        }
        sql.append(" WHERE p0.term = ?");
        args.add(terms.get(0));
        range(search, "p0.sort_key", sql, args);
        for (String word : checked) {
            sql.append(" AND t.search_text LIKE ?");
            args.add("%" + word + "%");
        }
        if (!rowConditions.isEmpty()) {
            sql.append(" AND d.status = 'PUBLISHED'").append(rowConditions);
            args.addAll(rowArgs);
        }
        sql.append(" ORDER BY p0.sort_key DESC LIMIT ?");
        args.add(limit);
        return new SearchQuery(sql.toString(), args);
    }

    /** single characters only: the searchable texts newest first (those holding the rarest character's terms when they are few) */
    private static SearchQuery characters(DecisionSearch search, List<String> characters, List<String> checked, TermFrequencies frequencies,
                                          int limit) {
        StringBuilder sql = new StringBuilder("SELECT MOD(t.sort_key, " + SearchIndex.ID_RANGE + ") FROM disclosure_search t WHERE 1 = 1");
        List<Object> args = new ArrayList<>();
        String rarest = characters.stream().min(Comparator.comparingLong(frequencies::postingsOfCharacter)).orElseThrow();
        if (frequencies.postingsOfCharacter(rarest) < TermFrequencies.CAP) {
            sql.append(" AND t.sort_key IN (SELECT s.sort_key FROM disclosure_posting s WHERE s.term = ? OR s.term LIKE ?)");
            args.add(rarest);
            args.add(rarest + "%");
        }
        range(search, "t.sort_key", sql, args);
        for (String word : checked) {
            sql.append(" AND t.search_text LIKE ?");
            args.add("%" + word + "%");
        }
        sql.append(" ORDER BY t.sort_key DESC LIMIT ?");
        args.add(limit);
        return new SearchQuery(sql.toString(), args);
    }

    /** the decision-date range as a sort-key range */
    private static void range(DecisionSearch search, String column, StringBuilder sql, List<Object> args) {
        if (search.from() != null) {
            sql.append(" AND ").append(column).append(" >= ?");
            args.add(SearchIndex.day(search.from()) * SearchIndex.ID_RANGE);
        }
        if (search.to() != null) {
            sql.append(" AND ").append(column).append(" < ?");
            args.add(SearchIndex.day(search.to().plusDays(1)) * SearchIndex.ID_RANGE);
        }
    }

    private static SearchQuery withoutKeyword(DecisionSearch search, String agency, String category, int limit) {
        StringBuilder where = new StringBuilder(" WHERE d.status = 'PUBLISHED'");
        List<Object> args = new ArrayList<>();
        if (search.from() != null) {
            where.append(" AND d.decided_on >= ?");
            args.add(java.sql.Date.valueOf(search.from()));
        }
        if (search.to() != null) {
            where.append(" AND d.decided_on <= ?");
            args.add(java.sql.Date.valueOf(search.to()));
        }
        if (agency != null) {
            where.append(" AND d.agency = ?");
            args.add(agency);
        }
        if (category != null) {
            where.append(" AND d.category = ?");
            args.add(category);
        }
        args.add(limit);
        return new SearchQuery("SELECT d.id FROM disclosure d" + where + " ORDER BY d.decided_on DESC, d.id DESC LIMIT ?", args);
    }
}
