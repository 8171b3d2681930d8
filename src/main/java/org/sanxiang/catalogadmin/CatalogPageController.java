package org.sanxiang.catalogadmin;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The catalog administrator's page {@code /catalog} (behind login: the webapps' session or HTTP
 * Basic, like {@code /opinions/{id}/print}): the catalog in force, its versions, what changed
 * between two, download of the DMN, upload of a draft, rollback; and {@code /catalog/drafts/{id}}:
 * a draft's validation, comparison and what-if, and its deployment. The page's script
 * ({@code /catalog-admin.js}) posts to {@link CatalogController} with the session's CSRF token.
 */
@Controller
public class CatalogPageController {

    /** the session attribute where Camunda's webapps keep the CSRF token of a session login */
    static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
    static final String CONTENT_SECURITY_POLICY =
        "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final CatalogVersions versions;
    private final CatalogAdministration administration;

    public CatalogPageController(CatalogVersions versions, CatalogAdministration administration) {
        this.versions = versions;
        this.administration = administration;
    }

    @GetMapping(path = "/catalog", produces = "text/html")
    public String catalog(@RequestParam(name = "from", required = false) Integer from, @RequestParam(name = "to", required = false) Integer to,
                          Model model, HttpSession session, HttpServletResponse response) {
        administration.administrator();
        prepare(model, session, response);
        CatalogView inForce = versions.inForce();
        model.addAttribute("catalog", inForce);
        model.addAttribute("versions", versions.versions());
        if (from != null && to != null) {
            model.addAttribute("from", from);
            model.addAttribute("to", to);
            model.addAttribute("diff", versions.diff(from, to));
        }
        return "catalog-admin";
    }

    @GetMapping(path = "/catalog/drafts/{id}", produces = "text/html")
    public String draft(@PathVariable long id, Model model, HttpSession session, HttpServletResponse response) {
        DraftReport report = administration.report(id);
        prepare(model, session, response);
        model.addAttribute("draft", report);
        return "catalog-draft";
    }

    private static void prepare(Model model, HttpSession session, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        Object token = session == null ? null : session.getAttribute(CSRF_SESSION_ATTRIBUTE);
        model.addAttribute("csrfToken", token == null ? "" : token.toString());
    }
}
