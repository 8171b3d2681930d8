package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sanxiang.refusal.InvalidInputException;

/** Adding working days: days off skipped, adjusted working days counted, the time of day kept. */
class AddWorkingDaysTest {

    private final WorkingDayCalendar calendar = TestCalendars.shipped();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @ParameterizedTest(name = "{0} + {1} working days = {2}")
    @CsvSource(textBlock = """
            # 春节 2026: 2月15日–23日 off, 2月14日(周六) and 2月28日(周六) working
            2026-02-12, 1, 2026-02-13
            2026-02-12, 2, 2026-02-14
            2026-02-12, 3, 2026-02-24
            2026-02-13, 7, 2026-03-02
            2026-02-15, 1, 2026-02-24
            # 国庆 2025: 10月1日–8日 off, 9月28日(周日) and 10月11日(周六) working
            2025-09-26, 1, 2025-09-28
            2025-09-26, 2, 2025-09-29
            2025-09-30, 1, 2025-10-09
            2025-09-30, 3, 2025-10-11
            2025-09-30, 4, 2025-10-13
            # 中秋 and 国庆 2026: 9月25日–27日 and 10月1日–7日 off, 9月20日(周日) and 10月10日(周六) working
            2026-09-18, 1, 2026-09-20
            2026-09-24, 1, 2026-09-28
            2026-09-30, 1, 2026-10-08
            2026-09-30, 3, 2026-10-10
            # across the year boundary: 2026-01-01..03 off, 2026-01-04(周日) working
            2025-12-30, 1, 2025-12-31
            2025-12-30, 2, 2026-01-04
            2025-12-30, 3, 2026-01-05
            # a plain week
            2026-03-02, 5, 2026-03-09
            """)
    void skipsDaysOffAndCountsAdjustedWorkingDays(LocalDate from, int days, LocalDate expected) {
        assertThat(calendar.addWorkingDays(from, days)).isEqualTo(expected);
    }

    @Test
    void zeroDaysGivesTheStartDayBackEvenOnAHoliday() {
        assertThat(calendar.addWorkingDays(d("2026-02-17"), 0)).isEqualTo(d("2026-02-17"));
        assertThat(calendar.addWorkingDays(d("2026-03-03"), 0)).isEqualTo(d("2026-03-03"));
    }

    @Test
    void negativeDaysAreRefusedNamingTheParameter() {
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-03-03"), -1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("days").hasMessageContaining("-1");
    }

    @Test
    void moreThanTheLimitIsRefused() {
        assertThat(calendar.addWorkingDays(d("2026-03-03"), WorkingDayCalendar.MAX_DAYS)).isAfter(d("2029-01-01"));
        assertThatThrownBy(() -> calendar.addWorkingDays(d("2026-03-03"), WorkingDayCalendar.MAX_DAYS + 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("days");
    }

    @Test
    void aMissingStartDayIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays((LocalDate) null, 1))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from");
    }

    private Date beijing(String localDateTime) {
        return Date.from(ZonedDateTime.of(LocalDateTime.parse(localDateTime), WorkingDayCalendar.ZONE)
                .toInstant());
    }

    @Test
    void aDeadlineInWorkingDaysKeepsTheTimeOfDay() {
        Date acceptedAt = beijing("2026-02-13T10:15:30");

        assertThat(calendar.addWorkingDays(acceptedAt, 7)).isEqualTo(beijing("2026-03-02T10:15:30"));
    }

    @Test
    void theDayIsTakenInBeijingTimeWhateverTheServerTimeZone() {
        // 2026-02-13T17:00Z is already Saturday 2026-02-14 01:00 in Beijing, an adjusted working day
        Date lateFridayInUtc = Date.from(Instant.parse("2026-02-13T17:00:00Z"));

        assertThat(calendar.isWorkingDay(lateFridayInUtc)).isTrue();
        assertThat(calendar.addWorkingDays(lateFridayInUtc, 1)).isEqualTo(beijing("2026-02-24T01:00:00"));
    }

    @Test
    void aHolidayInstantIsNotAWorkingDay() {
        assertThat(calendar.isWorkingDay(beijing("2025-10-08T09:00:00"))).isFalse();
        assertThat(calendar.isWorkingDay(beijing("2025-10-11T09:00:00"))).isTrue();
    }

    @Test
    void aMissingInstantIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays((Date) null, 7))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("from");
    }
}
