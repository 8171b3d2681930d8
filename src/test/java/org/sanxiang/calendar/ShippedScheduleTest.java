package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped schedules of 2025 (国办发明电〔2024〕12号) and 2026 (国办发明电〔2025〕7号), checked day by
 * day against the notices, written down here a second time independently of the data files.
 */
class ShippedScheduleTest {

    private final WorkingDayCalendar calendar = TestCalendars.shipped();

    @ParameterizedTest(name = "{0}: workingDay={1}, holiday={2}, adjustedWorkday={3}")
    @CsvSource(nullValues = "-", textBlock = """
            # ---- 2025: every day off
            2025-01-01, false, 元旦, false
            2025-01-28, false, 春节, false
            2025-01-29, false, 春节, false
            2025-01-30, false, 春节, false
            2025-01-31, false, 春节, false
            2025-02-01, false, 春节, false
            2025-02-02, false, 春节, false
            2025-02-03, false, 春节, false
            2025-02-04, false, 春节, false
            2025-04-04, false, 清明节, false
            2025-04-05, false, 清明节, false
            2025-04-06, false, 清明节, false
            2025-05-01, false, 劳动节, false
            2025-05-02, false, 劳动节, false
            2025-05-03, false, 劳动节, false
            2025-05-04, false, 劳动节, false
            2025-05-05, false, 劳动节, false
            2025-05-31, false, 端午节, false
            2025-06-01, false, 端午节, false
            2025-06-02, false, 端午节, false
            2025-10-01, false, 国庆节、中秋节, false
            2025-10-02, false, 国庆节、中秋节, false
            2025-10-03, false, 国庆节、中秋节, false
            2025-10-04, false, 国庆节、中秋节, false
            2025-10-05, false, 国庆节、中秋节, false
            2025-10-06, false, 国庆节、中秋节, false
            2025-10-07, false, 国庆节、中秋节, false
            2025-10-08, false, 国庆节、中秋节, false
            # ---- 2025: every adjusted working day (调休上班)
            2025-01-26, true, -, true
            2025-02-08, true, -, true
            2025-04-27, true, -, true
            2025-09-28, true, -, true
            2025-10-11, true, -, true
            # ---- 2025: ordinary days next to the holidays
            2025-01-02, true, -, false
            2025-01-04, false, -, false
            2025-01-27, true, -, false
            2025-02-05, true, -, false
            2025-02-09, false, -, false
            2025-04-07, true, -, false
            2025-05-06, true, -, false
            2025-06-03, true, -, false
            2025-09-27, false, -, false
            2025-10-09, true, -, false
            2025-10-12, false, -, false
            2025-12-31, true, -, false
            # ---- 2026: every day off
            2026-01-01, false, 元旦, false
            2026-01-02, false, 元旦, false
            2026-01-03, false, 元旦, false
            2026-02-15, false, 春节, false
            2026-02-16, false, 春节, false
            2026-02-17, false, 春节, false
            2026-02-18, false, 春节, false
            2026-02-19, false, 春节, false
            2026-02-20, false, 春节, false
            2026-02-21, false, 春节, false
            2026-02-22, false, 春节, false
            2026-02-23, false, 春节, false
            2026-04-04, false, 清明节, false
            2026-04-05, false, 清明节, false
            2026-04-06, false, 清明节, false
            2026-05-01, false, 劳动节, false
            2026-05-02, false, 劳动节, false
            2026-05-03, false, 劳动节, false
            2026-05-04, false, 劳动节, false
            2026-05-05, false, 劳动节, false
            2026-06-19, false, 端午节, false
            2026-06-20, false, 端午节, false
            2026-06-21, false, 端午节, false
            2026-09-25, false, 中秋节, false
            2026-09-26, false, 中秋节, false
            2026-09-27, false, 中秋节, false
            2026-10-01, false, 国庆节, false
            2026-10-02, false, 国庆节, false
            2026-10-03, false, 国庆节, false
            2026-10-04, false, 国庆节, false
            2026-10-05, false, 国庆节, false
            2026-10-06, false, 国庆节, false
            2026-10-07, false, 国庆节, false
            # ---- 2026: every adjusted working day (调休上班)
            2026-01-04, true, -, true
            2026-02-14, true, -, true
            2026-02-28, true, -, true
            2026-05-09, true, -, true
            2026-09-20, true, -, true
            2026-10-10, true, -, true
            # ---- 2026: ordinary days next to the holidays
            2026-01-05, true, -, false
            2026-01-10, false, -, false
            2026-02-13, true, -, false
            2026-02-24, true, -, false
            2026-03-01, false, -, false
            2026-04-07, true, -, false
            2026-05-06, true, -, false
            2026-05-10, false, -, false
            2026-06-18, true, -, false
            2026-06-22, true, -, false
            2026-09-19, false, -, false
            2026-09-28, true, -, false
            2026-10-08, true, -, false
            2026-10-11, false, -, false
            2026-12-31, true, -, false
            """)
    void everyDayOfTheNoticesIsAnsweredAsPublished(LocalDate date, boolean workingDay, String holiday,
            boolean adjustedWorkday) {
        CalendarDay day = calendar.day(date);

        assertThat(day).isEqualTo(new CalendarDay(date, workingDay, holiday, adjustedWorkday, true));
        assertThat(calendar.isWorkingDay(date)).isEqualTo(workingDay);
    }

    @Test
    void eachShippedYearHas248WorkingDays() {
        // 365 days - 104 weekend days - 13 statutory holidays; the swapped days cancel out
        assertThat(workingDaysIn(2025)).isEqualTo(248);
        assertThat(workingDaysIn(2026)).isEqualTo(248);
    }

    @Test
    void theShippedScheduleListsEveryDayOffAndAdjustedWorkingDayOfTheNotice() {
        assertThat(calendar.schedule(2025)).hasValueSatisfying(s -> {
            assertThat(s.holidays()).hasSize(28);
            assertThat(s.adjustedWorkdays()).hasSize(5);
            assertThat(s.source()).contains("国办发明电〔2024〕12号");
        });
        assertThat(calendar.schedule(2026)).hasValueSatisfying(s -> {
            assertThat(s.holidays()).hasSize(33);
            assertThat(s.adjustedWorkdays()).hasSize(6);
            assertThat(s.source()).contains("国办发明电〔2025〕7号");
        });
        assertThat(calendar.shippedYears()).containsExactly(2025, 2026);
    }

    private long workingDaysIn(int year) {
        LocalDate first = Year.of(year).atDay(1);
        return calendar.range(first, first.plusYears(1).minusDays(1)).stream()
                .filter(CalendarDay::workingDay).count();
    }
}
