package org.sanxiang.calendar;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;

import org.sanxiang.refusal.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The years the {@link WorkingDayCalendar} knows: the shipped schedules, the schedules added at
 * run time (kept in a {@link CalendarStore}), and which needed years have none.
 *
 * <p><b>Caching.</b> The shipped years are held in memory for good. A stored year (or the fact
 * that a year has no data) is cached per year for {@code sanxiang.calendar.cache-ttl} (default one
 * minute) and reloaded from the database after that; adding a year on this node replaces its cache
 * entry at once. Several nodes share one database, so a year added on another node becomes visible
 * here within the cache time. That bound is safe for deadlines: a year's schedule is published and
 * added weeks before the year starts (administrators are warned from 1 November), while a deadline
 * computed in that minute only reaches the new year's days if it ends in the new year. A cache time
 * of zero makes every question read the database (one query per year per question).
 */
final class CalendarYears {

    /** From this month of the year on, the next year's schedule is due. */
    private static final int NEXT_YEAR_DUE_MONTH = 11;

    /** logged under the calendar's name, as before this class was split from it */
    private static final Logger log = LoggerFactory.getLogger(WorkingDayCalendar.class);

    private final SortedMap<Integer, YearSchedule> shipped;
    private final Map<Integer, YearIndex> shippedIndex;
    private final CalendarStore store;
    private final Duration cacheTtl;
    private final Clock clock;
    private final ConcurrentMap<Integer, CachedYear> cache = new ConcurrentHashMap<>();

    CalendarYears(SortedMap<Integer, YearSchedule> shipped, CalendarStore store, Duration cacheTtl, Clock clock) {
        if (cacheTtl.isNegative()) {
            throw new IllegalArgumentException("sanxiang.calendar.cache-ttl must not be negative: " + cacheTtl);
        }
        this.shipped = shipped;
        this.shippedIndex = shipped.values().stream()
                .collect(Collectors.toUnmodifiableMap(YearSchedule::year, YearIndex::of));
        this.store = store;
        this.cacheTtl = cacheTtl;
        this.clock = clock;
    }

    /** @return the year arranged for lookups: shipped, cached, or read from the store now */
    YearIndex index(int year) {
        YearIndex fixed = shippedIndex.get(year);
        if (fixed != null) {
            return fixed;
        }
        Instant now = clock.instant();
        CachedYear cached = cache.get(year);
        if (cached != null && now.isBefore(cached.loadedAt().plus(cacheTtl))) {
            return cached.index();
        }
        YearIndex loaded = store.find(year).map(YearIndex::of).orElseGet(() -> YearIndex.without());
        if (!cacheTtl.isZero()) {
            cache.put(year, new CachedYear(loaded, now));
        }
        return loaded;
    }

    /** @return whether a schedule is known for the year (shipped or added) */
    boolean hasYear(int year) {
        return shippedIndex.containsKey(year) || index(year).hasData();
    }

    /** the current year if it has no schedule, and from 1 November on also the next year if it has none */
    List<Integer> missingYears(LocalDate today) {
        List<Integer> missing = new ArrayList<>();
        int year = today.getYear();
        if (!hasYear(year)) {
            missing.add(year);
        }
        if (today.getMonthValue() >= NEXT_YEAR_DUE_MONTH && !hasYear(year + 1)) {
            missing.add(year + 1);
        }
        return missing;
    }

    /** @return today in Beijing time, by this calendar's clock */
    LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }

    SortedSet<Integer> shippedYears() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(shipped.keySet()));
    }

    /** read from the database, not cached */
    SortedSet<Integer> addedYears() {
        return Collections.unmodifiableSortedSet(store.years());
    }

    /** an added one read from the database */
    Optional<YearSchedule> schedule(int year) {
        YearSchedule fixed = shipped.get(year);
        return fixed != null ? Optional.of(fixed) : store.find(year);
    }

    /** see {@link WorkingDayCalendar#addYear(YearSchedule, String)} */
    void add(YearSchedule schedule, String addedBy) {
        if (schedule == null) {
            throw new InvalidInputException("holidays", "缺少节假日安排：应为 {\"holidays\":[...],\"adjustedWorkdays\":[...]}");
        }
        if (shipped.containsKey(schedule.year())) {
            throw new InvalidInputException("year", schedule.year() + " 年的节假日安排随系统发布，依据"
                    + shipped.get(schedule.year()).source() + "，不能覆盖");
        }
        List<String> problems = ScheduleValidator.problems(schedule);
        if (!problems.isEmpty()) {
            throw new InvalidInputException("holidays",
                    schedule.year() + " 年的节假日安排无效：" + String.join("；", problems));
        }
        YearSchedule sorted = new YearSchedule(schedule.year(), blankToNull(schedule.source()),
                schedule.holidays().stream().sorted(Comparator.comparing(HolidayDay::date))
                        .map(h -> new HolidayDay(h.date(), h.name().strip())).toList(),
                schedule.adjustedWorkdays().stream().sorted().toList());
        store.replace(sorted, addedBy);
        // a question running at this moment may still put the previous version back into the
        // cache; it is then corrected after the cache time, like a change made on another node
        cache.put(sorted.year(), new CachedYear(YearIndex.of(sorted), clock.instant()));
        log.info("Working-day calendar: schedule of {} stored by {} ({} days off, {} adjusted working days)",
                sorted.year(), addedBy, sorted.holidays().size(), sorted.adjustedWorkdays().size());
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private record CachedYear(YearIndex index, Instant loadedAt) {
    }
}
