package org.sanxiang.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules every schedule obeys, shipped or added at run time. Collects every problem instead of
 * stopping at the first, so that an administrator can fix a schedule in one go.
 */
final class ScheduleValidator {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;
    static final int MAX_NAME_LENGTH = 100;
    static final int MAX_SOURCE_LENGTH = 200;

    private ScheduleValidator() {
    }

    /** @return the problems of the schedule in Chinese, empty if it is valid */
    static List<String> problems(YearSchedule schedule) {
        List<String> problems = new ArrayList<>();
        int year = schedule.year();
        if (year < MIN_YEAR || year > MAX_YEAR) {
            problems.add("year 必须是 " + MIN_YEAR + " 到 " + MAX_YEAR + " 之间的年份，收到 " + year);
            return problems;
        }
        if (schedule.source() != null && schedule.source().length() > MAX_SOURCE_LENGTH) {
            problems.add("source 不能超过 " + MAX_SOURCE_LENGTH + " 个字符");
        }
        if (schedule.holidays().isEmpty()) {
            problems.add("holidays 不能为空：每年至少有一个放假日，格式为 [{\"date\":\"YYYY-MM-DD\",\"name\":\"节日名称\"}]");
        }
        Set<LocalDate> daysOff = new HashSet<>();
        for (int i = 0; i < schedule.holidays().size(); i++) {
            HolidayDay holiday = schedule.holidays().get(i);
            String at = "holidays[" + i + "]";
            if (holiday == null) {
                problems.add(at + " 为空，应为 {\"date\":\"YYYY-MM-DD\",\"name\":\"节日名称\"}");
                continue;
            }
            if (holiday.name() == null || holiday.name().isBlank()) {
                problems.add(at + ".name 不能为空，应为节日名称，如\"春节\"");
            } else if (holiday.name().length() > MAX_NAME_LENGTH) {
                problems.add(at + ".name 不能超过 " + MAX_NAME_LENGTH + " 个字符");
            }
            LocalDate date = holiday.date();
            if (date == null) {
                problems.add(at + ".date 缺失，格式为 YYYY-MM-DD");
            } else if (date.getYear() != year) {
                problems.add(at + ".date " + date + " 不在 " + year + " 年内");
            } else if (!daysOff.add(date)) {
                problems.add(at + ".date " + date + " 重复：每个放假日只能出现一次");
            }
        }
        Set<LocalDate> workdays = new HashSet<>();
        for (int i = 0; i < schedule.adjustedWorkdays().size(); i++) {
            LocalDate date = schedule.adjustedWorkdays().get(i);
            String at = "adjustedWorkdays[" + i + "]";
            if (date == null) {
                problems.add(at + " 缺失，格式为 YYYY-MM-DD");
            } else if (date.getYear() != year) {
                problems.add(at + " " + date + " 不在 " + year + " 年内");
            } else if (!isWeekend(date)) {
                problems.add(at + " " + date + " 是" + weekdayName(date.getDayOfWeek())
                        + "，调休上班日必须是星期六或星期日");
            } else if (daysOff.contains(date)) {
                problems.add(at + " " + date + " 同时是放假日：一天不能既放假又上班");
            } else if (!workdays.add(date)) {
                problems.add(at + " " + date + " 重复：每个调休上班日只能出现一次");
            }
        }
        return problems;
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    static String weekdayName(DayOfWeek day) {
        return switch (day) {
            case MONDAY -> "星期一";
            case TUESDAY -> "星期二";
            case WEDNESDAY -> "星期三";
            case THURSDAY -> "星期四";
            case FRIDAY -> "星期五";
            case SATURDAY -> "星期六";
            case SUNDAY -> "星期日";
        };
    }
}
