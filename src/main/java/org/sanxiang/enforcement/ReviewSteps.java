package org.sanxiang.enforcement;

import java.util.List;

/**
 * The steps of a case's legal reviews, every round, in order. Owned here so that the case can show
 * them without depending on the review module, which implements it (docs/domain.md, "The review loop").
 */
public interface ReviewSteps {

    List<CaseStep> ofCase(String caseNumber);
}
