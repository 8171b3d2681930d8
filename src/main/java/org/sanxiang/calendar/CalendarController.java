package org.sanxiang.calendar;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The working-day calendar over HTTP. Any logged-in user may read; adding a year
 * ({@code PUT /api/calendar/years/{year}}) is for administrators (the security filter over
 * {@code /api/**} enforces both). Every refused request gets status 400 and
 * {@code {"error": "<中文说明>"}}; the error handlers below apply to this controller only.
 */
@RestController
@RequestMapping(path = "/api/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
public class CalendarController {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DAYS = Pattern.compile("-?\\d{1,9}");
    private static final int ECHO_LIMIT = 40;

    private final WorkingDayCalendar calendar;
    private final ObjectReader yearReader;

    public CalendarController(WorkingDayCalendar calendar, ObjectMapper objectMapper) {
        this.calendar = calendar;
        // unknown fields are refused: a misspelt "adjustedWorkday" must not silently drop days
        this.yearReader = objectMapper.readerFor(YearRequest.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /** The body of {@code PUT /years/{year}}; {@code year} is optional and must match the path. */
    record YearRequest(Integer year, String source, List<HolidayDay> holidays, List<LocalDate> adjustedWorkdays) {
    }

    /** The answer of {@code GET /add-working-days}. */
    record WorkingDaysAdded(LocalDate from, int days, LocalDate date, List<Integer> yearsWithoutData) {
    }

    /** The answer of {@code GET /years}. */
    record Years(List<Integer> years, List<Integer> shipped, List<Integer> added, List<Integer> missing) {
    }

    /** {@code GET /api/calendar?from=YYYY-MM-DD&to=YYYY-MM-DD}: every day of the range, both ends included. */
    @GetMapping
    public List<CalendarDay> range(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        return calendar.range(parseDate("from", from), parseDate("to", to));
    }

    /** {@code GET /api/calendar/add-working-days?from=YYYY-MM-DD&days=N}: the day N working days after from. */
    @GetMapping("/add-working-days")
    public WorkingDaysAdded addWorkingDays(@RequestParam(required = false) String from,
            @RequestParam(required = false) String days) {
        LocalDate start = parseDate("from", from);
        int count = parseDays(days);
        LocalDate date = calendar.addWorkingDays(start, count);
        List<Integer> withoutData = IntStream.rangeClosed(start.getYear(), date.getYear())
                .filter(year -> !calendar.hasYear(year)).boxed().toList();
        return new WorkingDaysAdded(start, count, date, withoutData);
    }

    /** {@code GET /api/calendar/years}: which years have a schedule, and which are needed and missing. */
    @GetMapping("/years")
    public Years years() {
        List<Integer> shipped = List.copyOf(calendar.shippedYears());
        List<Integer> added = List.copyOf(calendar.addedYears());
        List<Integer> all = Stream.concat(shipped.stream(), added.stream())
                .sorted().distinct().toList();
        return new Years(all, shipped, added, calendar.missingYears());
    }

    /** {@code GET /api/calendar/years/{year}}: the schedule of a year, 404 if it has none. */
    @GetMapping("/years/{year}")
    public ResponseEntity<Object> year(@PathVariable String year) {
        int y = parseYear(year);
        return calendar.schedule(y).<ResponseEntity<Object>>map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND)
                        .body(error(y + " 年尚无节假日安排，可用 PUT /api/calendar/years/" + y + " 添加")));
    }

    /**
     * {@code PUT /api/calendar/years/{year}}: adds the schedule of a year or replaces the one stored
     * before. Body: {@code {"source":"国办发明电〔…〕…号","holidays":[{"date":"2027-01-01","name":"元旦"}],
     * "adjustedWorkdays":["2027-02-06"]}}. Answers with the schedule as stored.
     */
    @PutMapping("/years/{year}")
    public YearSchedule putYear(@PathVariable String year, @RequestBody JsonNode body, Principal principal) {
        int y = parseYear(year);
        YearRequest request = readYear(body);
        if (request.year() != null && request.year() != y) {
            throw new InvalidCalendarInputException(
                    "请求体中的 year（" + request.year() + "）与路径中的年份（" + y + "）不一致");
        }
        calendar.addYear(new YearSchedule(y, request.source(), request.holidays(), request.adjustedWorkdays()),
                principal == null ? null : principal.getName());
        return calendar.schedule(y).orElseThrow();
    }

    // ---------------------------------------------------------------- parameters

    private static LocalDate parseDate(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidCalendarInputException("缺少参数 " + name + "，格式为 YYYY-MM-DD，例如 2026-02-14");
        }
        String text = value.strip();
        if (DATE.matcher(text).matches()) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                // falls through to the message below: the digits are not a date (2026-13-01, 2026-02-30)
            }
        }
        throw new InvalidCalendarInputException("参数 " + name + " 的值 \"" + echo(value)
                + "\" 不是有效日期，格式为 YYYY-MM-DD，例如 2026-02-14");
    }

    private static int parseDays(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidCalendarInputException(
                    "缺少参数 days，应为 0 到 " + WorkingDayCalendar.MAX_DAYS + " 之间的整数（工作日数）");
        }
        String text = value.strip();
        if (!DAYS.matcher(text).matches()) {
            throw new InvalidCalendarInputException("参数 days 的值 \"" + echo(value) + "\" 不是整数，应为 0 到 "
                    + WorkingDayCalendar.MAX_DAYS + " 之间的整数（工作日数）");
        }
        return Integer.parseInt(text);
    }

    private static int parseYear(String value) {
        if (value == null || !YEAR.matcher(value.strip()).matches()) {
            throw new InvalidCalendarInputException("路径中的年份 \"" + echo(value) + "\" 无效，应为四位数字，例如 2027");
        }
        return Integer.parseInt(value.strip());
    }

    private YearRequest readYear(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new InvalidCalendarInputException(
                    "请求体应为 JSON 对象：{\"holidays\":[{\"date\":\"YYYY-MM-DD\",\"name\":\"节日名称\"}],"
                            + "\"adjustedWorkdays\":[\"YYYY-MM-DD\"]}");
        }
        try {
            return yearReader.readValue(body);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidCalendarInputException("请求体含未知字段 " + path(e)
                    + "：允许的字段为 year、source、holidays（每项含 date、name）、adjustedWorkdays");
        } catch (InvalidFormatException e) {
            throw new InvalidCalendarInputException(path(e) + " 的值 \"" + echo(String.valueOf(e.getValue()))
                    + "\" 无效，日期格式为 YYYY-MM-DD，例如 2027-02-06");
        } catch (JsonMappingException e) {
            throw new InvalidCalendarInputException(path(e) + " 的类型不对：holidays 应为 [{\"date\":\"YYYY-MM-DD\","
                    + "\"name\":\"节日名称\"}]，adjustedWorkdays 应为 [\"YYYY-MM-DD\"]");
        } catch (IOException e) {
            throw new InvalidCalendarInputException("请求体不是有效的 JSON");
        }
    }

    /** The JSON path of a mapping problem, e.g. {@code holidays[2].date}. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.isEmpty() ? "请求体" : path.toString();
    }

    private static String echo(String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= ECHO_LIMIT ? value : value.substring(0, ECHO_LIMIT) + "…";
    }

    private static Map<String, String> error(String message) {
        return Map.of("error", message);
    }

    // ---------------------------------------------------------------- errors (this controller only)

    @ExceptionHandler(InvalidCalendarInputException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidCalendarInputException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(error(e.getMessage()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, String>> unreadable(HttpMessageNotReadableException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(error(
                "请求体缺失或不是有效的 JSON：应为 {\"holidays\":[{\"date\":\"YYYY-MM-DD\",\"name\":\"节日名称\"}],"
                        + "\"adjustedWorkdays\":[\"YYYY-MM-DD\"]}"));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<Map<String, String>> notJson(HttpMediaTypeNotSupportedException e) {
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE).contentType(MediaType.APPLICATION_JSON)
                .body(error("请求体必须是 JSON（Content-Type: application/json）"));
    }

    /** Two administrators stored the same year at the same moment: one of them wins, the other retries. */
    @ExceptionHandler({DataIntegrityViolationException.class, ConcurrencyFailureException.class})
    ResponseEntity<Map<String, String>> conflict(RuntimeException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON)
                .body(error("该年份的节假日安排正被同时修改，请刷新后重试"));
    }
}
