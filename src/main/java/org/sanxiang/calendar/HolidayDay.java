package org.sanxiang.calendar;

import java.time.LocalDate;

/**
 * One official day off (放假日) and the name of the holiday it belongs to, e.g. 2026-02-17 春节.
 * A day off may fall on a weekend: the schedules list every day of a holiday period.
 */
public record HolidayDay(LocalDate date, String name) {
}
