package org.sanxiang.database;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Reports a start-up that failed on the database (see {@link DatabaseDiagnosis}) as one line
 * saying what is wrong and what to change, instead of a stack trace. Registered in
 * {@code META-INF/spring.factories}.
 */
public class DatabaseFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        return DatabaseDiagnosis.explain(failure)
            .map(problem -> new FailureAnalysis(problem.getMessage(), null, failure))
            .orElse(null);
    }
}
