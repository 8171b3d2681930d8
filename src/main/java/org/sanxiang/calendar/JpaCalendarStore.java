package org.sanxiang.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores added schedules in {@code working_calendar_year} / {@code working_calendar_day}.
 * Replacing a year is one transaction: readers on any node see the old schedule or the new one,
 * never a mix. Two nodes replacing the same year at the same moment cannot both succeed: the
 * unique keys on the year and on the date make one of them fail and roll back.
 */
@Component
class JpaCalendarStore implements CalendarStore {

    private final CalendarYearRepository years;
    private final CalendarDayRepository days;

    JpaCalendarStore(CalendarYearRepository years, CalendarDayRepository days) {
        this.years = years;
        this.days = days;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<YearSchedule> find(int year) {
        return years.findByYear(year).map(stored -> {
            List<HolidayDay> holidays = new ArrayList<>();
            List<LocalDate> adjustedWorkdays = new ArrayList<>();
            for (CalendarDayEntity day : days.findByYear(year)) {
                if (day.isDayOff()) {
                    holidays.add(new HolidayDay(day.getDate(), day.getName()));
                } else {
                    adjustedWorkdays.add(day.getDate());
                }
            }
            return new YearSchedule(year, stored.getSource(), holidays, adjustedWorkdays);
        });
    }

    @Override
    @Transactional
    public void replace(YearSchedule schedule, String updatedBy) {
        int year = schedule.year();
        // bulk deletes run at once, so the inserts below cannot collide with the old rows
        days.deleteByYear(year);
        years.deleteByYear(year);
        years.save(new CalendarYearEntity(year, schedule.source(),
                LocalDateTime.now(WorkingDayCalendar.ZONE), updatedBy));
        List<CalendarDayEntity> rows = new ArrayList<>();
        schedule.holidays().forEach(h -> rows.add(new CalendarDayEntity(year, h.date(), true, h.name())));
        schedule.adjustedWorkdays().forEach(d -> rows.add(new CalendarDayEntity(year, d, false, null)));
        days.saveAll(rows);
    }

    @Override
    @Transactional(readOnly = true)
    public SortedSet<Integer> years() {
        return new TreeSet<>(years.findAllYears());
    }
}
