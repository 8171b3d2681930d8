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

    private final DomainSteps steps;

    DisclosureStepListener(DomainSteps steps) {
        this.steps = steps;
    }

    @EventListener
    void redacted(DecisionRedacted event) {
        append(RecordKinds.DISCLOSURE_REDACTED, event.caseNumber(), event.actor(), event);
    }

    @EventListener
    void published(DecisionPublished event) {
        append(RecordKinds.DISCLOSURE_PUBLISHED, event.caseNumber(), event.actor(), event);
    }

    @EventListener
    void notPublished(DecisionNotPublished event) {
        append(RecordKinds.DISCLOSURE_NOT_PUBLISHED, event.caseNumber(), event.actor(), event);
    }

    @EventListener
    void withdrawalRequested(DisclosureWithdrawalRequested event) {
        append(RecordKinds.DISCLOSURE_WITHDRAWAL_REQUESTED, event.caseNumber(), event.actor(), event);
    }

    @EventListener
    void withdrawn(DisclosureWithdrawn event) {
        append(RecordKinds.DISCLOSURE_WITHDRAWN, event.caseNumber(), event.actor(), event);
    }

    @EventListener
    void correctionRequested(DisclosureCorrectionRequested event) {
        append(RecordKinds.DISCLOSURE_CORRECTION_REQUESTED, event.caseNumber(), event.actor(), event);
    }

    @EventListener
    void corrected(DisclosureCorrected event) {
        append(RecordKinds.DISCLOSURE_CORRECTED, event.caseNumber(), event.actor(), event);
    }

    @EventListener
    void expired(DisclosureExpired event) {
        append(RecordKinds.DISCLOSURE_EXPIRED, event.caseNumber(), event.actor(), event);
    }

    private void append(String kind, String caseNumber, String actor, Record event) {
        steps.append(caseNumber, kind, actor == null ? "system" : actor, details(event));
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
