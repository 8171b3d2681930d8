package org.sanxiang.supervision;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The years whose annual statistics are published (newest first), each at {@code /public/statistics/{year}}; for the portal's 事前公开. */
@Component
public class PublishedStatistics {

    private final JdbcTemplate jdbc;

    PublishedStatistics(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Integer> years() {
        return jdbc.queryForList("SELECT DISTINCT stat_year FROM annual_statistics WHERE status = 'PUBLISHED' ORDER BY stat_year DESC",
            Integer.class);
    }
}
