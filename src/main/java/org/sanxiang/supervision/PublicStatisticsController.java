package org.sanxiang.supervision;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/public/statistics/{year}} (JSON) and {@code .csv}: the published annual statistics,
 * anonymous and read-only: the newest published version, and every published version with the
 * reason of each correction. Nothing personal: counts and amounts only.
 */
@RestController
@RequestMapping("/api/public/statistics")
class PublicStatisticsController {

    private final PublicStatistics statistics;

    PublicStatisticsController(PublicStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping(value = "/{year:\\d{4}}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json(@PathVariable int year) {
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(statistics.of(year));
    }

    @GetMapping("/{year:\\d{4}}.csv")
    ResponseEntity<byte[]> csv(@PathVariable int year) {
        String csv = "\uFEFF" + PublicStatistics.csv(statistics.of(year));
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header("Content-Disposition", "attachment; filename=\"statistics-" + year + ".csv\"")
            .body(csv.getBytes(StandardCharsets.UTF_8));
    }
}
