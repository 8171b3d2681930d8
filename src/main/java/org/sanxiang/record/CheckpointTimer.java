package org.sanxiang.record;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Issues a signed checkpoint every {@code sanxiang.record.checkpoint-interval} (default 10 minutes) when the log grew. */
@Component
class CheckpointTimer {

    private static final Logger LOG = LoggerFactory.getLogger(CheckpointTimer.class);

    private final Checkpoints checkpoints;

    CheckpointTimer(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Scheduled(fixedDelayString = "${sanxiang.record.checkpoint-interval:PT10M}", initialDelayString = "${sanxiang.record.checkpoint-interval:PT10M}")
    void issue() {
        try {
            checkpoints.issue().ifPresent(c -> LOG.info("Record checkpoint: {} entries", c.treeSize()));
        } catch (RuntimeException e) {
            LOG.warn("Record checkpoint not issued this time: {}", e.getMessage());
        }
    }
}
