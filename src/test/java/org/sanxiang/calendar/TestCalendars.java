package org.sanxiang.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Calendars for unit tests: the shipped schedules, added years in memory, a clock the test moves. */
final class TestCalendars {

    private TestCalendars() {
    }

    static WorkingDayCalendar calendar(CalendarStore store, Duration cacheTtl, Clock clock) {
        return new WorkingDayCalendar(ShippedSchedules.load(), store, cacheTtl, clock);
    }

    static WorkingDayCalendar shipped() {
        return calendar(new InMemoryCalendarStore(), Duration.ZERO, new MovableClock(LocalDate.of(2026, 6, 1)));
    }

    /**
     * An illustrative schedule for 2027, invented for the tests (not the official one, which is not
     * published yet): 元旦 1月1日–3日, 春节 2月6日(周六)–14日(周日), 2月20日(周六) a working day.
     */
    static YearSchedule illustrative2027() {
        return new YearSchedule(2027, "测试数据", List.of(
                day("2027-01-01", "元旦"), day("2027-01-02", "元旦"), day("2027-01-03", "元旦"),
                day("2027-02-06", "春节"), day("2027-02-07", "春节"), day("2027-02-08", "春节"),
                day("2027-02-09", "春节"), day("2027-02-10", "春节"), day("2027-02-11", "春节"),
                day("2027-02-12", "春节"), day("2027-02-13", "春节"), day("2027-02-14", "春节")),
                List.of(LocalDate.parse("2027-02-20")));
    }

    static HolidayDay day(String date, String name) {
        return new HolidayDay(LocalDate.parse(date), name);
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(LocalDate today) {
            this.now = today.atTime(9, 0).atZone(WorkingDayCalendar.ZONE).toInstant();
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return WorkingDayCalendar.ZONE;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(now, zone);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
