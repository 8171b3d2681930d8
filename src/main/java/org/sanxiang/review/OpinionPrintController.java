package org.sanxiang.review;

import org.sanxiang.enforcement.DecisionDrafts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.sanxiang.people.Directory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * {@code GET /opinions/{id}/print}: the printable 《法制审核意见书》 (HTML, A4 print styles): the
 * case, the opinion, the checklist, the signer, the time and the result of verifying the
 * signature now. Every value is HTML-escaped by the template and the page runs no script at all
 * (Content-Security-Policy), so whatever a user typed is shown as text.
 */
@Controller
public class OpinionPrintController {

    static final String CONTENT_SECURITY_POLICY =
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final OpinionAccess access;
    private final OpinionVerifier verifier;
    private final Directory directory;
    private final String agencyName;
    private final DecisionDrafts drafts;

    public OpinionPrintController(OpinionAccess access, OpinionVerifier verifier, Directory directory,
                                  @Value("${sanxiang.agency-name}") String agencyName, DecisionDrafts drafts) {
        this.drafts = drafts;
        this.access = access;
        this.verifier = verifier;
        this.directory = directory;
        this.agencyName = agencyName;
    }

    /** one line of the checklist as printed */
    public record ChecklistLine(int number, String item, boolean passed) {
    }

    @GetMapping(path = "/opinions/{id}/print", produces = "text/html")
    public String print(@PathVariable String id, Model model, HttpServletResponse response) {
        secure(response);
        OpinionAccess.Found found = access.find(id);
        WrittenOpinion opinion = found.opinion();
        OpinionVerification verification = verifier.verify(opinion);
        List<String> passed = opinion.passedCheckNames();
        ReviewCheck[] checks = ReviewCheck.values();
        List<ChecklistLine> checklist = java.util.stream.IntStream.range(0, checks.length)
            .mapToObj(i -> new ChecklistLine(i + 1, checks[i].label(), passed.contains(checks[i].name()))).toList();
        model.addAttribute("agencyName", agencyName);
        // the draft the opinion was written on: the last one before it
        model.addAttribute("draft", drafts.ofCase(opinion.getCaseNumber()).stream()
            .filter(d -> opinion.getRecordedAt() == null || !d.getDraftedAt().isAfter(opinion.getRecordedAt()))
            .reduce((first, second) -> second).orElse(null));
        model.addAttribute("opinion", opinion);
        model.addAttribute("caseTitle", found.enforcementCase().getTitle());
        model.addAttribute("partyName", found.enforcementCase().getPartyName());
        model.addAttribute("conclusion", conclusion(opinion.opinionName()));
        model.addAttribute("checklist", checklist);
        model.addAttribute("reviewerName", directory.displayName(opinion.getActor()));
        model.addAttribute("signedAt", opinion.getRecordedAt() == null ? "" : TIME.format(opinion.getRecordedAt()));
        model.addAttribute("verification", verification);
        return "opinion-print";
    }

    private static String conclusion(String name) {
        for (Opinion opinion : Opinion.values()) {
            if (opinion.name().equals(name)) {
                return opinion.label();
            }
        }
        return String.valueOf(name);
    }

    private static void secure(HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "no-store");
    }




    static String error(int status, String message, Model model, HttpServletResponse response) {
        secure(response);
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "opinion-error";
    }
}
