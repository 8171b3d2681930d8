package org.sanxiang.record;

import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.TreeMap;

import org.sanxiang.disclosure.DecisionNotPublished;
import org.sanxiang.disclosure.DecisionPublished;
import org.sanxiang.disclosure.DecisionRedacted;
import org.sanxiang.disclosure.DisclosureCorrected;
import org.sanxiang.disclosure.DisclosureCorrectionRequested;
import org.sanxiang.disclosure.DisclosureExpired;
import org.sanxiang.disclosure.DisclosureStep;
import org.sanxiang.disclosure.DisclosureWithdrawalRequested;
import org.sanxiang.disclosure.DisclosureWithdrawn;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every step of a decision's disclosure (docs/domain.md, "Disclosure") is an entry of the case's
 * record, written synchronously in the step's transaction: redaction (with the hashes of the
 * original and the published text), publication, not publishing and why, withdrawal, correction
 * (each version) and expiry. The entry's details are the event's fields.
 */
@Component
class DisclosureStepListener {

    private static final Map<Class<?>, String> KINDS = Map.of(
        DecisionRedacted.class, RecordKinds.DISCLOSURE_REDACTED,
        DecisionPublished.class, RecordKinds.DISCLOSURE_PUBLISHED,
        DecisionNotPublished.class, RecordKinds.DISCLOSURE_NOT_PUBLISHED,
        DisclosureWithdrawalRequested.class, RecordKinds.DISCLOSURE_WITHDRAWAL_REQUESTED,
        DisclosureWithdrawn.class, RecordKinds.DISCLOSURE_WITHDRAWN,
        DisclosureCorrectionRequested.class, RecordKinds.DISCLOSURE_CORRECTION_REQUESTED,
        DisclosureCorrected.class, RecordKinds.DISCLOSURE_CORRECTED,
        DisclosureExpired.class, RecordKinds.DISCLOSURE_EXPIRED);

    private final DomainSteps steps;

    DisclosureStepListener(DomainSteps steps) {
        this.steps = steps;
    }

    @EventListener
    void step(DisclosureStep event) {
        String kind = KINDS.get(event.getClass());
        if (kind == null) {
            throw new IllegalStateException("no record kind for the disclosure step " + event.getClass().getName());
        }
        steps.append(event.caseNumber(), kind, event.actor() == null ? "system" : event.actor(), details((Record) event));
    }

    /** the event's fields but the case and the actor, which the entry has anyway; times as ISO text */
    static Map<String, Object> details(Record event) {
        Map<String, Object> details = new TreeMap<>();
        for (RecordComponent component : event.getClass().getRecordComponents()) {
            String name = component.getName();
            if (name.equals("caseNumber") || name.equals("actor")) {
                continue;
            }
            try {
                Object value = component.getAccessor().invoke(event);
                if (value != null) {
                    details.put(name, value instanceof Number || value instanceof Boolean ? value : value.toString());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + name + " of " + event, e);
            }
        }
        return details;
    }
}
