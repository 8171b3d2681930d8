package org.sanxiang.workplace;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A start without the agency's name ({@link AgencyNameCheck}) is reported as one line saying what to set, instead
 * of a stack trace. Registered in {@code META-INF/spring.factories}.
 */
public class AgencyNameFailureAnalyzer extends AbstractFailureAnalyzer<AgencyNameCheck.AgencyNameMissingException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AgencyNameCheck.AgencyNameMissingException cause) {
        return new FailureAnalysis(cause.getMessage(), null, cause);
    }
}
