package org.sanxiang.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.facts;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.record.RecordVerification.Breach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Whatever a database administrator changes in a case's record, its verification names the first entry that breaks and how. */
@EngineTest
class TamperDetectionTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    RecordEntries entries;
    @Autowired
    RecordVerifier verifier;
    @Autowired
    Checkpoints checkpoints;
    @Autowired
    MerkleLog log;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RecordSettings settings;

    Triggers triggers;
    String caseNumber;
    List<RecordEntry> record;

    @BeforeEach
    void aCaseUpToReviewInASignedCheckpoint() {
        caseNumber = new CaseFixture(engine).caseUpToReview(facts());
        checkpoints.issue();
        record = entries.ofCase(caseNumber);
        assertThat(verifier.verify(caseNumber).valid()).isTrue();
        triggers = new Triggers(jdbc);
        triggers.drop();
    }

    @AfterEach
    void triggersBack() {
        triggers.restore();
    }

    @Test
    void anUntouchedRecordIsValidAndCheckedAgainstTheCheckpoint() {
        RecordVerification verification = verifier.verify(caseNumber);
        assertThat(verification.valid()).isTrue();
        assertThat(verification.result()).isEqualTo("有效");
        assertThat(verification.notYetInCheckpoint()).isZero();
        assertThat(verification.checkpointSize()).isPositive();
    }

    @Test
    void anAlteredEntryIsReportedAsAltered() {
        jdbc.update("UPDATE record_entry SET actor = 'handler2' WHERE id = ?", record.get(2).id());

        assertProblem(3, Breach.ALTERED);
    }

    @Test
    void aDeletedEntryIsReportedAsMissing() {
        jdbc.update("DELETE FROM record_entry WHERE id = ?", record.get(4).id());

        assertProblem(5, Breach.MISSING);
    }

    @Test
    void twoSwappedEntriesAreReportedOutOfOrder() {
        RecordEntry a = record.get(3);
        RecordEntry b = record.get(4);
        jdbc.update("UPDATE record_entry SET case_number = 'swap', seq = -1 WHERE id = ?", a.id());
        overwrite(b.id(), a);
        overwrite(a.id(), b);

        assertProblem(4, Breach.OUT_OF_ORDER);
    }

    @Test
    void aTruncatedTailIsReportedAsMissing() {
        int n = record.size();
        jdbc.update("DELETE FROM record_entry WHERE id IN (?, ?)", record.get(n - 1).id(), record.get(n - 2).id());

        assertProblem(n - 1, Breach.MISSING);
    }

    @Test
    void aChainRewrittenConsistentlyWithItsLogIsCaughtByTheSignedCheckpoint() {
        List<Map<String, Object>> nodes = jdbc.queryForList("SELECT node_level, node_index, hash FROM record_node");
        try {
            rewriteFrom(2, "\"task\":\"investigate\"", "\"task\":\"investigate-forged\"");
            RecordVerification verification = verifier.verify(caseNumber);
            assertThat(verification.valid()).isFalse();
            assertThat(verification.problem().breach()).isEqualTo(Breach.ALTERED);
            assertThat(verification.problem().message()).contains("已签名检查点");
        } finally {
            jdbc.update("DELETE FROM record_node");
            jdbc.batchUpdate("INSERT INTO record_node (node_level, node_index, hash) VALUES (?, ?, ?)",
                nodes.stream().map(r -> new Object[] {r.get("node_level"), r.get("node_index"), r.get("hash")}).toList());
        }
    }

    @Test
    void aCheckpointSignedWithAnotherKeyIsReportedAsForged() throws Exception {
        long size = checkpoints.latest().orElseThrow().treeSize() + 1_000_000;
        KeyPair other = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        byte[] root = new byte[32];
        String body = CheckpointNote.body(settings.origin(), size, root);
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(other.getPrivate());
        signature.update(body.getBytes(StandardCharsets.UTF_8));
        CheckpointNote forged = new CheckpointNote(settings.origin(), size, root, settings.keyName(),
            CheckpointNote.keyId(settings.keyName(), other.getPublic()), signature.sign());
        jdbc.update("INSERT INTO record_checkpoint (tree_size, root_hash, issued_at, note) VALUES (?, ?, ?, ?)",
            size, RecordHash.hex(root), 0L, forged.text());
        try {
            assertProblem(0, Breach.CHECKPOINT_FORGED);
        } finally {
            jdbc.update("DELETE FROM record_checkpoint WHERE tree_size = ?", size);
        }
    }

    private void assertProblem(int seq, Breach breach) {
        RecordVerification verification = verifier.verify(caseNumber);
        assertThat(verification.valid()).isFalse();
        assertThat(verification.result()).isEqualTo("无效");
        assertThat(verification.problem().breach()).isEqualTo(breach);
        assertThat(verification.problem().seq()).isEqualTo(seq);
        assertThat(verification.problem().message()).isNotBlank();
    }

    private void overwrite(long id, RecordEntry from) {
        jdbc.update("UPDATE record_entry SET case_number = ?, seq = ?, kind = ?, actor = ?, occurred_at = ?, details = ?, prev_hash = ?,"
            + " entry_hash = ? WHERE id = ?", from.caseNumber(), from.seq(), from.kind(), from.actor(), from.occurredAt(), from.details(),
            from.prevHash(), from.entryHash(), id);
    }

    /** changes the entries from seq on and recomputes every hash after them: chain, leaves and every subtree of the log */
    private void rewriteFrom(int seq, String find, String replace) {
        RecordHash hash = settings.hash();
        String previous = record.get(seq - 2).entryHash();
        for (RecordEntry e : record.subList(seq - 1, record.size())) {
            String details = e.details().replace(find, replace);
            RecordEntry forged = new RecordEntry(e.id(), e.caseNumber(), e.seq(), e.kind(), e.actor(), e.occurredAt(), details,
                e.hashAlgorithm(), previous, null);
            previous = forged.recomputedHash();
            jdbc.update("UPDATE record_entry SET details = ?, prev_hash = ?, entry_hash = ? WHERE id = ?", details, forged.prevHash(), previous, e.id());
            jdbc.update("UPDATE record_leaf SET leaf_hash = ? WHERE entry_id = ?", RecordHash.hex(hash.leaf(forged.chained())), e.id());
        }
        List<byte[]> leaves = new ArrayList<>(jdbc.query("SELECT leaf_hash FROM record_leaf ORDER BY log_index",
            (rs, i) -> RecordHash.unhex(rs.getString(1))));
        jdbc.update("DELETE FROM record_node");
        List<Object[]> rows = new ArrayList<>();
        List<byte[]> level = leaves;
        for (int l = 0; !level.isEmpty(); l++) {
            List<byte[]> up = new ArrayList<>();
            for (int i = 0; i < level.size(); i++) {
                rows.add(new Object[] {l, i, RecordHash.hex(level.get(i))});
                if (i % 2 == 1) {
                    up.add(hash.node(level.get(i - 1), level.get(i)));
                }
            }
            level = up;
        }
        jdbc.batchUpdate("INSERT INTO record_node (node_level, node_index, hash) VALUES (?, ?, ?)", rows);
    }
}
