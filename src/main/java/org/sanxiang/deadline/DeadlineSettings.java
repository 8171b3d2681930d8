package org.sanxiang.deadline;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** {@code sanxiang.deadlines.*}: every period and offset of the deadlines' timers. */
@ConfigurationProperties("sanxiang.deadlines")
public record DeadlineSettings(Review review, Penalty penalty, Seizure seizure, Archive archive) {

    public DeadlineSettings {
        if (review == null || penalty == null || seizure == null || archive == null) {
            throw new IllegalArgumentException("sanxiang.deadlines.review, .penalty, .seizure and .archive must be configured");
        }
    }

    /** the legal review, in working days */
    public record Review(int workingDays, int extensionWorkingDays, int firstReminderWorkingDaysBefore,
                         int secondReminderWorkingDaysBefore) {
        public Review {
            positive("review.working-days", workingDays);
            positive("review.extension-working-days", extensionWorkingDays);
            before("review.first-reminder-working-days-before", firstReminderWorkingDaysBefore, workingDays);
            before("review.second-reminder-working-days-before", secondReminderWorkingDaysBefore, workingDays);
        }
    }

    /** the penalty decision after 立案, in days */
    public record Penalty(int days, int firstReminderDays, int secondReminderDays) {
        public Penalty {
            positive("penalty.days", days);
            before("penalty.first-reminder-days", firstReminderDays, days);
            before("penalty.second-reminder-days", secondReminderDays, days);
        }
    }

    /** the seizure (查封扣押), in days */
    public record Seizure(int days, int extensionDays, int firstReminderDaysBefore, int secondReminderDaysBefore) {
        public Seizure {
            positive("seizure.days", days);
            positive("seizure.extension-days", extensionDays);
            before("seizure.first-reminder-days-before", firstReminderDaysBefore, days);
            before("seizure.second-reminder-days-before", secondReminderDaysBefore, days);
        }
    }

    /** archiving after the case closed, in working days */
    public record Archive(int workingDays, int reminderWorkingDaysBefore) {
        public Archive {
            positive("archive.working-days", workingDays);
            before("archive.reminder-working-days-before", reminderWorkingDaysBefore, workingDays);
        }
    }

    private static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException("sanxiang.deadlines." + name + " must be at least 1, is " + value);
        }
    }

    private static void before(String name, int value, int period) {
        if (value < 1 || value >= period) {
            throw new IllegalArgumentException("sanxiang.deadlines." + name + " must be between 1 and " + (period - 1) + ", is " + value);
        }
    }
}
