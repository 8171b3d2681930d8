package org.sanxiang.record;

import java.util.Map;
import java.util.TreeMap;

import org.sanxiang.review.OpinionSigned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records the steps other modules publish, synchronously in their transaction (not after commit):
 * when the entry cannot be written, the step fails.
 */
@Component
class DomainStepListener {

    private final DomainSteps steps;

    DomainStepListener(DomainSteps steps) {
        this.steps = steps;
    }

    @EventListener
    void opinionSigned(OpinionSigned event) {
        Map<String, Object> details = new TreeMap<>();
        details.put("opinionId", event.opinionId());
        details.put("round", event.round());
        details.put("opinion", event.opinion());
        details.put("signatureAlgorithm", event.algorithm());
        details.put("keyFingerprint", event.keyFingerprint());
        steps.append(event.caseNumber(), RecordKinds.OPINION_SIGNED, event.reviewer(), details);
    }
}
