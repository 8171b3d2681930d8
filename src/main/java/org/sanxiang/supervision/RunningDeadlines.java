package org.sanxiang.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The running deadlines by type and state as of now ("type:OVERDUE", "type:DUE_SOON", "type:OPEN"),
 * from the roll-up's facts {@link RollupFacts#RUNNING}: a deadline due before today (Beijing) is
 * overdue, one due after today and before the day it becomes due soon is due soon, one due after
 * that day is open; only the deadlines due on those two boundary days, and the cases with several
 * running deadlines of one type, are asked live from the raw tables. Equal to the raw figures'
 * running keys ({@link Figure#DEADLINE} with its state as of :now and :soon).
 */
@Component
class RunningDeadlines {

    private final NamedParameterJdbcTemplate jdbc;
    private final SupervisionSettings settings;

    RunningDeadlines(NamedParameterJdbcTemplate jdbc, SupervisionSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** the distinct cases per "type:state" of the filtered cases, given the roll-up's RUNNING counts under the same filter */
    Map<String, Long> counts(Map<String, Long> rolled, Filter filter) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        LocalDate today = LocalDate.ofInstant(now, WorkingDayCalendar.ZONE);
        LocalDate soonDay = LocalDate.ofInstant(now.plusSeconds(86_400L * settings.dueSoonDays()), WorkingDayCalendar.ZONE);
        Map<String, Long> counts = new TreeMap<>();
        List<String> boundary = new ArrayList<>();
        rolled.forEach((key, n) -> {
            int colon = key.indexOf(':');
            String type = key.substring(0, colon);
            String rest = key.substring(colon + 1);
            if (rest.equals("OVERDUE")) {
                counts.merge(type + ":OVERDUE", n, Long::sum);
            } else if (!rest.startsWith("OPEN:")) {
                boundary.add(key);
            } else {
                LocalDate due = LocalDate.parse(rest.substring(5));
                if (due.equals(today) || due.equals(soonDay)) {
                    boundary.add(key);
                } else {
                    counts.merge(type + (due.isBefore(today) ? ":OVERDUE" : due.isBefore(soonDay) ? ":DUE_SOON" : ":OPEN"), n, Long::sum);
                }
            }
        });
        if (!boundary.isEmpty()) {
            Map<String, Object> parameters = filter.parameters(settings.defaultUnit(), now, settings.dueSoonDays());
            parameters.put("boundary", boundary);
            jdbc.query("SELECT x.k, COUNT(DISTINCT x.case_number) FROM (" + Figure.boundaryPairs(filter) + ") x GROUP BY x.k", parameters,
                rs -> {
                    counts.merge(rs.getString(1), rs.getLong(2), Long::sum);
                });
        }
        return counts;
    }
}
