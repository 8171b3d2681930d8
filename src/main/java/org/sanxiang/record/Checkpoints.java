package org.sanxiang.record;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.signature.AgencyKey;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Issues and reads the log's signed checkpoints: one per tree size, signed with the agency's key. */
@Component
public class Checkpoints {

    private static final RowMapper<Checkpoint> ROW = (rs, i) -> new Checkpoint(rs.getLong("tree_size"), rs.getString("root_hash"),
        rs.getLong("issued_at"), rs.getString("note"));

    private final JdbcTemplate jdbc;
    private final MerkleLog log;
    private final AgencyKey key;
    private final RecordSettings settings;
    private volatile Checkpoint lastAuthentic;

    Checkpoints(JdbcTemplate jdbc, MerkleLog log, AgencyKey key, RecordSettings settings) {
        this.jdbc = jdbc;
        this.log = log;
        this.key = key;
        this.settings = settings;
    }

    /** adds the committed entries to the log and signs a checkpoint of it when it grew; the latest checkpoint */
    @Transactional
    public Optional<Checkpoint> issue() {
        long size = log.sequence();
        Optional<Checkpoint> latest = latest();
        if (size == 0 || latest.isPresent() && latest.get().treeSize() >= size) {
            return latest;
        }
        byte[] root = log.withTree(tree -> tree.root(size));
        String body = CheckpointNote.body(settings.origin(), size, root);
        byte[] signature = key.signBytes(body.getBytes(StandardCharsets.UTF_8));
        CheckpointNote note = new CheckpointNote(settings.origin(), size, root, settings.keyName(),
            CheckpointNote.keyId(settings.keyName(), key.publicKey()), signature);
        Checkpoint checkpoint = new Checkpoint(size, RecordHash.hex(root), ClockUtil.getCurrentTime().getTime(), note.text());
        jdbc.update("INSERT INTO record_checkpoint (tree_size, root_hash, issued_at, note) VALUES (?, ?, ?, ?)",
            checkpoint.treeSize(), checkpoint.rootHash(), checkpoint.issuedAt(), checkpoint.note());
        return Optional.of(checkpoint);
    }

    public Optional<Checkpoint> latest() {
        return jdbc.query("SELECT * FROM record_checkpoint ORDER BY tree_size DESC LIMIT 1", ROW).stream().findFirst();
    }

    /** the checkpoints with tree sizes in [from, to], smallest first, at most 1000 */
    public List<Checkpoint> between(long from, long to) {
        return jdbc.query("SELECT * FROM record_checkpoint WHERE tree_size >= ? AND tree_size <= ? ORDER BY tree_size LIMIT 1000",
            ROW, from, to);
    }

    public Optional<Checkpoint> ofSize(long treeSize) {
        return jdbc.query("SELECT * FROM record_checkpoint WHERE tree_size = ?", ROW, treeSize).stream().findFirst();
    }

    /**
     * the checkpoint's signature is the agency's (any key of its keystore) over exactly its tree size and root; the
     * last checkpoint found authentic (every column of it) is remembered, so that verifying records against the same
     * latest checkpoint does not verify its SM2 signature again and again
     */
    public boolean authentic(Checkpoint checkpoint) {
        if (checkpoint.equals(lastAuthentic)) {
            return true;
        }
        CheckpointNote note = CheckpointNote.parse(checkpoint.note());
        boolean authentic = note != null && note.treeSize() == checkpoint.treeSize() && note.origin().equals(settings.origin())
            && RecordHash.hex(note.rootHash()).equals(checkpoint.rootHash()) && note.verify(key.verificationKeys().values());
        if (authentic) {
            lastAuthentic = checkpoint;
        }
        return authentic;
    }
}
