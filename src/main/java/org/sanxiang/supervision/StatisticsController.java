package org.sanxiang.supervision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.sanxiang.people.ActingUser;
import org.sanxiang.refusal.ConflictException;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/supervision/statistics/{year}}: every version of a year's statistics with who computed,
 * approved and corrected it (leaders and administrators), and {@code POST .../corrections}: a
 * correction after publication, computed anew and published as a new version with its reason.
 */
@RestController
@RequestMapping("/api/supervision/statistics/{year:\\d{4}}")
class StatisticsController {

    /** a correction's reason (更正原因) */
    record Correction(@NotBlank @Size(max = 2000) String reason) {
    }

    private final SupervisionAccess access;
    private final StatisticsVersions versions;
    private final AnnualStatistics statistics;

    StatisticsController(SupervisionAccess access, StatisticsVersions versions, AnnualStatistics statistics) {
        this.access = access;
        this.versions = versions;
        this.statistics = statistics;
    }

    @GetMapping
    Map<String, Object> versions(@PathVariable int year) {
        access.require("年度统计数据");
        List<Map<String, Object>> all = versions.all(year).stream().map(v -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("version", v.version());
            json.put("status", v.status());
            json.put("computedAt", v.computedAt());
            json.put("computedBy", v.computedBy());
            json.put("approvedBy", v.approvedBy());
            json.put("publishedAt", v.publishedAt());
            json.put("correctionReason", v.correctionReason());
            json.put("statistics", versions.content(v));
            return json;
        }).toList();
        return Map.of("year", year, "versions", all);
    }

    @PostMapping("/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> correct(@PathVariable int year, @RequestBody(required = false) Correction correction) {
        ActingUser user = access.require("年度统计数据");
        if (correction == null || correction.reason() == null || correction.reason().isBlank()) {
            throw new InvalidInputException("reason", "请填写更正原因。");
        }
        if (correction.reason().length() > 2000) {
            throw new InvalidInputException("reason", "更正原因不能超过 2000 个字。");
        }
        if (versions.published(year).isEmpty()) {
            throw new ConflictException(year + " 年度统计数据尚未公开，不能更正；请在审核任务中办理。");
        }
        StatisticsVersions.Version corrected = versions.correction(year, statistics.compute(year), user.userId(), correction.reason().strip());
        return Map.of("year", year, "version", corrected.version(), "publishedAt", corrected.publishedAt());
    }
}
