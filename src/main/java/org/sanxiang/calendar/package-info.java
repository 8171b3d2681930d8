/**
 * The working-day calendar (工作日历): which days are 工作日 under the State Council's holiday
 * schedules, and the deadlines counted in working days that the processes' timers use.
 *
 * <p>This package owns:
 * <ul>
 *   <li>the shipped schedules of 2025 and 2026 ({@code classpath:calendar/<year>.json}, the only
 *       place they are written down; they cannot be overwritten at run time);</li>
 *   <li>the schedules of later years that an administrator adds at run time, stored in the tables
 *       {@code working_calendar_year} and {@code working_calendar_day} (Flyway migration
 *       {@code V2__working_calendar.sql});</li>
 *   <li>{@link org.sanxiang.calendar.WorkingDayCalendar}, the Spring bean {@code workingDayCalendar}
 *       that answers "is this a working day" and "which day is N working days later", also from
 *       BPMN timer expressions ({@code ${workingDayCalendar.addWorkingDays(acceptedAt, 7)}});</li>
 *   <li>the REST resource {@code /api/calendar} ({@link org.sanxiang.calendar.CalendarController}).</li>
 * </ul>
 *
 * <p>A day is a working day if it is a Monday to Friday that is not an official day off, or a
 * Saturday or Sunday declared a working day (调休上班). A year without a schedule is answered by
 * weekends only and flagged ({@code yearHasData = false}, {@link
 * org.sanxiang.calendar.WorkingDayCalendar#missingYears(java.time.LocalDate)}).
 *
 * <p>Module {@code calendar}; it uses only {@code refusal} (its bad input is an
 * {@link org.sanxiang.refusal.InvalidInputException}, answered 400 by the one advice).
 */
@ApplicationModule(allowedDependencies = {"refusal"})
package org.sanxiang.calendar;

import org.springframework.modulith.ApplicationModule;
