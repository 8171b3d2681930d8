package org.sanxiang.catalogadmin;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The published catalog (重大执法决定法制审核目录清单 向社会公开), anonymous and read-only: the page
 * {@code /public/catalog} (Chinese, for phones too, no cookies, no script) and {@code /api/public/catalog}.
 * Generated from the deployed decision each time: it shows the rules in force the moment they are deployed.
 */
@Controller
public class PublicCatalogController {

    static final String CONTENT_SECURITY_POLICY =
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private final CatalogVersions versions;

    public PublicCatalogController(CatalogVersions versions) {
        this.versions = versions;
    }

    @GetMapping("/api/public/catalog")
    @ResponseBody
    public PublicCatalog catalog(@RequestParam(name = "version", required = false) Integer version) {
        return PublicCatalog.of(versions, version);
    }

    @GetMapping(path = "/public/catalog", produces = "text/html")
    public String page(@RequestParam(name = "version", required = false) Integer version, Model model, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("Cache-Control", "no-cache");
        model.addAttribute("catalog", PublicCatalog.of(versions, version));
        return "catalog-public";
    }
}
