package org.sanxiang.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.catalog.Category;
import org.sanxiang.refusal.InvalidInputException;

/**
 * The dashboard's filters: cases registered (立案) from {@code from} to {@code to} (both Beijing
 * dates, inclusive), optionally of one category and one organisational unit (承办机构).
 */
record Filter(LocalDate from, LocalDate to, Category category, String unit) {

    /** the longest period the dashboard answers */
    static final int MAX_YEARS = 10;

    static Filter parse(String from, String to, String category, String unit, LocalDate today) {
        LocalDate start = date("from", "开始日期", from, today.withDayOfYear(1));
        LocalDate end = date("to", "结束日期", to, today);
        if (end.isBefore(start)) {
            throw new InvalidInputException("to", "结束日期不能早于开始日期。");
        }
        if (start.plusYears(MAX_YEARS).isBefore(end)) {
            throw new InvalidInputException("to", "统计期间不能超过 " + MAX_YEARS + " 年。");
        }
        Category wanted = null;
        if (category != null && !category.isBlank()) {
            try {
                wanted = Category.valueOf(category.strip());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("category", "执法类别无效：“" + category.strip() + "”。");
            }
        }
        String wantedUnit = unit == null || unit.isBlank() ? null : unit.strip();
        if (wantedUnit != null && wantedUnit.length() > 100) {
            throw new InvalidInputException("unit", "承办机构名称不能超过 100 个字。");
        }
        return new Filter(start, end, wanted, wantedUnit);
    }

    private static LocalDate date(String field, String label, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (RuntimeException e) {
            throw new InvalidInputException(field, label + "应为日期，格式如 2026-01-31。");
        }
    }

    /** the conditions on the case (alias {@code c}) */
    String where() {
        StringBuilder where = new StringBuilder(" c.registered_at >= :from AND c.registered_at < :to");
        if (category != null) {
            where.append(" AND c.category = :category");
        }
        if (unit != null) {
            where.append(" AND COALESCE(c.handling_unit, :defaultUnit) = :unit");
        }
        return where.toString();
    }

    Map<String, Object> parameters(String defaultUnit, Instant now, int dueSoonDays) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("from", stored(start(from)));
        parameters.put("to", stored(start(to.plusDays(1))));
        parameters.put("category", category == null ? null : category.name());
        parameters.put("unit", unit);
        parameters.put("defaultUnit", defaultUnit);
        parameters.put("now", stored(now));
        parameters.put("soon", stored(now.plusSeconds(86_400L * dueSoonDays)));
        return parameters;
    }

    static Instant start(LocalDate day) {
        return day.atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
    }

    /** a moment as the application's tables store it (UTC wall time, as Hibernate writes an Instant) */
    static LocalDateTime stored(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    Map<String, Object> json() {
        Map<String, Object> json = new HashMap<>();
        json.put("from", from.toString());
        json.put("to", to.toString());
        json.put("category", category == null ? null : category.name());
        json.put("unit", unit);
        return json;
    }
}
