package org.sanxiang.portal;

import java.util.Optional;

import org.sanxiang.catalog.Category;
import org.sanxiang.disclosure.DecisionSearch;
import org.sanxiang.disclosure.PublicDecision;
import org.sanxiang.disclosure.PublishedDecisions;
import org.sanxiang.refusal.InvalidInputException;
import org.sanxiang.supervision.PublishedStatistics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public pages (行政执法公示): search of published decisions, a decision's page (or its
 * tombstone once withdrawn) and 事前公开 (the enforcement staff with their certificates, the review
 * catalog, the published annual statistics and the latest checkpoint of the full-process record). Server-rendered by Thymeleaf (every value escaped), no script, no cookie.
 */
@Controller
class PortalPages {

    private static final Logger LOG = LoggerFactory.getLogger(PortalPages.class);

    private final PublishedDecisions decisions;
    private final PublicStaff staff;
    private final LatestCheckpoint checkpoint;
    private final PublishedStatistics statistics;

    PortalPages(PublishedDecisions decisions, PublicStaff staff, LatestCheckpoint checkpoint, PublishedStatistics statistics) {
        this.decisions = decisions;
        this.staff = staff;
        this.checkpoint = checkpoint;
        this.statistics = statistics;
    }

    @GetMapping({"/public", "/public/"})
    public String search(@RequestParam(required = false) String q, @RequestParam(required = false) String agency,
                         @RequestParam(required = false) String category, @RequestParam(required = false) String from,
                         @RequestParam(required = false) String to, @RequestParam(required = false) String page,
                         @RequestParam(required = false) String size, Model model, HttpServletResponse response) {
        model.addAttribute("categories", Category.values());
        model.addAttribute("agencies", decisions.agencies());
        model.addAttribute("q", q);
        model.addAttribute("agency", agency);
        model.addAttribute("category", category);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            DecisionSearch search = PortalQuery.parse(q, agency, category, from, to, page, size);
            model.addAttribute("result", decisions.search(search));
        } catch (InvalidInputException e) {
            LOG.warn("Public search refused: {}", e.getMessage());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("error", e.getMessage());
        }
        return "public/search";
    }

    @GetMapping("/public/decisions/{id}")
    public String decision(@PathVariable String id, Model model, HttpServletResponse response) {
        Optional<PublicDecision> decision = id(id).flatMap(decisions::find);
        if (decision.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
            return "public/not-found";
        }
        model.addAttribute("decision", decision.get());
        return decision.get().withdrawn() ? "public/withdrawn" : "public/decision";
    }

    @GetMapping("/public/staff")
    public String staff(Model model) {
        model.addAttribute("staff", staff.list());
        model.addAttribute("checkpoint", checkpoint.latest().orElse(null));
        model.addAttribute("statisticsYears", statistics.years());
        return "public/staff";
    }

    /** a decision id in a path: digits only, else none */
    static Optional<Long> id(String text) {
        if (text == null || !text.matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }
}
