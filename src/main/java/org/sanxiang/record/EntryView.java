package org.sanxiang.record;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One entry as the REST API and the case-file page show it.
 *
 * @param seq           its number in the case's record
 * @param kind          the kind (stable ASCII) and {@code kindName} its Chinese name
 * @param actor         who (user id, or system)
 * @param at            when, Beijing time
 * @param details       what, as recorded
 * @param hashAlgorithm SM3 or SHA-256
 * @param prevHash      the previous entry's hash (null for the first)
 * @param entryHash     this entry's hash
 * @param summary       the entry in Chinese as people read it (names, labels, Beijing time): added for reading, the
 *                      fields above stay the record's contract
 */
public record EntryView(int seq, String kind, String kindName, String actor, String at, JsonNode details, String hashAlgorithm,
                        String prevHash, String entryHash, String summary) {

    static final DateTimeFormatter BEIJING = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    static EntryView of(RecordEntry entry, EntrySummary summary) {
        JsonNode details;
        try {
            details = RecordWriter.CANONICAL.readTree(entry.details());
        } catch (JsonProcessingException e) {
            details = RecordWriter.CANONICAL.getNodeFactory().textNode(entry.details());
        }
        return new EntryView(entry.seq(), entry.kind(), RecordKinds.name(entry.kind()), entry.actor(),
            BEIJING.format(Instant.ofEpochMilli(entry.occurredAt())), details, entry.hashAlgorithm(), entry.prevHash(), entry.entryHash(),
            summary.plain());
    }
}
