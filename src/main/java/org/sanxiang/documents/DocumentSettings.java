package org.sanxiang.documents;

import java.math.BigDecimal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanxiang.documents.*}.
 *
 * @param agencyShortName         the agency's short name that begins each 文号 (某市监 in 某市监罚告〔2026〕12号)
 * @param templateDirectory       a directory whose templates replace the shipped ones of the same name (empty: the shipped ones)
 * @param hearingAmountPerson     the fine from which a natural person may ask for a hearing (较大数额, 《行政处罚法》第63条)
 * @param hearingAmountOrganization the same for a legal person or other organisation
 */
@ConfigurationProperties(prefix = "sanxiang.documents")
record DocumentSettings(String agencyShortName, String templateDirectory, BigDecimal hearingAmountPerson,
                        BigDecimal hearingAmountOrganization) {

    DocumentSettings {
        agencyShortName = agencyShortName == null ? "" : agencyShortName.strip();
        templateDirectory = templateDirectory == null ? "" : templateDirectory.strip();
        hearingAmountPerson = hearingAmountPerson == null ? new BigDecimal("10000") : hearingAmountPerson;
        hearingAmountOrganization = hearingAmountOrganization == null ? new BigDecimal("100000") : hearingAmountOrganization;
    }
}
