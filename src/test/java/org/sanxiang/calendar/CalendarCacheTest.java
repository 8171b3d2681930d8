package org.sanxiang.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanxiang.calendar.TestCalendars.MovableClock;

/** Several application nodes share one database: what each node sees and when. */
class CalendarCacheTest {

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    private final InMemoryCalendarStore sharedStore = new InMemoryCalendarStore();
    private final MovableClock clock = new MovableClock(d("2026-11-02"));

    @Test
    void aYearAddedOnAnotherNodeIsSeenOnceTheCacheTimeHasPassed() {
        WorkingDayCalendar thisNode = TestCalendars.calendar(sharedStore, Duration.ofMinutes(1), clock);
        WorkingDayCalendar otherNode = TestCalendars.calendar(sharedStore, Duration.ofMinutes(1), clock);
        assertThat(thisNode.isWorkingDay(d("2027-01-01"))).isTrue();

        otherNode.addYear(TestCalendars.illustrative2027(), "admin");

        assertThat(otherNode.isWorkingDay(d("2027-01-01"))).isFalse();
        clock.advance(Duration.ofSeconds(59));
        assertThat(thisNode.isWorkingDay(d("2027-01-01"))).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(thisNode.isWorkingDay(d("2027-01-01"))).isFalse();
        assertThat(thisNode.day(d("2027-01-01")).holiday()).isEqualTo("元旦");
    }

    @Test
    void withoutCacheTimeEveryQuestionSeesTheDatabase() {
        WorkingDayCalendar thisNode = TestCalendars.calendar(sharedStore, Duration.ZERO, clock);
        WorkingDayCalendar otherNode = TestCalendars.calendar(sharedStore, Duration.ZERO, clock);
        assertThat(thisNode.hasYear(2027)).isFalse();

        otherNode.addYear(TestCalendars.illustrative2027(), "admin");

        assertThat(thisNode.hasYear(2027)).isTrue();
    }

    @Test
    void aNegativeCacheTimeIsRefused() {
        assertThatThrownBy(() -> TestCalendars.calendar(sharedStore, Duration.ofSeconds(-1), clock))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cache-ttl");
    }
}
