package org.sanxiang.supervision;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/supervision}: the dashboard's figures ({@code summary}), the cases of one figure
 * ({@code cases}) and the warnings, for leaders and administrators. Filters: {@code from},
 * {@code to} (dates of 立案, default this year), {@code category}, {@code unit}.
 */
@RestController
@RequestMapping("/api/supervision")
class SupervisionController {

    private final SupervisionAccess access;
    private final Summary summary;
    private final FigureQueries queries;
    private final WarningRules warnings;

    SupervisionController(SupervisionAccess access, Summary summary, FigureQueries queries, WarningRules warnings) {
        this.access = access;
        this.summary = summary;
        this.queries = queries;
        this.warnings = warnings;
    }

    @GetMapping("/summary")
    Map<String, Object> summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                @RequestParam(required = false) String category, @RequestParam(required = false) String unit) {
        access.require("执法监督数据");
        return summary.of(Filter.parse(from, to, category, unit, today()));
    }

    @GetMapping("/cases")
    Map<String, Object> cases(@RequestParam(required = false) String figure, @RequestParam(required = false) String key,
                              @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                              @RequestParam(required = false) String category, @RequestParam(required = false) String unit) {
        access.require("执法监督数据");
        Figure wanted = figure(figure);
        if (key == null || key.isBlank() || key.length() > 100) {
            throw new InvalidInputException("key", "请指定统计项。");
        }
        Filter filter = Filter.parse(from, to, category, unit, today());
        List<FigureQueries.CaseRow> rows = queries.cases(wanted, key.strip(), filter);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("figure", wanted.name());
        body.put("title", wanted.title());
        body.put("key", key.strip());
        body.put("filter", filter.json());
        body.put("cases", rows);
        body.put("truncated", rows.size() >= FigureQueries.MAX_CASES);
        return body;
    }

    @GetMapping("/warnings")
    Map<String, Object> warnings() {
        access.require("执法监督线索");
        List<WarningRules.Warning> found = warnings.all();
        return Map.of("count", found.size(), "warnings", found);
    }

    private static Figure figure(String figure) {
        try {
            return Figure.valueOf(figure == null ? "" : figure.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("figure", "统计图表无效：“" + figure + "”。");
        }
    }

    static LocalDate today() {
        return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), WorkingDayCalendar.ZONE);
    }
}
