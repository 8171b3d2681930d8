package org.sanxiang.disclosure;

import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * How many postings a search term has, counted up to {@link #CAP} from the index and remembered for
 * a while on this node: a search reads the rarest term's postings first. The figures only choose
 * the order of a join; a stale one (another node published since) makes a search slower, never
 * different.
 */
@Component
class TermFrequencies {

    /** counting stops here: a term this common is read newest first and finds its page early */
    static final int CAP = 50_000;
    static final int REMEMBERED = 20_000;
    static final Duration KEPT = Duration.ofMinutes(10);

    private record Count(long postings, long countedAt) {
    }

    private final JdbcTemplate jdbc;
    private final Map<String, Count> counts = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Count> eldest) {
            return size() > REMEMBERED;
        }
    };

    TermFrequencies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** the distinct terms, rarest first */
    List<String> rarestFirst(List<String> terms) {
        return new LinkedHashSet<>(terms).stream().sorted(Comparator.comparingLong(this::postings)).toList();
    }

    /** the postings of the term, at most {@link #CAP} */
    long postings(String term) {
        return count(term, "SELECT COUNT(*) FROM (SELECT 1 FROM disclosure_posting WHERE term = ? LIMIT " + CAP + ") p", term);
    }

    /** the postings of the terms a single character is in (the bigrams it starts and a word's last character), at most {@link #CAP} */
    long postingsOfCharacter(String character) {
        return count(character + "*", "SELECT COUNT(*) FROM (SELECT 1 FROM disclosure_posting WHERE term = ? OR term LIKE ? LIMIT " + CAP
            + ") p", character, character + "%");
    }

    private long count(String key, String sql, Object... args) {
        long now = System.nanoTime();
        synchronized (counts) {
            Count known = counts.get(key);
            if (known != null && now - known.countedAt() < KEPT.toNanos()) {
                return known.postings();
            }
        }
        Long n = jdbc.queryForObject(sql, Long.class, args);
        long postings = n == null ? 0 : n;
        synchronized (counts) {
            counts.put(key, new Count(postings, now));
        }
        return postings;
    }
}
