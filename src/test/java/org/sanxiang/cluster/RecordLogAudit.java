package org.sanxiang.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sanxiang.record.CheckpointNote;
import org.sanxiang.record.MerkleTree;
import org.sanxiang.record.RecordEntry;
import org.sanxiang.record.RecordHash;
import org.sanxiang.signature.BouncyCastle;

/**
 * The full-process record written by two nodes at once, audited from the database and the REST
 * API: every step of every case on the record exactly once (the steps in Camunda's history each
 * have their one entry, no entry twice), each case's chain without gap and valid (recomputed here
 * and by {@code /api/record/{case}/verification}), every entry exactly once in the global log with
 * indexes 0..n-1 and the leaf hash of its entry, the Merkle tree rebuilt here from all entries
 * having the root of the latest checkpoint, every checkpoint signed with the agency's key (read
 * from the cluster's keystore) and having the root of the log's prefix of its size, every two
 * successive checkpoints linked by a valid consistency proof from the public API, and the
 * inclusion proofs of sampled entries valid against the latest checkpoint.
 */
final class RecordLogAudit {

    /** the record's hash in the nodes' default configuration (sanxiang.record.crypto=sm) */
    private static final RecordHash HASH = RecordHash.SM3;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** the steps that name what they are about: each must be on its case's record exactly once */
    private static final Map<String, String> KEYED = Map.of(
        "TASK_CREATED", "taskId", "TASK_COMPLETED", "taskId", "TASK_CANCELLED", "taskId",
        "PROCESS_STARTED", "processInstanceId", "PROCESS_ENDED", "processInstanceId");
    private static final int SAMPLED_INCLUSION_PROOFS = 12;
    /** cases whose chains both nodes append to at once, and how many retrievals each gets at once */
    private static final int CONTENDED_CASES = 4;
    private static final int RETRIEVALS_AT_ONCE = 8;

    private final ClusterDatabase database;
    private final Traffic traffic;
    private final Figures figures;
    private final Path keystore;
    private final List<AppNode> nodes;
    private final Random random = new Random(11);
    private int audits;

    RecordLogAudit(ClusterDatabase database, Traffic traffic, Figures figures, Path keystore, List<AppNode> nodes) {
        this.database = database;
        this.traffic = traffic;
        this.figures = figures;
        this.keystore = keystore;
        this.nodes = nodes;
    }

    /** the whole audit; the driven cases' chains are verified over REST first (each verification is itself an entry) */
    void everyStepOnceInOneConsistentLog(Collection<String> caseNumbers) {
        long start = System.nanoTime();
        audits++;
        Set<String> contendedPurposes = retrievalsAtOnceOnBothNodes(caseNumbers);
        int lane = 0;
        for (String caseNumber : caseNumbers) {
            Map<String, Object> verification = traffic.read(lane++, "/api/record/" + caseNumber + "/verification?purpose=cluster-audit").json();
            assertThat(verification).as("verification of the record of %s", caseNumber).containsEntry("valid", true);
        }
        Map<String, Object> issued = traffic.issueCheckpoint(lane);
        List<RecordEntry> entries = entries();
        stepsRecordedOnce(entries, caseNumbers);
        Map<String, Long> retrievals = entries.stream().filter(e -> "RETRIEVAL".equals(e.kind()))
            .map(e -> details(e).path("purpose").asText()).filter(contendedPurposes::contains)
            .collect(Collectors.groupingBy(p -> p, TreeMap::new, Collectors.counting()));
        assertThat(retrievals).as("retrievals of one case by both nodes at once: each recorded once")
            .isEqualTo(contendedPurposes.stream().collect(Collectors.toMap(p -> p, p -> 1L, (a, b) -> a, TreeMap::new)));
        chainsWithoutGaps(entries);
        List<byte[]> leaves = logHoldsEveryEntryOnce(entries);

        Map<String, Object> latest = traffic.read(lane, null, "/api/public/record/checkpoints/latest").json();
        long size = number(latest.get("treeSize"));
        assertThat(size).as("size of the latest checkpoint (all entries, none after the audit's checkpoint)")
            .isEqualTo(number(issued.get("treeSize"))).isEqualTo(leaves.size());
        Prefixes tree = new Prefixes(leaves);
        assertThat(hex(tree.root(size))).as("root of the tree rebuilt from all entries = latest checkpoint's").isEqualTo(latest.get("rootHash"));

        List<Map<String, Object>> checkpoints = checkpoints(lane, size);
        PublicKey agency = agencyKey();
        for (Map<String, Object> checkpoint : checkpoints) {
            checkpointSignedAndTrue(checkpoint, agency, tree);
        }
        for (int i = 1; i < checkpoints.size(); i++) {
            successiveCheckpointsConsistent(lane + i, checkpoints.get(i - 1), checkpoints.get(i));
        }
        sampledInclusionProofs(lane, entries, leaves, size, (String) latest.get("rootHash"));
        figures.note("record: entries, all in the log once", entries.size());
        figures.note("record: checkpoints, each signed and consistent with the one before", checkpoints.size());
        figures.note("record: audit (REST verifications and proofs included) in", java.time.Duration.ofNanos(System.nanoTime() - start));
    }

    /**
     * Both nodes append to the same cases' chains at once: each of a few cases is read (a retrieval,
     * itself an entry) by several requests at the same moment, half through each serving node. Each
     * request must succeed (the second append to a chain meets the unique (case, seq) and appends
     * after the first); returns the purposes given, each of which must be on the record once.
     */
    private Set<String> retrievalsAtOnceOnBothNodes(Collection<String> caseNumbers) {
        List<AppNode> serving = nodes.stream().filter(AppNode::serving).toList();
        List<String> contended = caseNumbers.stream().sorted().limit(CONTENDED_CASES).toList();
        Set<String> purposes = new TreeSet<>();
        java.util.concurrent.ExecutorService readers = java.util.concurrent.Executors.newFixedThreadPool(RETRIEVALS_AT_ONCE);
        try {
            for (String caseNumber : contended) {
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<NodeCall.Response>> reads = new ArrayList<>();
                for (int i = 0; i < RETRIEVALS_AT_ONCE; i++) {
                    AppNode node = serving.get(i % serving.size());
                    String purpose = "cluster-audit-" + audits + "-at-once-" + caseNumber + "-" + i;
                    purposes.add(purpose);
                    reads.add(readers.submit(() -> {
                        go.await();
                        return NodeCall.get(node, Traffic.ADMIN, "/api/record/" + caseNumber + "?purpose=" + purpose);
                    }));
                }
                go.countDown();
                for (java.util.concurrent.Future<NodeCall.Response> read : reads) {
                    NodeCall.Response response = read.get(NodeCall.REQUEST_TIMEOUT.toSeconds() + 10, java.util.concurrent.TimeUnit.SECONDS);
                    assertThat(response.ok()).as("a retrieval of %s at the same time as others on both nodes: %s", caseNumber, response).isTrue();
                }
            }
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new AssertionError("a retrieval at once on both nodes failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } finally {
            readers.shutdownNow();
        }
        figures.note("record: retrievals at once on both nodes (cases x requests)", contended.size() + " x " + RETRIEVALS_AT_ONCE);
        return purposes;
    }

    private List<RecordEntry> entries() {
        return database.rows("SELECT id, case_number, seq, kind, actor, occurred_at, details, hash_algorithm, prev_hash, entry_hash "
                + "FROM record_entry ORDER BY id").stream()
            .map(r -> new RecordEntry(number(r.get("id")), (String) r.get("case_number"), (int) number(r.get("seq")), (String) r.get("kind"),
                (String) r.get("actor"), number(r.get("occurred_at")), (String) r.get("details"), (String) r.get("hash_algorithm"),
                (String) r.get("prev_hash"), (String) r.get("entry_hash")))
            .toList();
    }

    /**
     * Every process instance and user task of the driven cases in Camunda's history has exactly one
     * entry for each of its steps (started, ended; created, completed or cancelled), there is no
     * such entry about anything else, and no two entries of a case are the same step (same kind,
     * actor, time and details).
     */
    private void stepsRecordedOnce(List<RecordEntry> entries, Collection<String> caseNumbers) {
        Set<String> cases = Set.copyOf(caseNumbers);
        Map<String, Long> recorded = new TreeMap<>();
        Map<String, Long> sameStep = new HashMap<>();
        for (RecordEntry entry : entries) {
            sameStep.merge(entry.caseNumber() + "|" + entry.kind() + "|" + entry.actor() + "|" + entry.occurredAt() + "|" + entry.details(), 1L, Long::sum);
            String key = KEYED.get(entry.kind());
            if (key != null && cases.contains(entry.caseNumber())) {
                recorded.merge(entry.caseNumber() + " " + entry.kind() + " " + details(entry).path(key).asText(), 1L, Long::sum);
            }
        }
        assertThat(sameStep.entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList())
            .as("steps recorded twice (same case, kind, actor, time and details)").isEmpty();

        Map<String, Long> expected = new TreeMap<>();
        for (Map<String, Object> p : database.rows("SELECT ID_ AS id, BUSINESS_KEY_ AS bk, END_TIME_ AS ended FROM ACT_HI_PROCINST")) {
            if (cases.contains((String) p.get("bk"))) {
                expected.put(p.get("bk") + " PROCESS_STARTED " + p.get("id"), 1L);
                if (p.get("ended") != null) {
                    expected.put(p.get("bk") + " PROCESS_ENDED " + p.get("id"), 1L);
                }
            }
        }
        for (Map<String, Object> t : database.rows("SELECT t.ID_ AS id, p.BUSINESS_KEY_ AS bk, t.END_TIME_ AS ended, t.DELETE_REASON_ AS reason "
                + "FROM ACT_HI_TASKINST t JOIN ACT_HI_PROCINST p ON p.PROC_INST_ID_ = t.PROC_INST_ID_")) {
            if (cases.contains((String) t.get("bk"))) {
                expected.put(t.get("bk") + " TASK_CREATED " + t.get("id"), 1L);
                if (t.get("ended") != null) {
                    expected.put(t.get("bk") + (("completed".equals(t.get("reason"))) ? " TASK_COMPLETED " : " TASK_CANCELLED ") + t.get("id"), 1L);
                }
            }
        }
        assertThat(recorded).as("entries per step of the driven cases (Camunda's history: each process and task step once)").isEqualTo(expected);
    }

    /** per case: seq 1..n, each entry's hash recomputed from its columns, each linked to the one before */
    private void chainsWithoutGaps(List<RecordEntry> entries) {
        Map<String, List<RecordEntry>> byCase = entries.stream().collect(Collectors.groupingBy(RecordEntry::caseNumber, TreeMap::new, Collectors.toList()));
        List<String> broken = new ArrayList<>();
        byCase.forEach((caseNumber, chain) -> {
            chain = chain.stream().sorted(java.util.Comparator.comparingInt(RecordEntry::seq)).toList();
            String previous = null;
            for (int i = 0; i < chain.size(); i++) {
                RecordEntry entry = chain.get(i);
                if (entry.seq() != i + 1 || !java.util.Objects.equals(entry.prevHash(), previous)
                    || !entry.recomputedHash().equals(entry.entryHash())) {
                    broken.add(caseNumber + " #" + entry.seq() + " (position " + (i + 1) + ")");
                    break;
                }
                previous = entry.entryHash();
            }
        });
        assertThat(broken).as("case chains with a gap, a fork or an altered entry").isEmpty();
    }

    /** the log's leaves: indexes 0..n-1, each entry exactly once, each leaf H(0x00 ‖ its entry); returns the leaf hashes in order */
    private List<byte[]> logHoldsEveryEntryOnce(List<RecordEntry> entries) {
        Map<Long, RecordEntry> byId = entries.stream().collect(Collectors.toMap(RecordEntry::id, e -> e));
        List<Map<String, Object>> rows = database.rows("SELECT log_index, entry_id, leaf_hash FROM record_leaf ORDER BY log_index");
        List<byte[]> leaves = new ArrayList<>();
        Set<Long> inLog = new TreeSet<>();
        List<String> wrong = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            long index = number(row.get("log_index"));
            long entryId = number(row.get("entry_id"));
            RecordEntry entry = byId.get(entryId);
            byte[] leaf = entry == null ? null : RecordHash.named(entry.hashAlgorithm()).leaf(entry.chained());
            if (index != leaves.size() || !inLog.add(entryId) || leaf == null || !hex(leaf).equals(row.get("leaf_hash"))) {
                wrong.add("index " + index + " (expected " + leaves.size() + "), entry " + entryId);
            }
            leaves.add(leaf == null ? HexFormat.of().parseHex((String) row.get("leaf_hash")) : leaf);
        }
        assertThat(wrong).as("leaves out of place, twice, of no entry or not its entry's hash").isEmpty();
        assertThat(inLog).as("entries in the log (every entry once)").isEqualTo(new TreeSet<>(byId.keySet()));
        return leaves;
    }

    private List<Map<String, Object>> checkpoints(int lane, long upTo) {
        List<Map<String, Object>> all = new ArrayList<>();
        long from = 1;
        while (true) {
            List<Map<String, Object>> page = traffic.read(lane, null, "/api/public/record/checkpoints?from=" + from + "&to=" + upTo).jsonList();
            all.addAll(page);
            if (page.size() < 1000) {
                return all;
            }
            from = number(page.get(page.size() - 1).get("treeSize")) + 1;
        }
    }

    /** the note is the agency's signature (checked here with the keystore's public key) over exactly the checkpoint's size and root, which are the log's */
    private void checkpointSignedAndTrue(Map<String, Object> checkpoint, PublicKey agency, Prefixes tree) {
        long size = number(checkpoint.get("treeSize"));
        String note = (String) checkpoint.get("note");
        CheckpointNote parsed = CheckpointNote.parse(note);
        assertThat(parsed).as("checkpoint %s: a C2SP signed note", size).isNotNull();
        String body = note.substring(0, note.indexOf("\n\n") + 1);
        assertThat(body).as("checkpoint %s: body", size)
            .isEqualTo(parsed.origin() + "\n" + size + "\n" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex((String) checkpoint.get("rootHash"))) + "\n");
        try {
            Signature signature = Signature.getInstance(BouncyCastle.signatureAlgorithm(agency), BouncyCastle.PROVIDER);
            signature.initVerify(agency);
            signature.update(body.getBytes(StandardCharsets.UTF_8));
            assertThat(signature.verify(parsed.signature())).as("checkpoint %s: signature by the agency's key", size).isTrue();
        } catch (GeneralSecurityException e) {
            throw new AssertionError("checkpoint " + size + ": signature unreadable", e);
        }
        assertThat(parsed.verify(List.of(agency))).as("checkpoint %s: key id and signature", size).isTrue();
        assertThat(hex(tree.root(size))).as("checkpoint %s: root of the first %s entries of the log", size, size).isEqualTo(checkpoint.get("rootHash"));
    }

    private void successiveCheckpointsConsistent(int lane, Map<String, Object> older, Map<String, Object> newer) {
        long from = number(older.get("treeSize"));
        long to = number(newer.get("treeSize"));
        Map<String, Object> proof = traffic.read(lane, null, "/api/public/record/consistency-proof?from=" + from + "&to=" + to).json();
        @SuppressWarnings("unchecked")
        List<byte[]> path = ((List<String>) proof.get("proof")).stream().map(Base64.getDecoder()::decode).toList();
        assertThat(MerkleTree.verifyConsistency(HASH, from, to, HexFormat.of().parseHex((String) older.get("rootHash")),
            HexFormat.of().parseHex((String) newer.get("rootHash")), path))
            .as("consistency proof from checkpoint %s to checkpoint %s", from, to).isTrue();
    }

    /** the first and last entries and some in between: the log's proof leads from the entry to the latest checkpoint's root */
    private void sampledInclusionProofs(int lane, List<RecordEntry> entries, List<byte[]> leaves, long size, String rootHex) {
        Set<Long> indexes = new TreeSet<>(List.of(0L, size - 1));
        while (indexes.size() < Math.min(size, SAMPLED_INCLUSION_PROOFS)) {
            indexes.add((long) random.nextInt((int) size));
        }
        for (long index : indexes) {
            Map<String, Object> proof = traffic.read(lane++, "/api/record/entries/" + index + "/inclusion-proof?treeSize=" + size).json();
            assertThat(proof.get("leafHash")).as("leaf %s", index).isEqualTo(hex(leaves.get((int) index)));
            assertThat(hex(Base64.getDecoder().decode((String) proof.get("rootHash")))).as("root of the proof of %s", index).isEqualTo(rootHex);
            @SuppressWarnings("unchecked")
            List<byte[]> path = ((List<String>) proof.get("path")).stream().map(Base64.getDecoder()::decode).toList();
            assertThat(MerkleTree.verifyInclusion(HASH, index, size, leaves.get((int) index), path, HexFormat.of().parseHex(rootHex)))
                .as("inclusion proof of entry %s in the checkpoint of %s", index, size).isTrue();
        }
    }

    /** the agency's public key as the keystore holds it: the certificate of the SM2 signing key (alias sm2-signing) */
    private PublicKey agencyKey() {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
            store.load(in, AppNode.KEYSTORE_PASSWORD.toCharArray());
            return store.getCertificate("sm2-signing").getPublicKey();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode details(RecordEntry entry) {
        try {
            return JSON.readTree(entry.details());
        } catch (JsonProcessingException e) {
            throw new AssertionError("details of entry " + entry.id() + " not JSON", e);
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    /** RFC 9162 Merkle tree hashes of the log's prefixes, computed here from the leaves; complete subtrees remembered */
    private static final class Prefixes {
        private final List<byte[]> leaves;
        private final Map<String, byte[]> complete = new HashMap<>();

        Prefixes(List<byte[]> leaves) {
            this.leaves = leaves;
        }

        byte[] root(long size) {
            return range(0, (int) size);
        }

        private byte[] range(int lo, int hi) {
            int n = hi - lo;
            if (n == 1) {
                return leaves.get(lo);
            }
            boolean whole = Integer.bitCount(n) == 1;
            String key = lo + "-" + hi;
            if (whole && complete.containsKey(key)) {
                return complete.get(key);
            }
            int k = Integer.highestOneBit(n - 1);
            byte[] node = HASH.node(range(lo, lo + k), range(lo + k, hi));
            if (whole) {
                complete.put(key, node);
            }
            return node;
        }
    }
}
