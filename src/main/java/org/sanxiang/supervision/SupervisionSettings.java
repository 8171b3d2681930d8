package org.sanxiang.supervision;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanxiang.supervision.*}: the default unit, the thresholds of the warning rules, the rows of
 * the annual template the agency holds power for, and the dates of the annual report.
 */
@ConfigurationProperties("sanxiang.supervision")
public record SupervisionSettings(String defaultUnit, int dueSoonDays, Warnings warnings, List<String> powers,
                                  int reminderDay, int escalationDay, int publishByDay) {

    public SupervisionSettings {
        if (defaultUnit == null || defaultUnit.isBlank()) {
            defaultUnit = "本机关";
        }
        if (warnings == null) {
            warnings = new Warnings(10, 3, 30);
        }
        powers = powers == null || powers.isEmpty() ? List.of(TemplateRow.names()) : List.copyOf(powers);
        if (dueSoonDays <= 0) {
            dueSoonDays = 3;
        }
        if (reminderDay <= 0) {
            reminderDay = 20;
        }
        if (escalationDay <= 0) {
            escalationDay = 27;
        }
        if (publishByDay <= 0) {
            publishByDay = 31;
        }
    }

    /**
     * The thresholds of the warning rules.
     *
     * @param penaltyDaysBefore  a penalty decision's 90-day limit is this many days away or less
     * @param reviewReturns      a case's review was returned (退回补充 or 存在问题) this many times or more
     * @param certificateDays    a handler's certificate expires within this many days
     */
    public record Warnings(int penaltyDaysBefore, int reviewReturns, int certificateDays) {
    }
}
