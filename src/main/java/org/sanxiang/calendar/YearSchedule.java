package org.sanxiang.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The holiday schedule of one year as the State Council publishes it: every official day off with
 * its holiday's name and every weekend day declared a working day. The shipped files
 * {@code classpath:calendar/<year>.json} have this shape, and so has the body of
 * {@code PUT /api/calendar/years/{year}} (without {@code year}, which is in the path).
 *
 * @param year             the year
 * @param source           where the schedule comes from, e.g. the notice's document number; optional
 * @param holidays         every day off, one entry per day
 * @param adjustedWorkdays every Saturday or Sunday that is a working day
 */
public record YearSchedule(int year, String source, List<HolidayDay> holidays, List<LocalDate> adjustedWorkdays) {

    public YearSchedule {
        // null entries are kept so that validation can name them instead of failing here
        holidays = holidays == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(holidays));
        adjustedWorkdays = adjustedWorkdays == null
                ? List.of() : Collections.unmodifiableList(new ArrayList<>(adjustedWorkdays));
    }
}
