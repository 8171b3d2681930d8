package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanxiang.calendar.TestCalendars.MovableClock;

/** A year without schedule: answered by weekends only, flagged, and listed as missing. */
class MissingYearTest {

    private final WorkingDayCalendar calendar = TestCalendars.shipped();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void aYearWithoutScheduleIsAnsweredByWeekendsOnlyAndFlagged() {
        assertThat(calendar.hasYear(2027)).isFalse();
        // 2027-01-01 is a Friday: without the schedule the calendar cannot know it is 元旦
        assertThat(calendar.day(d("2027-01-01"))).isEqualTo(new CalendarDay(d("2027-01-01"), true, null, false, false));
        assertThat(calendar.day(d("2027-01-02"))).isEqualTo(new CalendarDay(d("2027-01-02"), false, null, false, false));
    }

    @Test
    void addingWorkingDaysIntoAYearWithoutScheduleCountsWeekendsOnly() {
        assertThat(calendar.addWorkingDays(d("2026-12-31"), 1)).isEqualTo(d("2027-01-01"));
        assertThat(calendar.addWorkingDays(d("2026-12-31"), 2)).isEqualTo(d("2027-01-04"));
    }

    @ParameterizedTest(name = "on {0} the missing years are {1}")
    @CsvSource(delimiter = ';', textBlock = """
            2026-06-01; []
            2026-10-31; []
            2026-11-01; [2027]
            2026-12-31; [2027]
            2027-03-01; [2027]
            2027-11-15; [2027, 2028]
            2024-11-01; [2024]
            2025-11-01; []
            """)
    void missingYearsAreTheCurrentYearAndFromNovemberTheNextYear(LocalDate today, String expected) {
        assertThat(calendar.missingYears(today).toString()).isEqualTo(expected);
    }

    @Test
    void aYearAddedIsNoLongerMissing() {
        calendar.addYear(TestCalendars.illustrative2027(), "admin");

        assertThat(calendar.missingYears(d("2026-11-01"))).isEmpty();
        assertThat(calendar.missingYears(d("2027-11-01"))).containsExactly(2028);
    }

    @Test
    void withoutArgumentTheMissingYearsAreThoseOfTodayInBeijing() {
        MovableClock clock = new MovableClock(d("2026-11-01"));
        WorkingDayCalendar onFirstNovember = TestCalendars.calendar(new InMemoryCalendarStore(), Duration.ZERO, clock);

        assertThat(onFirstNovember.today()).isEqualTo(d("2026-11-01"));
        assertThat(onFirstNovember.missingYears()).containsExactly(2027);
    }
}
