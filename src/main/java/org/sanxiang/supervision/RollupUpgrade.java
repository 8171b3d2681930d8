package org.sanxiang.supervision;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the dashboard's roll-up from the existing cases once, after the upgrade that introduced it
 * (V76): the first node to start locks {@code supervision_rollup_state}, rebuilds and records it;
 * any other node waits for the lock and then finds the work done. From then on every step keeps
 * it up to date ({@link RollupListener}).
 */
@Component
class RollupUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(RollupUpgrade.class);

    private final JdbcTemplate jdbc;
    private final Rollups rollups;
    private final TransactionTemplate transaction;

    RollupUpgrade(JdbcTemplate jdbc, Rollups rollups, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.rollups = rollups;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void fill() {
        transaction.executeWithoutResult(status -> {
            Boolean built = jdbc.queryForObject("SELECT built FROM supervision_rollup_state WHERE id = 1 FOR UPDATE", Boolean.class);
            if (Boolean.TRUE.equals(built)) {
                return;
            }
            long start = System.nanoTime();
            rollups.rebuild();
            jdbc.update("UPDATE supervision_rollup_state SET built = TRUE WHERE id = 1");
            LOG.info("执法监督汇总表已根据现有案件生成：{} 条汇总记录，用时 {} 秒",
                jdbc.queryForObject("SELECT COUNT(*) FROM supervision_rollup", Long.class), (System.nanoTime() - start) / 1_000_000_000);
        });
    }
}
