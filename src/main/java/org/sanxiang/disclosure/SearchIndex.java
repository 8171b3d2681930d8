package org.sanxiang.disclosure;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The search index of published decisions in the database (table {@code disclosure_posting}): the
 * distinct terms of each decision's searchable text (character bigrams, each word's last character,
 * and whole runs of letters and digits) and of its agency and category ({@link #agencyTerm},
 * {@link #categoryTerm}), each with the decision's sort key, so that a Chinese keyword with its filters
 * is found by index lookups, newest decision first, on every node of a cluster the moment the
 * publication commits; beside it the searchable text alone by sort key (table
 * {@code disclosure_search}), so that a longer word is checked without reading the decision's row.
 * MariaDB's FULLTEXT does not segment Chinese, and {@code LIKE '%…%'} alone reads the whole table.
 */
@Component
class SearchIndex {

    /** ids below 2^35 fit beside the decision date in a sort key */
    static final long ID_RANGE = 1L << 35;
    /** longer runs of letters and digits get no term of their own */
    static final int MAX_RUN = 31;
    /** the longest agency or category a filter term holds whole (the term column holds 32 characters) */
    static final int MAX_FILTER = 30;

    private final JdbcTemplate jdbc;

    SearchIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void index(long disclosureId, LocalDate decidedOn, String agency, String category, String text) {
        long key = sortKey(decidedOn, disclosureId);
        remove(disclosureId, decidedOn);
        List<Object[]> rows = new ArrayList<>();
        grams(text).forEach(term -> rows.add(new Object[] {term, key}));
        rows.add(new Object[] {agencyTerm(agency), key});
        rows.add(new Object[] {categoryTerm(category), key});
        jdbc.batchUpdate("INSERT INTO disclosure_posting (term, sort_key) VALUES (?, ?)", rows);
        jdbc.update("INSERT INTO disclosure_search (sort_key, search_text) VALUES (?, ?)", key, text == null ? "" : text);
    }

    void remove(long disclosureId, LocalDate decidedOn) {
        long key = sortKey(decidedOn, disclosureId);
        jdbc.update("DELETE FROM disclosure_posting WHERE sort_key = ?", key);
        jdbc.update("DELETE FROM disclosure_search WHERE sort_key = ?", key);
    }

    /**
     * The term of an agency: "@a" and its first {@link #MAX_FILTER} characters (a searchable text never
     * holds "@"); a longer agency is also checked on the decision's row ({@link #filterIsWhole}).
     */
    static String agencyTerm(String agency) {
        return "@a" + filterValue(agency);
    }

    /** the term of a category: "@c" and its first {@link #MAX_FILTER} characters */
    static String categoryTerm(String category) {
        return "@c" + filterValue(category);
    }

    static boolean filterIsWhole(String value) {
        return value.codePointCount(0, value.length()) <= MAX_FILTER;
    }

    /** the first {@link #MAX_FILTER} characters (code points, as the database's SUBSTRING counts them) */
    private static String filterValue(String value) {
        String v = value == null ? "" : value;
        return filterIsWhole(v) ? v : v.substring(0, v.offsetByCodePoints(0, MAX_FILTER));
    }

    /** results are ordered by decision date, then id, both descending: so are sort keys */
    static long sortKey(LocalDate decidedOn, long id) {
        return day(decidedOn) * ID_RANGE + id;
    }

    /** the first sort key of a day */
    static long day(LocalDate date) {
        return date.getYear() * 10_000L + date.getMonthValue() * 100L + date.getDayOfMonth();
    }

    /** what a published decision is searched by: its title, its 文号 and its published text, normalized */
    static String searchText(String title, String decisionNumber, String publishedText) {
        return normalize(title + " " + decisionNumber + " " + publishedText);
    }

    /**
     * The text as it is searched: full-width forms folded (NFKC), lower case, and every character
     * that is neither a CJK ideograph of the basic plane nor an ASCII letter or digit a separator
     * (a single space).
     */
    static String normalize(String text) {
        String folded = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = true;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (alphanumeric(c) || (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && !Character.isSurrogate(c))) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }

    /** each distinct bigram of each word of the normalized text, each word's last character and each run's term */
    static Set<String> grams(String text) {
        Set<String> grams = new LinkedHashSet<>();
        for (String word : normalize(text).split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            for (int i = 0; i + 1 < word.length(); i++) {
                grams.add(word.substring(i, i + 2));
            }
            grams.add(word.substring(word.length() - 1));
            grams.addAll(runs(word, false));
        }
        return grams;
    }

    /**
     * The terms ("#" and the run) of the word's runs of two or more letters and digits; with
     * {@code enclosed}, only of those with a Chinese character on both sides in the word (in a
     * search word: the run is whole, as in 第39535号, not the end of a longer one).
     */
    static List<String> runs(String word, boolean enclosed) {
        List<String> runs = new ArrayList<>();
        int i = 0;
        while (i < word.length()) {
            if (!alphanumeric(word.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < word.length() && alphanumeric(word.charAt(i))) {
                i++;
            }
            boolean whole = !enclosed || (start > 0 && i < word.length());
            if (i - start >= 2 && i - start <= MAX_RUN && whole) {
                runs.add("#" + word.substring(start, i));
            }
        }
        return runs;
    }

    private static boolean alphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }
}
