package org.sanxiang.record;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends steps to their cases' hash chains, in the caller's transaction (there is no other
 * write path: no UPDATE or DELETE of the record anywhere in the application). Two transactions
 * appending to one case at once (two nodes, or two requests on one): the second meets the unique
 * (case, seq) and appends after the first. A case's steps of one transaction go in as one INSERT
 * statement, which the database applies whole or not at all: the entry that meets another's seq
 * is always the first (both read the same head), and a batch would go on and insert the steps
 * after it, forking the chain and recording them twice on the retry.
 */
@Component
class RecordWriter {

    static final ObjectMapper CANONICAL = JsonMapper.builder()
        .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build();

    /**
     * Each attempt that meets another's seq means that another transaction's entries of the case
     * committed first (or the attempt waits until they do): the attempts a step needs are bounded
     * by the transactions appending to its case at once (8 at once on two nodes in ClusterIT).
     */
    private static final int ATTEMPTS = 100;

    private final JdbcTemplate jdbc;
    private final RecordSettings settings;
    private final Timer timer;

    RecordWriter(JdbcTemplate jdbc, RecordSettings settings, ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.settings = settings;
        MeterRegistry registry = meters.getIfAvailable();
        this.timer = registry == null ? null : Timer.builder("sanxiang.record.write")
            .description("time spent writing record entries in the steps' transactions").register(registry);
    }

    /** writes the steps (in order) to their cases' chains; fails, and so fails the transaction, when it cannot */
    void write(List<Step> steps) {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("a record entry is written only in the transaction of its step");
        }
        long start = System.nanoTime();
        Map<String, List<Step>> byCase = new LinkedHashMap<>();
        for (Step step : steps) {
            byCase.computeIfAbsent(step.caseNumber(), c -> new ArrayList<>()).add(step);
        }
        byCase.forEach(this::writeCase);
        if (timer != null) {
            timer.record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }

    private void writeCase(String caseNumber, List<Step> steps) {
        for (int attempt = 1; ; attempt++) {
            try {
                insert(caseNumber, steps);
                return;
            } catch (DuplicateKeyException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private void insert(String caseNumber, List<Step> steps) {
        RecordHash hash = settings.hash();
        Head head = head(caseNumber);
        int seq = head.seq();
        String previous = head.entryHash();
        List<Object> values = new ArrayList<>();
        for (Step step : steps) {
            seq++;
            String details = json(step.details());
            String canonical = RecordEntry.canonical(caseNumber, seq, step.kind(), step.actor(), step.at(), details);
            String entryHash = RecordHash.hex(hash.hash(RecordEntry.chained(canonical, previous)));
            values.addAll(List.of(caseNumber, seq, step.kind(), step.actor(), step.at(), details, hash.label()));
            values.add(previous);
            values.add(entryHash);
            previous = entryHash;
        }
        // one statement, all rows or none (H2 and MariaDB): never a batch, which goes on after a failed row
        jdbc.update("INSERT INTO record_entry (case_number, seq, kind, actor, occurred_at, details, hash_algorithm, prev_hash, entry_hash) VALUES "
            + String.join(", ", Collections.nCopies(steps.size(), "(?, ?, ?, ?, ?, ?, ?, ?, ?)")), values.toArray());
    }

    /** the case's last entry as this transaction sees it (seq 0 and no hash before the first) */
    Head head(String caseNumber) {
        List<Map<String, Object>> last = jdbc.queryForList(
            "SELECT seq, entry_hash FROM record_entry WHERE case_number = ? ORDER BY seq DESC LIMIT 1", caseNumber);
        return last.isEmpty() ? new Head(0, null)
            : new Head(((Number) last.get(0).get("seq")).intValue(), (String) last.get(0).get("entry_hash"));
    }

    /** the end of a case's chain: its last seq and entry hash */
    record Head(int seq, String entryHash) {
    }

    static String json(Object value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("record details not serializable", e);
        }
    }
}
