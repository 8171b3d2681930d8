package org.sanxiang.supervision;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.refusal.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code GET /public/statistics/{year}}: the published annual statistics as a public page with charts (anonymous, nothing personal). */
@Controller
class PublicStatisticsPage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(WorkingDayCalendar.ZONE);

    private final PublicStatistics statistics;

    PublicStatisticsPage(PublicStatistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/public/statistics/{year:\\d{4}}")
    @SuppressWarnings("unchecked")
    String page(@PathVariable int year, Model model, HttpServletResponse response) {
        Map<String, Object> published;
        try {
            published = statistics.of(year);
        } catch (NotFoundException e) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            model.addAttribute("message", e.getMessage());
            return "supervision/public-statistics-missing";
        }
        Map<String, Object> content = (Map<String, Object>) published.get("statistics");
        model.addAttribute("year", year);
        model.addAttribute("agency", content.get("agency"));
        model.addAttribute("version", published.get("version"));
        model.addAttribute("publishedAt", DAY.format((java.time.Instant) published.get("publishedAt")));
        model.addAttribute("correctionReason", published.get("correctionReason"));
        model.addAttribute("categories", content.get("categories"));
        model.addAttribute("reviews", content.get("reviews"));
        model.addAttribute("disclosures", content.get("disclosures"));
        model.addAttribute("recordings", content.get("recordings"));
        return "supervision/public-statistics";
    }
}
