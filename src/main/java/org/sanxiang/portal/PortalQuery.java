package org.sanxiang.portal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.sanxiang.catalog.Category;
import org.sanxiang.disclosure.DecisionSearch;
import org.sanxiang.refusal.InvalidInputException;

/**
 * The public search parameters as the search form names them, checked: anything else is refused
 * with a Chinese message naming the field as the form shows it.
 */
final class PortalQuery {

    static final int DEFAULT_SIZE = 10;

    private PortalQuery() {
    }

    static DecisionSearch parse(String q, String agency, String category, String from, String to, String page, String size) {
        String keyword = blankToNull(q);
        if (keyword != null && keyword.length() > DecisionSearch.MAX_QUERY) {
            throw new InvalidInputException("q", "关键词过长：最多" + DecisionSearch.MAX_QUERY + "个字。");
        }
        String agencyName = blankToNull(agency);
        if (agencyName != null && agencyName.length() > 200) {
            throw new InvalidInputException("agency", "执法机关名称过长。");
        }
        String code = blankToNull(category);
        if (code != null) {
            try {
                code = Category.valueOf(code).name();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("category", "执法类别无效：请从列表中选择。");
            }
        }
        LocalDate start = date("from", "起始日期", from);
        LocalDate end = date("to", "截止日期", to);
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidInputException("from", "起始日期不能晚于截止日期。");
        }
        int pageNumber = number("page", "页码", page, 1, 1, DecisionSearch.MAX_PAGE);
        int pageSize = number("size", "每页条数", size, DEFAULT_SIZE, 1, DecisionSearch.MAX_SIZE);
        return new DecisionSearch(keyword, agencyName, code, start, end, pageNumber, pageSize);
    }

    private static LocalDate date(String field, String label, String value) {
        String text = blankToNull(value);
        if (text == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text);
            if (date.getYear() < 1990 || date.getYear() > 2200) {
                throw new DateTimeParseException("out of range", text, 0);
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, label + "格式不正确：应为 年-月-日，如 2026-09-30。");
        }
    }

    private static int number(String field, String label, String value, int fallback, int min, int max) {
        String text = blankToNull(value);
        if (text == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(text);
            if (number < min || number > max) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, label + "应为 " + min + " 到 " + max + " 之间的整数。");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
