package org.sanxiang.disclosure;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL that finds the ids of the published decisions a search matches, newest decision first,
 * at most {@code limit} of them.
 * <ul>
 * <li>With a keyword of two or more characters: the postings of its terms (bigrams, whole runs of
 * digits) joined on the sort key, the rarest term's read newest first (its decision-date range
 * bounding them) so the join stops at the limit; a word of three or more characters, a single
 * character, the agency and the category are checked on the decision row (the terms do not say that
 * the characters are adjacent). A word of two characters is exactly its bigram's postings: no row
 * is read for it.</li>
 * <li>With single characters only: the decisions holding the rarest one's terms when they are few,
 * otherwise the decisions newest first, each checked.</li>
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
                SearchIndex.grams(word).stream().filter(g -> g.length() == 2).forEach(terms::add);
                terms.addAll(SearchIndex.runs(word, true));
            }
            if (word.length() != 2) {
                checked.add(word);
            }
        }
        StringBuilder rowConditions = new StringBuilder();
        List<Object> rowArgs = new ArrayList<>();
        for (String word : checked) {
            rowConditions.append(" AND d.search_text LIKE ?");
            rowArgs.add("%" + word + "%");
        }
        String agency = search.agency() == null || search.agency().isBlank() ? null : search.agency().strip();
        if (agency != null) {
            rowConditions.append(" AND d.agency = ?");
            rowArgs.add(agency);
        }
        if (search.category() != null) {
            rowConditions.append(" AND d.category = ?");
            rowArgs.add(search.category());
        }
        if (!terms.isEmpty()) {
            return withTerms(search, frequencies.rarestFirst(terms), rowConditions, rowArgs, straightJoin, limit);
        }
        StringBuilder where = new StringBuilder(" WHERE d.status = 'PUBLISHED'");
        List<Object> args = new ArrayList<>();
        if (!characters.isEmpty()) {
            String rarest = characters.stream().min(java.util.Comparator.comparingLong(frequencies::postingsOfCharacter)).orElseThrow();
            if (frequencies.postingsOfCharacter(rarest) < TermFrequencies.CAP) {
                where.append(" AND d.id IN (SELECT MOD(s.sort_key, ").append(SearchIndex.ID_RANGE)
                    .append(") FROM disclosure_posting s WHERE s.term = ? OR s.term LIKE ?)");
                args.add(rarest);
                args.add(rarest + "%");
            }
        }
        if (search.from() != null) {
            where.append(" AND d.decided_on >= ?");
            args.add(java.sql.Date.valueOf(search.from()));
        }
        if (search.to() != null) {
            where.append(" AND d.decided_on <= ?");
            args.add(java.sql.Date.valueOf(search.to()));
        }
        args.addAll(rowArgs);
        args.add(limit);
        return new SearchQuery("SELECT d.id FROM disclosure d" + where + rowConditions + " ORDER BY d.decided_on DESC, d.id DESC LIMIT ?",
            args);
    }

    private static SearchQuery withTerms(DecisionSearch search, List<String> terms, StringBuilder rowConditions, List<Object> rowArgs,
                                         boolean straightJoin, int limit) {
        String id = "MOD(p0.sort_key, " + SearchIndex.ID_RANGE + ")";
        StringBuilder sql = new StringBuilder("SELECT ").append(straightJoin ? "STRAIGHT_JOIN " : "").append(id)
            .append(" FROM disclosure_posting p0");
        List<Object> args = new ArrayList<>();
        for (int i = 1; i < terms.size(); i++) {
            sql.append(" JOIN disclosure_posting p").append(i).append(" ON p").append(i).append(".term = ? AND p").append(i)
                .append(".sort_key = p0.sort_key");
            args.add(terms.get(i));
        }
        if (!rowConditions.isEmpty()) {
            sql.append(" JOIN disclosure d ON d.id = ").append(id);
        }
        sql.append(" WHERE p0.term = ?");
        args.add(terms.get(0));
        if (search.from() != null) {
            sql.append(" AND p0.sort_key >= ?");
            args.add(SearchIndex.day(search.from()) * SearchIndex.ID_RANGE);
        }
        if (search.to() != null) {
            sql.append(" AND p0.sort_key < ?");
            args.add(SearchIndex.day(search.to().plusDays(1)) * SearchIndex.ID_RANGE);
        }
        if (!rowConditions.isEmpty()) {
            sql.append(" AND d.status = 'PUBLISHED'").append(rowConditions);
            args.addAll(rowArgs);
        }
        sql.append(" ORDER BY p0.sort_key DESC LIMIT ?");
        args.add(limit);
        return new SearchQuery(sql.toString(), args);
    }
}
