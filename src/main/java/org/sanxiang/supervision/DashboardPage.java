package org.sanxiang.supervision;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.catalog.Category;
import org.sanxiang.people.ActingUser;
import org.sanxiang.enforcement.HandlingUnits;
import org.sanxiang.people.Directory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * {@code GET /supervision}: the supervision dashboard (执法监督) for leaders and administrators; the
 * figures come from {@code /api/supervision/summary} and are drawn with ECharts (packaged webjar).
 */
@Controller
class DashboardPage {

    private final Directory directory;
    private final HandlingUnits units;
    private final SupervisionSettings settings;

    DashboardPage(Directory directory, HandlingUnits units, SupervisionSettings settings) {
        this.directory = directory;
        this.units = units;
        this.settings = settings;
    }

    @GetMapping("/supervision")
    String dashboard(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                     @RequestParam(required = false) String category, @RequestParam(required = false) String unit,
                     Model model, HttpServletResponse response) {
        ActingUser user = directory.actingUser().orElse(null);
        if (user == null || !SupervisionAccess.mayRead(user)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            model.addAttribute("message", user == null ? "请先登录。"
                : "用户 " + user.userId() + " 不是机关负责人或系统管理员，不能查看执法监督。");
            return "supervision/refused";
        }
        LocalDate today = SupervisionController.today();
        Filter filter;
        try {
            filter = Filter.parse(from, to, category, unit, today);
        } catch (RuntimeException e) {
            filter = Filter.parse(null, null, null, null, today);
        }
        model.addAttribute("userName", directory.displayName(user.userId()));
        model.addAttribute("from", filter.from().toString());
        model.addAttribute("to", filter.to().toString());
        model.addAttribute("category", filter.category() == null ? "" : filter.category().name());
        model.addAttribute("unit", filter.unit() == null ? "" : filter.unit());
        // the configured units, and the default unit of the cases registered before units were kept
        java.util.LinkedHashSet<String> offered = new java.util.LinkedHashSet<>(units.names());
        offered.add(settings.defaultUnit());
        if (filter.unit() != null) {
            offered.add(filter.unit());
        }
        model.addAttribute("units", List.copyOf(offered));
        model.addAttribute("categories", List.of(Category.values()));
        model.addAttribute("figures", java.util.Arrays.stream(Figure.values()).map(f -> java.util.Map.of("id", f.name(), "title", f.title())).toList());
        return "supervision/dashboard";
    }
}
