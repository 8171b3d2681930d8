package org.sanxiang.supervision;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanxiang.supervision.*}: the default unit, the days a deadline counts as due soon, the rows of
 * the annual template the agency holds power for, and the dates of the annual report.
 */
@ConfigurationProperties("sanxiang.supervision")
public record SupervisionSettings(String defaultUnit, int dueSoonDays, List<String> powers,
                                  int reminderDay, int escalationDay, int publishByDay) {

    public SupervisionSettings {
        if (defaultUnit == null || defaultUnit.isBlank()) {
            defaultUnit = "本机关";
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
}
