package org.sanxiang.deadline;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;

import org.sanxiang.calendar.WorkingDayCalendar;
import org.springframework.stereotype.Component;

/**
 * Due dates on the working-day calendar, keeping the time of day in Beijing time: N working days
 * after a moment, N working days before one, N days after one.
 */
@Component
public class DueDates {

    private final WorkingDayCalendar calendar;

    public DueDates(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    public Date workingDaysAfter(Date from, int days) {
        return calendar.addWorkingDays(from, days);
    }

    /**
     * The moment on the working day that lies {@code days} working days before {@code due}, at the
     * same time of day: 2 working days before Monday 2026-10-12 10:00 is Friday 2026-10-09 10:00,
     * because Saturday 2026-10-10 is a working day (调休).
     */
    public Date workingDaysBefore(Date due, int days) {
        ZonedDateTime at = due.toInstant().atZone(WorkingDayCalendar.ZONE);
        LocalDate date = at.toLocalDate();
        int left = days;
        while (left > 0) {
            date = date.minusDays(1);
            if (calendar.isWorkingDay(date)) {
                left--;
            }
        }
        return Date.from(at.with(date).toInstant());
    }

    /** calendar days, keeping the time of day in Beijing time */
    public Date daysAfter(Date from, int days) {
        return Date.from(from.toInstant().atZone(WorkingDayCalendar.ZONE).plusDays(days).toInstant());
    }

    public Date daysBefore(Date due, int days) {
        return Date.from(due.toInstant().atZone(WorkingDayCalendar.ZONE).minusDays(days).toInstant());
    }
}
