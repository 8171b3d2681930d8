package org.sanxiang.enforcement;

import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issues case numbers {@code <prefix>-<year>-<serial>} from a per-year counter row, locked for the
 * transaction so that several application nodes never issue the same number, and no number is lost
 * with a registration that rolls back.
 *
 * <p>A year's row is opened in a transaction of its own. Opened in the registering transaction, the
 * first registrations of a year deadlocked on MariaDB when several nodes opened the year at once:
 * a failed duplicate insert leaves InnoDB's shared lock on the row, and two such transactions then
 * each wait for the other to let go before locking the row for update.
 */
@Component
public class CaseNumbers {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final String prefix;

    public CaseNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                       @Value("${sanxiang.case-number-prefix:ZF}") String prefix) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.prefix = prefix;
    }

    public String next() {
        int year = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
        long serial = nextSerial(year);
        return String.format("%s-%d-%06d", prefix, year, serial);
    }

    private long nextSerial(int year) {
        List<Long> current = lockCounter(year);
        if (current.isEmpty()) {
            openYear(year);
            current = lockCounter(year);
        }
        if (current.isEmpty()) {
            throw new IllegalStateException("could not issue a case number for " + year);
        }
        long next = current.get(0) + 1;
        jdbc.update("UPDATE case_number_sequence SET last_value = ? WHERE seq_year = ?", next, year);
        return next;
    }

    private List<Long> lockCounter(int year) {
        return jdbc.queryForList("SELECT last_value FROM case_number_sequence WHERE seq_year = ? FOR UPDATE", Long.class, year);
    }

    /** creates the year's counter at 0 and commits it at once; another node may have just done the same */
    private void openYear(int year) {
        try {
            ownTransaction.executeWithoutResult(status ->
                jdbc.update("INSERT INTO case_number_sequence (seq_year, last_value) VALUES (?, 0)", year));
        } catch (DuplicateKeyException openedByAnotherNode) {
            // the row exists: that is all this was for
        }
    }
}
