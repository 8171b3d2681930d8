package org.sanxiang.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;

import org.sanxiang.refusal.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The working-day calendar (工作日历). A day is a working day if it is a Monday to Friday that is not
 * an official day off, or a Saturday or Sunday declared a working day (调休上班).
 *
 * <p>The schedules of 2025 and 2026 ship with the application and cannot be changed; later years
 * are added at run time with {@link #addYear(YearSchedule, String)} and stored in the database. A
 * year without a schedule is still answered, by weekends only, and flagged:
 * {@link CalendarDay#yearHasData()} is false, {@link #hasYear(int)} is false and
 * {@link #missingYears(LocalDate)} lists it so that administrators can be warned.
 *
 * <p>From BPMN, the bean {@code workingDayCalendar} computes timer due dates in Beijing time and
 * keeps the time of day, e.g. a timer date {@code ${workingDayCalendar.addWorkingDays(acceptedAt, 7)}}.
 *
 * <p>This class counts working days. The years it knows are kept by {@link CalendarYears}: the
 * shipped ones, the added ones (stored in the database and cached per year for
 * {@code sanxiang.calendar.cache-ttl}, default one minute) and which needed years are missing; the
 * questions about years and {@link #addYear(YearSchedule, String)} are passed on to it.
 */
@Service("workingDayCalendar")
public class WorkingDayCalendar {

    /** Deadlines count in Beijing time. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** The longest range {@link #range(LocalDate, LocalDate)} answers, in years. */
    public static final int MAX_RANGE_YEARS = 3;
    /** The most working days {@link #addWorkingDays(LocalDate, int)} adds (about four years). */
    public static final int MAX_DAYS = 1000;

    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final CalendarYears years;

    @Autowired
    WorkingDayCalendar(CalendarStore store, @Value("${sanxiang.calendar.cache-ttl:PT1M}") Duration cacheTtl) {
        this(ShippedSchedules.load(), store, cacheTtl, Clock.system(ZONE));
    }

    WorkingDayCalendar(SortedMap<Integer, YearSchedule> shipped, CalendarStore store, Duration cacheTtl,
            Clock clock) {
        this.years = new CalendarYears(shipped, store, cacheTtl, clock);
    }

    /**
     * A calendar with the shipped schedules that keeps added years in memory only: for unit tests
     * of code that counts working days without a database.
     */
    public static WorkingDayCalendar inMemory() {
        return new WorkingDayCalendar(ShippedSchedules.load(), new InMemoryCalendarStore(), Duration.ZERO,
                Clock.system(ZONE));
    }

    // ---------------------------------------------------------------- questions about days

    /** @return whether the day is a working day (weekends only if its year has no schedule) */
    public boolean isWorkingDay(LocalDate date) {
        return day(date).workingDay();
    }

    /** @return what the calendar says about the day */
    public CalendarDay day(LocalDate date) {
        requireDate("date", date);
        return new Lookup().day(date);
    }

    /**
     * @return every day from {@code from} to {@code to}, both included
     * @throws InvalidInputException if {@code to} is before {@code from} or the range is
     *                                       longer than {@value #MAX_RANGE_YEARS} years
     */
    public List<CalendarDay> range(LocalDate from, LocalDate to) {
        requireDate("from", from);
        requireDate("to", to);
        if (to.isBefore(from)) {
            throw new InvalidInputException("to",
                    "参数 to（" + to + "）不能早于参数 from（" + from + "），日期格式为 YYYY-MM-DD");
        }
        LocalDate last = from.plusYears(MAX_RANGE_YEARS).minusDays(1);
        if (to.isAfter(last)) {
            throw new InvalidInputException("to", "查询范围不能超过 " + MAX_RANGE_YEARS + " 年：参数 from 为 "
                    + from + " 时，参数 to 最晚为 " + last);
        }
        Lookup lookup = new Lookup();
        List<CalendarDay> days = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            days.add(lookup.day(date));
        }
        return days;
    }

    /**
     * @return the day that is {@code days} working days after {@code from}; {@code from} itself is
     *         not counted, so 1 is the next working day after it, and 0 gives {@code from} back
     * @throws InvalidInputException if {@code days} is negative or above {@value #MAX_DAYS}
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        requireDate("from", from);
        if (days < 0 || days > MAX_DAYS) {
            throw new InvalidInputException("days",
                    "参数 days 必须是 0 到 " + MAX_DAYS + " 之间的整数（工作日数），收到 " + days);
        }
        Lookup lookup = new Lookup();
        LocalDate date = from;
        int left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (lookup.day(date).workingDay()) {
                left--;
            }
        }
        return date;
    }

    // ---------------------------------------------------------------- for BPMN expressions

    /**
     * For timer expressions: the instant {@code days} working days after {@code from}, at the same
     * time of day in Beijing time. A review accepted on Friday 2026-02-13 at 10:15 and due in 7
     * working days is due on Monday 2026-03-02 at 10:15: 春节 (2月15日–23日) is skipped, the
     * adjusted working days 2月14日 and 2月28日 count.
     */
    public Date addWorkingDays(Date from, int days) {
        if (from == null) {
            throw new InvalidInputException("from", "参数 from 不能为空，应为日期时间");
        }
        ZonedDateTime start = from.toInstant().atZone(ZONE);
        LocalDate due = addWorkingDays(start.toLocalDate(), days);
        warnIfWithoutData(start.toLocalDate(), due);
        return Date.from(start.with(due).toInstant());
    }

    /** For expressions: whether the day of the instant, in Beijing time, is a working day. */
    public boolean isWorkingDay(Date instant) {
        if (instant == null) {
            throw new InvalidInputException("date", "参数 date 不能为空，应为日期时间");
        }
        return isWorkingDay(instant.toInstant().atZone(ZONE).toLocalDate());
    }

    // ---------------------------------------------------------------- which years have data

    /** @return whether a schedule is known for the year (shipped or added) */
    public boolean hasYear(int year) {
        return years.hasYear(year);
    }

    /**
     * The years whose schedule is needed and missing: the current year if it has none, and from
     * 1 November on also the next year if it has none. Administrators are warned of these years.
     */
    public List<Integer> missingYears(LocalDate today) {
        requireDate("today", today);
        return years.missingYears(today);
    }

    /** {@link #missingYears(LocalDate)} for today in Beijing time. */
    public List<Integer> missingYears() {
        return missingYears(today());
    }

    /** @return today in Beijing time, by this calendar's clock */
    public LocalDate today() {
        return years.today();
    }

    /** @return the years shipped with the application (they cannot be overwritten) */
    public SortedSet<Integer> shippedYears() {
        return years.shippedYears();
    }

    /** @return the years added at run time (read from the database, not cached) */
    public SortedSet<Integer> addedYears() {
        return years.addedYears();
    }

    /** @return the schedule of the year, shipped or added (an added one read from the database) */
    public Optional<YearSchedule> schedule(int year) {
        return years.schedule(year);
    }

    // ---------------------------------------------------------------- adding a year

    /**
     * Adds or replaces the schedule of a year; see {@link #addYear(YearSchedule, String)}.
     *
     * @param holidays         every official day off with its holiday's name
     * @param adjustedWorkdays every Saturday or Sunday that is a working day
     */
    public void addYear(int year, List<HolidayDay> holidays, List<LocalDate> adjustedWorkdays) {
        addYear(new YearSchedule(year, null, holidays, adjustedWorkdays), null);
    }

    /**
     * Adds the schedule of a year, or atomically replaces the one stored before. Refused with every
     * problem named: a shipped year, a year outside 2000–2100, no day off, a date outside the year,
     * a day listed twice, a day both off and working, an adjusted working day that is a weekday, a
     * missing or too long name. A day off that falls on a weekend is fine.
     *
     * @param addedBy the administrator's user id, recorded with the year; may be null
     * @throws InvalidInputException if the schedule is refused
     */
    public void addYear(YearSchedule schedule, String addedBy) {
        years.add(schedule, addedBy);
    }

    // ---------------------------------------------------------------- internals

    private void warnIfWithoutData(LocalDate from, LocalDate due) {
        for (int year = from.getYear(); year <= due.getYear(); year++) {
            if (!hasYear(year)) {
                log.warn("Working-day calendar: no holiday schedule for {}; the deadline from {} to {}"
                        + " was counted by weekends only", year, from, due);
            }
        }
    }

    private static void requireDate(String name, LocalDate date) {
        if (date == null) {
            throw new InvalidInputException(name, "参数 " + name + " 不能为空，格式为 YYYY-MM-DD");
        }
    }

    /** Reads each year at most once per question, so that a question sees one version of a year. */
    private final class Lookup {
        private final Map<Integer, YearIndex> read = new HashMap<>();

        CalendarDay day(LocalDate date) {
            return read.computeIfAbsent(date.getYear(), years::index).day(date);
        }
    }
}
