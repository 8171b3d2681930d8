package org.sanxiang.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * The steps of one engine command, in the order they happened, written to the record when the
 * command flushes (after its last step, before its transaction commits, in that transaction). A
 * command that fails is never flushed: a rolled-back step leaves no entry. The case number is
 * resolved at the flush, as a case's number is given by a listener after its start event.
 */
class PendingSteps implements Session {

    /** a step whose case is known only when the command ends */
    private static final class Pending {
        final Supplier<String> caseNumber;
        final String kind;
        final String actor;
        final long at;
        final Map<String, Object> details;
        final String processInstanceId;

        Pending(Supplier<String> caseNumber, String kind, String actor, long at, Map<String, Object> details, String processInstanceId) {
            this.caseNumber = caseNumber;
            this.kind = kind;
            this.actor = actor;
            this.at = at;
            this.details = details;
            this.processInstanceId = processInstanceId;
        }
    }

    private final RecordWriter writer;
    private final List<Pending> steps = new ArrayList<>();

    PendingSteps(RecordWriter writer) {
        this.writer = writer;
    }

    void add(Supplier<String> caseNumber, String kind, String actor, long at, Map<String, Object> details, String processInstanceId) {
        steps.add(new Pending(caseNumber, kind, actor, at, details, processInstanceId));
    }

    /** a variable set in the process instance: collected into one VALUES_SET step until a task of the instance completes */
    void value(Supplier<String> caseNumber, String actor, long at, String processInstanceId, String name, Object value) {
        Pending open = openValues(processInstanceId);
        if (open == null) {
            open = new Pending(caseNumber, RecordKinds.VALUES_SET, actor, at, new TreeMap<>(), processInstanceId);
            open.details.put("values", new TreeMap<String, Object>());
            steps.add(open);
        }
        values(open).put(name, value);
    }

    /** the values submitted with a task: those set in its process instance since the last step of the instance that took values */
    Map<String, Object> takeValues(String processInstanceId) {
        Pending open = openValues(processInstanceId);
        if (open == null) {
            return new TreeMap<>();
        }
        steps.remove(open);
        return values(open);
    }

    private Pending openValues(String processInstanceId) {
        for (int i = steps.size() - 1; i >= 0; i--) {
            Pending step = steps.get(i);
            // a decision evaluated while the task completes (recording-requirement) does not end the values it submitted
            if (processInstanceId.equals(step.processInstanceId) && !RecordKinds.DECISION_EVALUATED.equals(step.kind)) {
                return RecordKinds.VALUES_SET.equals(step.kind) ? step : null;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> values(Pending step) {
        return (Map<String, Object>) step.details.get("values");
    }

    @Override
    public void flush() {
        List<Step> resolved = new ArrayList<>();
        for (Pending step : steps) {
            String caseNumber = step.caseNumber.get();
            if (caseNumber != null && !caseNumber.isBlank()) {
                resolved.add(new Step(caseNumber, step.kind, step.actor, step.at, step.details));
            }
        }
        steps.clear();
        if (!resolved.isEmpty()) {
            writer.write(resolved);
        }
    }

    @Override
    public void close() {
        steps.clear();
    }

    /** opens one {@link PendingSteps} per engine command */
    static final class Factory implements SessionFactory {
        private final Supplier<RecordWriter> writer;

        Factory(Supplier<RecordWriter> writer) {
            this.writer = writer;
        }

        @Override
        public Class<?> getSessionType() {
            return PendingSteps.class;
        }

        @Override
        public Session openSession() {
            return new PendingSteps(writer.get());
        }
    }
}
