package org.sanxiang.disclosure;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills {@code disclosure_posting} from the published decisions once, after the upgrade that
 * introduced it (V68): the first node to start locks {@code disclosure_index_state}, indexes and
 * records it; any other node waits for the lock and then finds the work done.
 */
@Component
class SearchIndexUpgrade {

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndexUpgrade.class);

    private final JdbcTemplate jdbc;
    private final SearchIndex index;
    private final TransactionTemplate transaction;

    SearchIndexUpgrade(JdbcTemplate jdbc, SearchIndex index, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.index = index;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void fill() {
        transaction.executeWithoutResult(status -> {
            Boolean indexed = jdbc.queryForObject("SELECT indexed FROM disclosure_index_state WHERE id = 1 FOR UPDATE", Boolean.class);
            if (Boolean.TRUE.equals(indexed)) {
                return;
            }
            List<Object[]> published = jdbc.query(
                "SELECT id, decided_on, agency, category, search_text FROM disclosure WHERE status = 'PUBLISHED'",
                (rs, n) -> new Object[] {rs.getLong("id"), rs.getDate("decided_on").toLocalDate(), rs.getString("agency"), rs.getString("category"),
                    rs.getString("search_text")});
            published.forEach(row -> index.index((Long) row[0], (LocalDate) row[1], (String) row[2], (String) row[3], (String) row[4]));
            jdbc.update("UPDATE disclosure_index_state SET indexed = TRUE WHERE id = 1");
            LOG.info("Search index of published decisions filled: {} decisions", published.size());
        });
    }
}
