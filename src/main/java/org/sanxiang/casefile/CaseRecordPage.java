package org.sanxiang.casefile;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.sanxiang.enforcement.CaseRegister;
import org.sanxiang.enforcement.EnforcementCase;
import org.sanxiang.people.Directory;
import org.sanxiang.record.RecordAccess;
import org.sanxiang.record.RecordEntries;
import org.sanxiang.record.RecordSummaries;
import org.sanxiang.record.RecordVerification;
import org.sanxiang.record.RecordVerifier;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.sanxiang.refusal.NotFoundException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page {@code /cases/{caseNumber}/record} (HTML, Chinese, behind the login): the case file (upload form, every
 * file with its uploader by name, time in Beijing time, size, hash, download link and corrections), the case's record
 * (who, when, what) and its verification. Who may read it as over REST ({@link RecordAccess}); anyone else gets the
 * 403 page with nothing of the case. Reading it is a retrieval (调阅) on the record. Uploads go to the REST API
 * ({@code record-page.js}, with the session's CSRF token when logged in through Tasklist).
 */
@Controller
class CaseRecordPage {

    /** where Camunda's webapps keep a logged-in session's CSRF token (their cookie is only for /camunda/) */
    static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self';"
        + " base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final RecordAccess access;
    private final CaseFiles files;
    private final RecordEntries entries;
    private final RecordVerifier verifier;
    private final RecordSummaries summaries;
    private final CaseRegister cases;
    private final Directory directory;
    private final TransactionTemplate transaction;
    private final String agencyName;

    CaseRecordPage(RecordAccess access, CaseFiles files, RecordEntries entries, RecordVerifier verifier, RecordSummaries summaries, CaseRegister cases,
                   Directory directory, TransactionTemplate transaction, @Value("${sanxiang.agency-name}") String agencyName) {
        this.access = access;
        this.files = files;
        this.entries = entries;
        this.verifier = verifier;
        this.summaries = summaries;
        this.cases = cases;
        this.directory = directory;
        this.transaction = transaction;
        this.agencyName = agencyName;
    }

    @GetMapping("/cases/{caseNumber}/record")
    String page(@PathVariable String caseNumber, @RequestParam(required = false) String purpose, Model model,
                HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("agencyName", agencyName);
        model.addAttribute("csrfToken", session != null && session.getAttribute(CSRF_SESSION_ATTRIBUTE) instanceof String token ? token : null);
        try {
            transaction.executeWithoutResult(status -> fill(caseNumber, purpose, model));
        } catch (ActionNotAllowedException e) {
            return refused(HttpServletResponse.SC_FORBIDDEN, e.getMessage(), model, response);
        } catch (NotFoundException e) {
            return refused(HttpServletResponse.SC_NOT_FOUND, e.getMessage(), model, response);
        }
        return "casefile-record";
    }

    private void fill(String caseNumber, String purpose, Model model) {
        access.check(caseNumber);
        EnforcementCase c = cases.get(caseNumber);
        RecordVerification verification = verifier.verify(caseNumber);
        var user = access.retrieve(caseNumber, "案卷材料和全过程记录（页面）", purpose);
        Map<String, String> names = new HashMap<>();
        Function<String, String> name = id -> names.computeIfAbsent(id, directory::displayName);
        List<CaseFileEntry> all = files.ofCase(caseNumber);
        model.addAttribute("userName", name.apply(user.userId()));
        model.addAttribute("c", c);
        model.addAttribute("files", all.stream().map(f -> RecordPageRows.file(f, all, name)).toList());
        model.addAttribute("types", FileType.values());
        var summary = summaries.reader(name);
        model.addAttribute("entries", entries.ofCase(caseNumber).stream().map(e -> RecordPageRows.entry(e, name, summary)).toList());
        model.addAttribute("verification", verification);
        model.addAttribute("breach", verification.problem() == null ? null : RecordPageRows.breach(verification.problem().breach()));
        model.addAttribute("now", CaseFileController.SHOWN.format(Instant.now()));
    }

    private static String refused(int status, String message, Model model, HttpServletResponse response) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        return "casefile-error";
    }
}
