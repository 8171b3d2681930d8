package org.sanxiang.enforcement;

import java.math.BigDecimal;
import java.util.List;

import org.sanxiang.catalog.Action;
import org.sanxiang.catalog.Category;
import org.sanxiang.catalog.PartyType;
import org.sanxiang.catalog.Procedure;
import org.sanxiang.catalog.Tier;

/** The validated facts of a case (docs/domain.md, "The case"). */
public record CaseFacts(
    String caseTitle,
    Category category,
    Action action,
    Procedure procedure,
    Tier tier,
    String domain,
    PartyType partyType,
    String partyName,
    BigDecimal amount,
    boolean hearingHeld,
    boolean publicInterest,
    boolean socialRisk,
    boolean complexCase,
    boolean suspectedCrime,
    boolean outsideDiscretion,
    List<String> handlers) {
}
