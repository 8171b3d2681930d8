package org.sanxiang.calendar;

import java.time.LocalDate;

/**
 * What the calendar says about one day.
 *
 * @param date            the day
 * @param workingDay      whether it is a 工作日
 * @param holiday         the name of the holiday if the day is an official day off, otherwise null
 * @param adjustedWorkday whether it is a Saturday or Sunday declared a working day (调休上班)
 * @param yearHasData     false if no schedule is known for the day's year: the answer then only
 *                        knows weekends and must not be trusted for holidays
 */
public record CalendarDay(LocalDate date, boolean workingDay, String holiday, boolean adjustedWorkday,
        boolean yearHasData) {
}
