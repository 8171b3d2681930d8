package org.sanxiang.record;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.sanxiang.record.RecordVerification.Breach;
import org.sanxiang.record.RecordVerification.Problem;
import org.springframework.stereotype.Component;

/**
 * Verifies a case's record: the hash chain (every entry unchanged, none missing, in order) and
 * every entry's inclusion in the log under the latest signed checkpoint, which catches a chain
 * rewritten consistently by someone who recomputed every hash: they cannot sign a checkpoint.
 */
@Component
public class RecordVerifier {

    private final RecordEntries entries;
    private final MerkleLog log;
    private final Checkpoints checkpoints;
    private final RecordSettings settings;

    RecordVerifier(RecordEntries entries, MerkleLog log, Checkpoints checkpoints, RecordSettings settings) {
        this.entries = entries;
        this.log = log;
        this.checkpoints = checkpoints;
        this.settings = settings;
    }

    public RecordVerification verify(String caseNumber) {
        List<RecordEntry> record = entries.ofCase(caseNumber);
        Optional<Checkpoint> checkpoint = checkpoints.latest();
        long size = checkpoint.map(Checkpoint::treeSize).orElse(0L);
        Map<Long, MerkleLog.Leaf> leaves = log.leavesOfCase(caseNumber);
        int unanchored = (int) record.stream().filter(e -> !leaves.containsKey(e.id()) || leaves.get(e.id()).index() >= size).count();
        Problem problem = checkpoint.filter(c -> !checkpoints.authentic(c))
            .map(c -> new Problem(0, null, Breach.CHECKPOINT_FORGED, "最新检查点（日志长度 " + c.treeSize()
                + "）的签名不是本机关密钥的有效签名：检查点被伪造或改动。"))
            .orElse(null);
        // each entry's canonical form is built and hashed once: its chain hash and its log leaf come from the same bytes
        Hashed hashed = problem == null ? hashed(record) : null;
        if (problem == null) {
            problem = chain(record, hashed);
        }
        if (problem == null) {
            problem = missingTail(record, leaves);
        }
        if (problem == null && checkpoint.isPresent()) {
            problem = inclusion(record, hashed, leaves, checkpoint.get());
        }
        boolean valid = problem == null;
        return new RecordVerification(caseNumber, valid, valid ? "有效" : "无效", record.size(), size, unanchored, problem);
    }

    /** the recomputed chain hash (hex) and log leaf hash of every entry, in the record's order */
    private record Hashed(String[] entryHashes, byte[][] leafHashes) {
    }

    private Hashed hashed(List<RecordEntry> record) {
        RecordHash logHash = settings.hash();
        String[] entryHashes = new String[record.size()];
        byte[][] leafHashes = new byte[record.size()][];
        for (int i = 0; i < record.size(); i++) {
            RecordEntry entry = record.get(i);
            byte[] chained = entry.chained();
            entryHashes[i] = RecordHash.hex(RecordHash.named(entry.hashAlgorithm()).hash(chained));
            leafHashes[i] = logHash.leaf(chained);
        }
        return new Hashed(entryHashes, leafHashes);
    }

    private static Problem chain(List<RecordEntry> record, Hashed hashed) {
        int expected = 1;
        String previous = null;
        Set<Integer> seqs = record.stream().map(RecordEntry::seq).collect(Collectors.toSet());
        for (int i = 0; i < record.size(); i++) {
            RecordEntry entry = record.get(i);
            if (entry.seq() > expected && seqs.contains(expected)) {
                return new Problem(expected, entry.id(), Breach.OUT_OF_ORDER, "第 " + entry.seq() + " 条记录出现在第 " + expected
                    + " 条记录的位置，第 " + expected + " 条在其后：记录的顺序被改动。");
            }
            if (entry.seq() > expected) {
                return new Problem(expected, null, Breach.MISSING, "第 " + expected + " 条记录缺失"
                    + (entry.seq() - expected > 1 ? "（至第 " + (entry.seq() - 1) + " 条）" : "") + "：其后的第 " + entry.seq() + " 条记录在，它已被删除。");
            }
            if (entry.seq() < expected) {
                return new Problem(entry.seq(), entry.id(), Breach.OUT_OF_ORDER, "第 " + entry.seq() + " 条记录出现在第 " + (expected - 1)
                    + " 条之后：记录的顺序被改动。");
            }
            if (!hashed.entryHashes()[i].equals(entry.entryHash())) {
                return new Problem(entry.seq(), entry.id(), Breach.ALTERED, "第 " + entry.seq() + " 条记录（" + RecordKinds.name(entry.kind())
                    + "）的内容与其哈希值不符：该记录被改动。");
            }
            if (!Objects.equals(entry.prevHash(), previous)) {
                return new Problem(entry.seq(), entry.id(), Breach.ALTERED, "第 " + entry.seq() + " 条记录所载的前一条哈希值与第 "
                    + (entry.seq() - 1) + " 条记录不符：记录链被改动。");
            }
            previous = entry.entryHash();
            expected++;
        }
        return null;
    }

    private static Problem missingTail(List<RecordEntry> record, Map<Long, MerkleLog.Leaf> leaves) {
        Set<Long> present = record.stream().map(RecordEntry::id).collect(Collectors.toSet());
        List<MerkleLog.Leaf> orphans = leaves.values().stream().filter(l -> !present.contains(l.entryId())).toList();
        if (orphans.isEmpty()) {
            return null;
        }
        int seq = record.size() + 1;
        return new Problem(seq, orphans.get(0).entryId(), Breach.MISSING, "日志中有本案的 " + orphans.size()
            + " 条记录在记录表中已不存在（自第 " + seq + " 条起）：记录被删除。");
    }

    /**
     * Every anchored entry's leaf is the one the log holds for it, and all of them are in the log under the signed
     * root: one root computed from the case's leaves and the stored subtrees between them (each interior node hashed
     * once). Only when that root differs are the entries' inclusion proofs checked one by one, to name the first.
     */
    private Problem inclusion(List<RecordEntry> record, Hashed hashed, Map<Long, MerkleLog.Leaf> leaves, Checkpoint checkpoint) {
        long size = checkpoint.treeSize();
        List<RecordEntry> anchored = new ArrayList<>();
        NavigableMap<Long, byte[]> anchoredLeaves = new TreeMap<>();
        for (int i = 0; i < record.size(); i++) {
            RecordEntry entry = record.get(i);
            MerkleLog.Leaf leaf = leaves.get(entry.id());
            if (leaf == null || leaf.index() >= size) {
                continue;
            }
            if (!RecordHash.hex(hashed.leafHashes()[i]).equals(leaf.leafHash())) {
                return new Problem(entry.seq(), entry.id(), Breach.ALTERED, "第 " + entry.seq() + " 条记录与日志中登记的内容不符：该记录在登记后被改动。");
            }
            anchored.add(entry);
            anchoredLeaves.put(leaf.index(), hashed.leafHashes()[i]);
        }
        if (log.size() < size) {
            return new Problem(record.size() + 1, null, Breach.MISSING, "日志只剩 " + log.size() + " 条，少于已签名检查点的 " + size
                + " 条：日志被截断。");
        }
        if (anchored.isEmpty()) {
            return null;
        }
        byte[] root = RecordHash.unhex(checkpoint.rootHash());
        try {
            if (Arrays.equals(log.withTree(tree -> tree.root(size, anchoredLeaves)), root)) {
                return null;
            }
        } catch (IllegalStateException e) {
            return new Problem(anchored.get(0).seq(), null, Breach.MISSING, "日志的节点缺失：日志被删改。");
        }
        return firstNotIncluded(anchored, leaves, size, root);
    }

    private Problem firstNotIncluded(List<RecordEntry> anchored, Map<Long, MerkleLog.Leaf> leaves, long size, byte[] root) {
        RecordHash hash = settings.hash();
        List<List<byte[]>> paths;
        try {
            paths = log.withTree(tree -> {
                List<List<byte[]>> all = new ArrayList<>();
                anchored.forEach(e -> all.add(tree.inclusion(leaves.get(e.id()).index(), size)));
                return all;
            });
        } catch (IllegalStateException e) {
            return new Problem(anchored.isEmpty() ? 1 : anchored.get(0).seq(), null, Breach.MISSING, "日志的节点缺失：日志被删改。");
        }
        for (int i = 0; i < anchored.size(); i++) {
            RecordEntry entry = anchored.get(i);
            byte[] leaf = RecordHash.unhex(leaves.get(entry.id()).leafHash());
            if (!MerkleTree.verifyInclusion(hash, leaves.get(entry.id()).index(), size, leaf, paths.get(i), root)) {
                return new Problem(entry.seq(), entry.id(), Breach.ALTERED, "第 " + entry.seq() + " 条记录不在已签名检查点（日志长度 " + size
                    + "）的日志中：记录及其哈希在签名后被整体改写。");
            }
        }
        return null;
    }
}
