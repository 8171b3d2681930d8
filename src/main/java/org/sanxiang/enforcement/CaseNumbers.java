package org.sanxiang.enforcement;

import java.time.ZoneId;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Issues case numbers {@code <prefix>-<year>-<serial>} from a per-year counter row, locked for the
 * transaction so that several application nodes never issue the same number.
 */
@Component
public class CaseNumbers {

    private final JdbcTemplate jdbc;
    private final String prefix;

    public CaseNumbers(JdbcTemplate jdbc, @Value("${sanxiang.case-number-prefix:ZF}") String prefix) {
        this.jdbc = jdbc;
        this.prefix = prefix;
    }

    public String next() {
        int year = ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
        long serial = nextSerial(year);
        return String.format("%s-%d-%06d", prefix, year, serial);
    }

    private long nextSerial(int year) {
        for (int attempt = 0; attempt < 3; attempt++) {
            List<Long> current = jdbc.queryForList(
                "SELECT last_value FROM case_number_sequence WHERE seq_year = ? FOR UPDATE", Long.class, year);
            if (!current.isEmpty()) {
                long next = current.get(0) + 1;
                jdbc.update("UPDATE case_number_sequence SET last_value = ? WHERE seq_year = ?", next, year);
                return next;
            }
            try {
                jdbc.update("INSERT INTO case_number_sequence (seq_year, last_value) VALUES (?, 1)", year);
                return 1;
            } catch (DuplicateKeyException concurrentFirst) {
                // another node opened the year at the same moment: lock its row on the next attempt
            }
        }
        throw new IllegalStateException("could not issue a case number for " + year);
    }
}
