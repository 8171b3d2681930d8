package org.sanxiang.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** One year's schedule arranged for lookups, or a year without one (answered by weekends only). */
record YearIndex(boolean hasData, Map<LocalDate, String> daysOff, Set<LocalDate> adjustedWorkdays) {

    static YearIndex of(YearSchedule schedule) {
        Map<LocalDate, String> daysOff = new HashMap<>();
        schedule.holidays().forEach(h -> daysOff.put(h.date(), h.name()));
        return new YearIndex(true, Map.copyOf(daysOff), Set.copyOf(schedule.adjustedWorkdays()));
    }

    static YearIndex without() {
        return new YearIndex(false, Map.of(), Set.of());
    }

    CalendarDay day(LocalDate date) {
        String holiday = daysOff.get(date);
        boolean adjusted = adjustedWorkdays.contains(date);
        boolean working = adjusted || (holiday == null && !isWeekend(date));
        return new CalendarDay(date, working, holiday, adjusted, hasData);
    }

    private static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }
}
