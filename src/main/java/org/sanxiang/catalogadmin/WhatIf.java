package org.sanxiang.catalogadmin;

import java.util.List;
import java.util.Map;

/**
 * What a draft would have decided: over {@code evaluations} past evaluations and open cases, how
 * many change review level and how many only their basis, counted by category and tier, and the
 * cases that change with both results (at most {@link #LISTED}; open cases marked). {@code errors}
 * are evaluations the draft could not decide.
 */
public record WhatIf(int evaluations, int openCases, int levelChanges, int basisChanges, List<Group> groups, List<CaseChange> cases,
                     List<String> errors, long millis) {

    public static final int LISTED = 500;

    /** the changes in one category and tier: {@code levels} counts e.g. "一般 → 重大" */
    public record Group(String category, String tier, Map<String, Integer> levels, int basisChanges) {
    }

    /** one case whose result changes */
    public record CaseChange(String caseNumber, boolean open, String evaluatedAt, String category, String tier, String facts,
                             String levelBefore, String levelBeforeLabel, String basisBefore, String levelAfter,
                             String levelAfterLabel, String basisAfter) {
    }
}
