package org.sanxiang.disclosure;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The search index of published decisions in the database (table {@code disclosure_gram}): the
 * distinct character bigrams of each decision's searchable text, so that a Chinese keyword is found
 * by index lookups on every node of a cluster the moment the publication commits. MariaDB's
 * FULLTEXT does not segment Chinese, and {@code LIKE '%…%'} alone reads the whole table.
 */
@Component
class SearchIndex {

    private final JdbcTemplate jdbc;

    SearchIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void index(long disclosureId, String text) {
        remove(disclosureId);
        List<Object[]> rows = new ArrayList<>();
        grams(text).forEach(gram -> rows.add(new Object[] {gram, disclosureId}));
        jdbc.batchUpdate("INSERT INTO disclosure_gram (gram, disclosure_id) VALUES (?, ?)", rows);
    }

    void remove(long disclosureId) {
        jdbc.update("DELETE FROM disclosure_gram WHERE disclosure_id = ?", disclosureId);
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
            boolean kept = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                || (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN && !Character.isSurrogate(c));
            if (kept) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        return out.toString().strip();
    }

    /** each distinct bigram of each word of the normalized text, and each word's last character */
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
        }
        return grams;
    }
}
