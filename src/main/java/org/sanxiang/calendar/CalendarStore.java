package org.sanxiang.calendar;

import java.util.Optional;
import java.util.SortedSet;

/**
 * Where the schedules added at run time are kept: the database in the application
 * ({@link JpaCalendarStore}), memory in unit tests ({@link InMemoryCalendarStore}).
 */
interface CalendarStore {

    /** @return the stored schedule of the year, if any */
    Optional<YearSchedule> find(int year);

    /** Stores the schedule, atomically replacing the year's previous one if there is one. */
    void replace(YearSchedule schedule, String updatedBy);

    /** @return the years that have a stored schedule */
    SortedSet<Integer> years();
}
