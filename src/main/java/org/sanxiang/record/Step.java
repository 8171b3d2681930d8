package org.sanxiang.record;

import java.util.Map;
import java.util.TreeMap;

/** A step to be written to a case's record: what kind, by whom, when (epoch milliseconds), and its details. */
record Step(String caseNumber, String kind, String actor, long at, Map<String, Object> details) {

    Step {
        actor = actor == null || actor.isBlank() ? "system" : actor;
        details = new TreeMap<>(details);
    }
}
