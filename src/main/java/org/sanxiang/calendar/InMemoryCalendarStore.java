package org.sanxiang.calendar;

import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** Keeps added schedules in memory: for unit tests and {@link WorkingDayCalendar#inMemory()}. */
class InMemoryCalendarStore implements CalendarStore {

    final ConcurrentMap<Integer, YearSchedule> schedules = new ConcurrentHashMap<>();

    @Override
    public Optional<YearSchedule> find(int year) {
        return Optional.ofNullable(schedules.get(year));
    }

    @Override
    public void replace(YearSchedule schedule, String updatedBy) {
        schedules.put(schedule.year(), schedule);
    }

    @Override
    public SortedSet<Integer> years() {
        return new TreeSet<>(schedules.keySet());
    }
}
