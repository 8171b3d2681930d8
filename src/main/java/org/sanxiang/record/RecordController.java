package org.sanxiang.record;

import java.util.Base64;
import java.util.List;

import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.refusal.NotFoundException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A case's record, its verification and inclusion proofs (each read of a case's record is itself an entry). */
@RestController
@RequestMapping("/api/record")
class RecordController {

    private final RecordAccess access;
    private final RecordEntries entries;
    private final RecordVerifier verifier;
    private final MerkleLog log;
    private final Checkpoints checkpoints;

    private final RecordSummaries summaries;

    RecordController(RecordAccess access, RecordEntries entries, RecordVerifier verifier, MerkleLog log, Checkpoints checkpoints, RecordSummaries summaries) {
        this.summaries = summaries;
        this.access = access;
        this.entries = entries;
        this.verifier = verifier;
        this.log = log;
        this.checkpoints = checkpoints;
    }

    @GetMapping("/{caseNumber}")
    @Transactional
    public List<EntryView> record(@PathVariable String caseNumber, @RequestParam(required = false) String purpose) {
        access.retrieve(caseNumber, "全过程记录", purpose);
        var summary = summaries.reader();
        return entries.ofCase(caseNumber).stream().map(e -> EntryView.of(e, summary.apply(e))).toList();
    }

    @GetMapping("/{caseNumber}/verification")
    @Transactional
    public RecordVerification verification(@PathVariable String caseNumber, @RequestParam(required = false) String purpose) {
        RecordVerification verification = verifier.verify(caseNumber);
        access.retrieve(caseNumber, "全过程记录校验", purpose);
        return verification;
    }

    /** signs a checkpoint of the log now (administrators and archivists; the timer does it every interval) */
    @PostMapping("/checkpoints")
    public Checkpoint issueCheckpoint() {
        access.checkMayIssueCheckpoints();
        return checkpoints.issue().orElseThrow(() -> new NotFoundException("日志中还没有记录，无法签发检查点。"));
    }

    /** the proof that the entry at this index of the log is in the log of size treeSize (default: the latest checkpoint's) */
    @GetMapping("/entries/{index}/inclusion-proof")
    @Transactional
    public InclusionProof inclusionProof(@PathVariable long index, @RequestParam(required = false) Long treeSize) {
        long size = treeSize != null ? treeSize : checkpoints.latest().map(Checkpoint::treeSize).orElse(log.size());
        MerkleLog.Leaf leaf = log.leaf(index).orElseThrow(() -> new NotFoundException("日志中没有序号为 " + index + " 的记录。"));
        RecordEntry entry = entries.byId(leaf.entryId()).orElseThrow(() -> new NotFoundException("日志中没有序号为 " + index + " 的记录。"));
        access.retrieve(entry.caseNumber(), "记录包含证明（日志序号 " + index + "）", null);
        if (size <= index || size > log.size()) {
            throw new InvalidInputException("treeSize", "日志长度应大于记录序号 " + index + " 且不超过当前日志长度 " + log.size() + "。");
        }
        List<byte[]> path = log.withTree(tree -> tree.inclusion(index, size));
        byte[] root = log.withTree(tree -> tree.root(size));
        return new InclusionProof(index, size, entry.caseNumber(), entry.seq(), leaf.leafHash(),
            path.stream().map(p -> Base64.getEncoder().encodeToString(p)).toList(), Base64.getEncoder().encodeToString(root),
            checkpoints.ofSize(size).map(Checkpoint::note).orElse(null));
    }

    /**
     * @param index      the entry's index in the log
     * @param treeSize   the size of the log the proof is for
     * @param caseNumber the entry's case and {@code seq} its number there
     * @param leafHash   H(0x00 ‖ entry), hex
     * @param path       the inclusion path (RFC 9162), leaf level first, base64
     * @param rootHash   the root of the log of that size, base64 (as in checkpoints)
     * @param checkpoint the signed checkpoint of that size, when one was issued
     */
    record InclusionProof(long index, long treeSize, String caseNumber, int seq, String leafHash, List<String> path, String rootHash,
                          String checkpoint) {
    }
}
