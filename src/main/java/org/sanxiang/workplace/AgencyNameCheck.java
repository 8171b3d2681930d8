package org.sanxiang.workplace;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * The agency's name ({@code sanxiang.agency-name}) is printed as the issuer of its documents (《法制审核意见书》,
 * the public disclosures, the annual statistics) and shown in the webapps' header: outside the demo profile (which
 * names a demo agency) the application does not start without it, rather than print a generic 行政执法机关.
 */
@Component
class AgencyNameCheck {

    static final String MISSING = "未配置本机关名称：请通过环境变量 SANXIANG_AGENCY_NAME（sanxiang.agency-name）设置机关全称，"
        + "如“某市市场监督管理局”（the agency's name is required: set SANXIANG_AGENCY_NAME）。";

    AgencyNameCheck(Environment environment) {
        check(environment.getProperty("sanxiang.agency-name"), environment.acceptsProfiles(Profiles.of("demo")));
    }

    static void check(String agencyName, boolean demo) {
        if (!demo && (agencyName == null || agencyName.isBlank())) {
            throw new AgencyNameMissingException(MISSING);
        }
    }

    /** reported as its one line at start-up ({@link AgencyNameFailureAnalyzer}) */
    static class AgencyNameMissingException extends IllegalStateException {
        AgencyNameMissingException(String message) {
            super(message);
        }
    }
}
