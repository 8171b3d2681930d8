package org.sanxiang.record;

import java.util.Base64;
import java.util.List;

import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.refusal.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public face of the log (anonymous, read-only): signed checkpoints and consistency proofs.
 * Nothing of any case is in them: sizes and hashes only. Whoever keeps a checkpoint can later
 * prove that the log was only ever appended to.
 */
@RestController
@RequestMapping("/api/public/record")
class PublicRecordController {

    private final Checkpoints checkpoints;
    private final MerkleLog log;

    PublicRecordController(Checkpoints checkpoints, MerkleLog log) {
        this.checkpoints = checkpoints;
        this.log = log;
    }

    @GetMapping("/checkpoints/latest")
    public Checkpoint latest() {
        return checkpoints.latest().orElseThrow(() -> new NotFoundException("尚未签发检查点。"));
    }

    /** the checkpoints whose tree size is in [from, to], at most 1000 */
    @GetMapping("/checkpoints")
    public List<Checkpoint> between(@RequestParam(defaultValue = "0") long from, @RequestParam(defaultValue = "" + Long.MAX_VALUE) long to) {
        if (from < 0 || to < from) {
            throw new InvalidInputException("from", "日志长度范围不正确：起（from）应不小于 0 且不大于止（to）。");
        }
        return checkpoints.between(from, to);
    }

    @GetMapping("/consistency-proof")
    public ConsistencyProof consistency(@RequestParam long from, @RequestParam long to) {
        long size = log.size();
        if (from < 1 || to < from || to > size) {
            throw new InvalidInputException("from", "日志长度范围不正确：应为 1 ≤ 起（from）≤ 止（to）≤ 当前日志长度 " + size + "。");
        }
        Base64.Encoder b64 = Base64.getEncoder();
        // the proof and both roots from one read of the stored subtrees they share
        return log.withTree(tree -> new ConsistencyProof(from, to, b64.encodeToString(tree.root(from)), b64.encodeToString(tree.root(to)),
            tree.consistency(from, to).stream().map(b64::encodeToString).toList()));
    }

    /** RFC 9162 consistency proof: the log of size {@code to} extends the one of size {@code from}; hashes base64 */
    record ConsistencyProof(long from, long to, String fromRoot, String toRoot, List<String> proof) {
    }
}
