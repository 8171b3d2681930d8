package org.sanxiang.portal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

import org.sanxiang.record.Checkpoints;
import org.springframework.stereotype.Component;

/** The latest signed checkpoint of the full-process record, as 事前公开 shows it (sizes and hashes only, nothing of a case). */
@Component
class LatestCheckpoint {

    record Shown(long treeSize, String rootHash, String issuedAt) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final Checkpoints checkpoints;

    LatestCheckpoint(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    Optional<Shown> latest() {
        return checkpoints.latest().map(c -> new Shown(c.treeSize(), c.rootHash(), TIME.format(Instant.ofEpochMilli(c.issuedAt()))));
    }
}
