package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.refusal.InvalidInputException;

/** Every day of a range, and the ranges refused. */
class CalendarRangeTest {

    private final WorkingDayCalendar calendar = TestCalendars.shipped();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void listsEveryDayWithBothEndsIncluded() {
        List<CalendarDay> days = calendar.range(d("2026-02-13"), d("2026-02-16"));

        assertThat(days).containsExactly(
                new CalendarDay(d("2026-02-13"), true, null, false, true),
                new CalendarDay(d("2026-02-14"), true, null, true, true),
                new CalendarDay(d("2026-02-15"), false, "春节", false, true),
                new CalendarDay(d("2026-02-16"), false, "春节", false, true));
    }

    @Test
    void aSingleDayRangeHasOneDay() {
        assertThat(calendar.range(d("2026-10-10"), d("2026-10-10"))).hasSize(1);
    }

    @Test
    void aReversedRangeIsRefused() {
        assertThatThrownBy(() -> calendar.range(d("2026-02-16"), d("2026-02-13")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("to").hasMessageContaining("from").hasMessageContaining("不能早于");
    }

    @Test
    void threeYearsAreAnsweredAndOneDayMoreIsRefused() {
        assertThat(calendar.range(d("2025-01-01"), d("2027-12-31"))).hasSize(365 + 365 + 365);
        assertThatThrownBy(() -> calendar.range(d("2025-01-01"), d("2028-01-01")))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("3 年").hasMessageContaining("2027-12-31");
    }
}
