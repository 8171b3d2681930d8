package org.sanxiang.record;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one global log over all entries (RFC 9162), kept as leaves and every complete subtree. The
 * sequencer adds the committed entries not yet in the log, one node at a time (a row lock), in
 * the order they became visible; a proof reads its O(log n) subtrees by key in one query.
 */
@Component
public class MerkleLog {

    /** how far behind the last entry in the log an entry may have committed and still be found */
    static final long WINDOW = 100_000;
    private static final int BATCH = 5_000;
    /** subtrees read by one query */
    private static final int CHUNK = 500;

    private final JdbcTemplate jdbc;
    private final RecordSettings settings;

    MerkleLog(JdbcTemplate jdbc, RecordSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** the number of leaves: log indexes are dense from 0, so the last one tells (an index read, not a count of the table) */
    public long size() {
        Long size = jdbc.queryForObject("SELECT MAX(log_index) + 1 FROM record_leaf", Long.class);
        return size == null ? 0 : size;
    }

    /** adds every committed entry that is not yet in the log; the new size */
    @Transactional
    public long sequence() {
        jdbc.queryForObject("SELECT id FROM record_sequencer WHERE id = 1 FOR UPDATE", Integer.class);
        long size = size();
        Long last = jdbc.queryForObject("SELECT MAX(entry_id) FROM record_leaf", Long.class);
        long from = last == null ? 0 : Math.max(0, last - WINDOW);
        while (true) {
            List<RecordEntry> fresh = jdbc.query("SELECT " + prefixed() + " FROM record_entry e LEFT JOIN record_leaf l ON l.entry_id = e.id"
                + " WHERE e.id > ? AND l.entry_id IS NULL ORDER BY e.id LIMIT " + BATCH, RecordEntries.ROW, from);
            if (fresh.isEmpty()) {
                return size;
            }
            size = append(size, fresh);
        }
    }

    private long append(long size, List<RecordEntry> fresh) {
        RecordHash hash = settings.hash();
        List<Object[]> leaves = new ArrayList<>();
        Map<String, byte[]> created = new HashMap<>();
        List<Object[]> nodes = new ArrayList<>();
        for (RecordEntry entry : fresh) {
            long index = size++;
            byte[] leaf = hash.leaf(entry.chained());
            leaves.add(new Object[] {index, entry.id(), entry.caseNumber(), RecordHash.hex(leaf)});
            int level = 0;
            long position = index;
            byte[] current = leaf;
            nodes.add(new Object[] {level, position, RecordHash.hex(current)});
            created.put(level + "/" + position, current);
            while ((position & 1) == 1) {
                byte[] left = created.containsKey(level + "/" + (position - 1)) ? created.get(level + "/" + (position - 1))
                    : node(level, position - 1);
                current = hash.node(left, current);
                level++;
                position >>= 1;
                nodes.add(new Object[] {level, position, RecordHash.hex(current)});
                created.put(level + "/" + position, current);
            }
        }
        jdbc.batchUpdate("INSERT INTO record_leaf (log_index, entry_id, case_number, leaf_hash) VALUES (?, ?, ?, ?)", leaves);
        jdbc.batchUpdate("INSERT INTO record_node (node_level, node_index, hash) VALUES (?, ?, ?)", nodes);
        return size;
    }

    private byte[] node(int level, long index) {
        return RecordHash.unhex(jdbc.queryForObject("SELECT hash FROM record_node WHERE node_level = ? AND node_index = ?",
            String.class, level, index));
    }

    /** the tree over the stored subtrees, answering each request's nodes from one read */
    public <T> T withTree(java.util.function.Function<MerkleTree, T> request) {
        Map<Integer, TreeSet<Long>> wanted = new TreeMap<>();
        byte[] placeholder = new byte[0];
        request.apply(MerkleTree.collecting((level, index) -> {
            wanted.computeIfAbsent(level, l -> new TreeSet<>()).add(index);
            return placeholder;
        }));
        Map<String, byte[]> found = new HashMap<>();
        List<long[]> keys = new ArrayList<>();
        wanted.forEach((level, indexes) -> indexes.forEach(index -> keys.add(new long[] {level, index})));
        for (int i = 0; i < keys.size(); i += CHUNK) {
            List<long[]> chunk = keys.subList(i, Math.min(keys.size(), i + CHUNK));
            // one index seek per node on H2 and MariaDB alike (H2 scans the whole level for "node_level = ? AND node_index IN (...)")
            String pairs = String.join(",", java.util.Collections.nCopies(chunk.size(), "(?, ?)"));
            Object[] args = chunk.stream().flatMap(key -> java.util.stream.Stream.of((Object) (int) key[0], (Object) key[1])).toArray();
            jdbc.query("SELECT node_level, node_index, hash FROM record_node WHERE (node_level, node_index) IN (" + pairs + ")",
                rs -> {
                    found.put(rs.getInt(1) + "/" + rs.getLong(2), RecordHash.unhex(rs.getString(3)));
                }, args);
        }
        return request.apply(new MerkleTree(settings.hash(), (level, index) -> {
            byte[] node = found.get(level + "/" + index);
            if (node == null) {
                throw new IllegalStateException("the log has no node " + level + "/" + index + " (its subtrees were deleted)");
            }
            return node;
        }));
    }

    /** where each of the case's entries is in the log: entry id → leaf */
    public Map<Long, Leaf> leavesOfCase(String caseNumber) {
        Map<Long, Leaf> leaves = new TreeMap<>();
        jdbc.query("SELECT log_index, entry_id, leaf_hash FROM record_leaf WHERE case_number = ?",
            rs -> {
                leaves.put(rs.getLong(2), new Leaf(rs.getLong(1), rs.getLong(2), rs.getString(3)));
            }, caseNumber);
        return leaves;
    }

    public java.util.Optional<Leaf> leaf(long index) {
        return jdbc.query("SELECT log_index, entry_id, leaf_hash FROM record_leaf WHERE log_index = ?",
            (rs, i) -> new Leaf(rs.getLong(1), rs.getLong(2), rs.getString(3)), index).stream().findFirst();
    }

    /** a leaf of the log: its index, the entry it stands for and H(0x00 ‖ entry) */
    public record Leaf(long index, long entryId, String leafHash) {
    }

    private static String prefixed() {
        return "e." + RecordEntries.COLUMNS.replace(", ", ", e.");
    }
}
