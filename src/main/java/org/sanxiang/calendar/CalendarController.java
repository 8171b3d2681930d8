package org.sanxiang.calendar;

import java.io.IOException;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.refusal.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import jakarta.validation.constraints.Pattern;

/**
 * The working-day calendar over HTTP. Any logged-in user may read; adding a year
 * ({@code PUT /api/calendar/years/{year}}) is for administrators (the security filter over
 * {@code /api/**} enforces both). Parameters are bound and validated by Spring; every refusal is
 * answered by {@link org.sanxiang.refusal.ApiErrors} (docs/domain.md, "Refusals").
 */
@RestController
@RequestMapping(path = "/api/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
public class CalendarController {

    private static final String YEAR = "\\d{4}";
    private static final String BAD_YEAR = "路径中的年份 \"${validatedValue}\" 无效，应为四位数字，例如 2027";

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
    public List<CalendarDay> range(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return calendar.range(from, to);
    }

    /** {@code GET /api/calendar/add-working-days?from=YYYY-MM-DD&days=N}: the day N working days after from. */
    @GetMapping("/add-working-days")
    public WorkingDaysAdded addWorkingDays(@RequestParam @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam int days) {
        LocalDate date = calendar.addWorkingDays(from, days);
        List<Integer> withoutData = IntStream.rangeClosed(from.getYear(), date.getYear())
                .filter(year -> !calendar.hasYear(year)).boxed().toList();
        return new WorkingDaysAdded(from, days, date, withoutData);
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
    public YearSchedule year(@PathVariable @Pattern(regexp = YEAR, message = BAD_YEAR) String year) {
        int y = Integer.parseInt(year);
        return calendar.schedule(y).orElseThrow(() -> new NotFoundException(
                y + " 年尚无节假日安排，可用 PUT /api/calendar/years/" + y + " 添加"));
    }

    /**
     * {@code PUT /api/calendar/years/{year}}: adds the schedule of a year or replaces the one stored
     * before. Body: {@code {"source":"国办发明电〔…〕…号","holidays":[{"date":"2027-01-01","name":"元旦"}],
     * "adjustedWorkdays":["2027-02-06"]}}. Answers with the schedule as stored. The body is read
     * strictly (unknown fields refused); a body that does not fit is answered by ApiErrors, which
     * names the field at fault.
     */
    @PutMapping("/years/{year}")
    public YearSchedule putYear(@PathVariable @Pattern(regexp = YEAR, message = BAD_YEAR) String year,
            @RequestBody JsonNode body, Principal principal) throws IOException {
        int y = Integer.parseInt(year);
        YearRequest request = yearReader.readValue(body);
        if (request == null) {
            throw new InvalidInputException("holidays", "请求体应为 JSON 对象：{\"holidays\":[{\"date\":\"YYYY-MM-DD\","
                    + "\"name\":\"节日名称\"}],\"adjustedWorkdays\":[\"YYYY-MM-DD\"]}");
        }
        if (request.year() != null && request.year() != y) {
            throw new InvalidInputException("year",
                    "请求体中的 year（" + request.year() + "）与路径中的年份（" + y + "）不一致");
        }
        calendar.addYear(new YearSchedule(y, request.source(), request.holidays(), request.adjustedWorkdays()),
                principal == null ? null : principal.getName());
        return calendar.schedule(y).orElseThrow();
    }
}
