package org.sanxiang.record;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import com.fasterxml.jackson.core.io.JsonStringEncoder;

/**
 * One entry of a case's record as stored. Its canonical form is a JSON object with the members in
 * this order: {@code case, seq, kind, actor, at, details}; {@code details} is the stored canonical
 * JSON (keys sorted). The chained "entry" is canonical form ‖ previous entry's hash (raw bytes,
 * nothing for the first): {@code entryHash = H(entry)} and the Merkle leaf is {@code H(0x00 ‖ entry)}.
 */
public record RecordEntry(long id, String caseNumber, int seq, String kind, String actor, long occurredAt,
                          String details, String hashAlgorithm, String prevHash, String entryHash) {

    public String canonical() {
        return canonical(caseNumber, seq, kind, actor, occurredAt, details);
    }

    public static String canonical(String caseNumber, int seq, String kind, String actor, long occurredAt, String details) {
        return "{\"case\":" + quote(caseNumber) + ",\"seq\":" + seq + ",\"kind\":" + quote(kind) + ",\"actor\":" + quote(actor)
            + ",\"at\":" + quote(Instant.ofEpochMilli(occurredAt).toString()) + ",\"details\":" + details + "}";
    }

    /** canonical form ‖ previous hash: what the chain hash and the Merkle leaf cover */
    public byte[] chained() {
        return chained(canonical(), prevHash);
    }

    static byte[] chained(String canonical, String prevHash) {
        byte[] text = canonical.getBytes(StandardCharsets.UTF_8);
        byte[] previous = RecordHash.unhex(prevHash);
        byte[] all = new byte[text.length + previous.length];
        System.arraycopy(text, 0, all, 0, text.length);
        System.arraycopy(previous, 0, all, text.length, previous.length);
        return all;
    }

    /** the hash this entry should have, recomputed from its columns */
    public String recomputedHash() {
        return RecordHash.hex(RecordHash.named(hashAlgorithm).hash(chained()));
    }

    private static String quote(String value) {
        return value == null ? "null" : "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
    }
}
