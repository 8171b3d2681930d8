package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.calendar.TestCalendars.day;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanxiang.refusal.InvalidInputException;

class AddYearTest {

    private final WorkingDayCalendar calendar = TestCalendars.shipped();

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private static final List<HolidayDay> NEW_YEAR_2027 =
            List.of(day("2027-01-01", "元旦"), day("2027-01-02", "元旦"), day("2027-01-03", "元旦"));

    @Test
    void anAddedYearAnswersItsDaysOffAndAdjustedWorkingDays() {
        calendar.addYear(TestCalendars.illustrative2027(), "admin");

        assertThat(calendar.hasYear(2027)).isTrue();
        assertThat(calendar.addedYears()).containsExactly(2027);
        assertThat(calendar.day(d("2027-01-01"))).isEqualTo(new CalendarDay(d("2027-01-01"), false, "元旦", false, true));
        assertThat(calendar.day(d("2027-02-20"))).isEqualTo(new CalendarDay(d("2027-02-20"), true, null, true, true));
        assertThat(calendar.day(d("2027-02-15"))).isEqualTo(new CalendarDay(d("2027-02-15"), true, null, false, true));
        assertThat(calendar.addWorkingDays(d("2027-02-05"), 1)).isEqualTo(d("2027-02-15"));
    }

    @Test
    void theThreeArgumentFormAddsAYearWithoutSource() {
        calendar.addYear(2027, NEW_YEAR_2027, List.of());

        assertThat(calendar.schedule(2027)).hasValueSatisfying(s -> {
            assertThat(s.source()).isNull();
            assertThat(s.holidays()).isEqualTo(NEW_YEAR_2027);
        });
    }

    @Test
    void theStoredScheduleIsSortedByDate() {
        calendar.addYear(2027, List.of(day("2027-01-03", "元旦"), day("2027-01-01", " 元旦 "), day("2027-01-02", "元旦")),
                List.of(d("2027-02-20"), d("2027-01-09")));

        YearSchedule stored = calendar.schedule(2027).orElseThrow();
        assertThat(stored.holidays()).isEqualTo(NEW_YEAR_2027);
        assertThat(stored.adjustedWorkdays()).containsExactly(d("2027-01-09"), d("2027-02-20"));
    }

    @Test
    void addingAStoredYearAgainReplacesItWhole() {
        calendar.addYear(TestCalendars.illustrative2027(), "admin");

        calendar.addYear(2027, List.of(day("2027-01-01", "元旦")), List.of());

        assertThat(calendar.day(d("2027-01-01")).holiday()).isEqualTo("元旦");
        assertThat(calendar.day(d("2027-02-08")).workingDay()).isTrue();
        assertThat(calendar.day(d("2027-02-20"))).isEqualTo(new CalendarDay(d("2027-02-20"), false, null, false, true));
    }

    @Test
    void aDayOffOnAWeekendIsAccepted() {
        calendar.addYear(2027, List.of(day("2027-01-02", "元旦")), List.of());

        assertThat(calendar.day(d("2027-01-02")).holiday()).isEqualTo("元旦");
    }

    @Test
    void theShippedYearsCannotBeOverwritten() {
        for (int year : List.of(2025, 2026)) {
            assertThatThrownBy(() -> calendar.addYear(year, List.of(day(year + "-01-01", "元旦")), List.of()))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining(year + " 年").hasMessageContaining("不能覆盖");
        }
        assertThat(calendar.day(d("2026-02-16")).holiday()).isEqualTo("春节");
    }

    @Test
    void aDateOutsideTheYearIsRefused() {
        assertRefused(2027, List.of(day("2026-12-31", "元旦")), List.of(), "holidays[0].date 2026-12-31 不在 2027 年内");
        assertRefused(2027, NEW_YEAR_2027, List.of(d("2028-01-08")), "adjustedWorkdays[0] 2028-01-08 不在 2027 年内");
    }

    @Test
    void aDayBothOffAndWorkingIsRefused() {
        assertRefused(2027, NEW_YEAR_2027, List.of(d("2027-01-02")), "2027-01-02 同时是放假日");
    }

    @Test
    void anAdjustedWorkingDayOnAWeekdayIsRefused() {
        assertRefused(2027, NEW_YEAR_2027, List.of(d("2027-02-08")), "2027-02-08 是星期一，调休上班日必须是星期六或星期日");
    }

    @Test
    void aYearWithoutDaysOffIsRefused() {
        assertRefused(2027, List.of(), List.of(d("2027-02-20")), "holidays 不能为空");
        assertRefused(2027, null, null, "holidays 不能为空");
    }

    @Test
    void aDayListedTwiceIsRefused() {
        assertRefused(2027, List.of(day("2027-01-01", "元旦"), day("2027-01-01", "元旦")), List.of(),
                "holidays[1].date 2027-01-01 重复");
        assertRefused(2027, NEW_YEAR_2027, List.of(d("2027-02-20"), d("2027-02-20")), "adjustedWorkdays[1] 2027-02-20 重复");
    }

    @Test
    void aMissingOrBlankNameOrDateIsRefused() {
        assertRefused(2027, List.of(day("2027-01-01", " ")), List.of(), "holidays[0].name 不能为空");
        assertRefused(2027, List.of(new HolidayDay(null, "元旦")), List.of(), "holidays[0].date 缺失");
        assertRefused(2027, List.of(day("2027-01-01", "节".repeat(101))), List.of(), "holidays[0].name 不能超过 100 个字符");
        List<HolidayDay> withNull = new ArrayList<>(NEW_YEAR_2027);
        withNull.add(null);
        assertRefused(2027, withNull, List.of(), "holidays[3] 为空");
        List<LocalDate> nullWorkday = new ArrayList<>();
        nullWorkday.add(null);
        assertRefused(2027, NEW_YEAR_2027, nullWorkday, "adjustedWorkdays[0] 缺失");
    }

    @Test
    void aYearOutsideTheSupportedRangeIsRefused() {
        assertRefused(1999, List.of(day("1999-01-01", "元旦")), List.of(), "year 必须是 2000 到 2100 之间的年份");
        assertRefused(2101, List.of(day("2101-01-01", "元旦")), List.of(), "year 必须是 2000 到 2100 之间的年份");
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        assertThatThrownBy(() -> calendar.addYear(2027,
                List.of(day("2026-12-31", "元旦"), day("2027-01-01", "")), List.of(d("2027-02-08"))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("holidays[0].date 2026-12-31 不在 2027 年内")
                .hasMessageContaining("holidays[1].name 不能为空")
                .hasMessageContaining("adjustedWorkdays[0] 2027-02-08 是星期一");
    }

    @Test
    void aRefusedScheduleLeavesTheStoredOneUntouched() {
        calendar.addYear(TestCalendars.illustrative2027(), "admin");

        assertThatThrownBy(() -> calendar.addYear(2027, List.of(day("2027-05-01", "劳动节")), List.of(d("2027-05-03"))))
                .isInstanceOf(InvalidInputException.class);

        assertThat(calendar.schedule(2027)).contains(TestCalendars.illustrative2027());
        assertThat(calendar.day(d("2027-05-01")).holiday()).isNull();
    }

    private void assertRefused(int year, List<HolidayDay> holidays, List<LocalDate> adjustedWorkdays, String message) {
        assertThatThrownBy(() -> calendar.addYear(year, holidays, adjustedWorkdays))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(year + " 年的节假日安排无效")
                .hasMessageContaining(message);
        assertThat(calendar.addedYears()).doesNotContain(year);
    }
}
