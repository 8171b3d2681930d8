package org.sanxiang.record;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionOutputInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionEvaluationEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricDecisionInstanceEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Turns the engine's history events into record steps, next to (not instead of) the default
 * handler that writes Camunda's history tables: process start and end, each user task's
 * creation, claim, completion (with the values submitted) and cancellation, each value set, each
 * decision evaluation with its inputs and outputs. Steps outside any case (no business key) are
 * not recorded.
 */
class RecordHistoryHandler implements HistoryEventHandler {

    static final int MAX_VALUE = 2000;

    @Override
    public void handleEvent(HistoryEvent event) {
        CommandContext context = Context.getCommandContext();
        if (context != null && event instanceof HistoricIdentityLinkLogEventEntity link) {
            assigned(context, link);
        }
        if (context != null && event instanceof HistoricDecisionEvaluationEvent decision) {
            decision(context, decision.getRootHistoricDecisionInstance());
        }
        if (context == null || event.getProcessInstanceId() == null) {
            return;
        }
        if (event instanceof HistoricProcessInstanceEventEntity process) {
            process(context, process);
        } else if (event instanceof HistoricTaskInstanceEventEntity task) {
            task(context, task);
        } else if (event instanceof HistoricVariableUpdateEventEntity variable) {
            variable(context, variable);
        }
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private void process(CommandContext context, HistoricProcessInstanceEventEntity event) {
        String kind = event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_START) ? RecordKinds.PROCESS_STARTED
            : event.isEventOfType(HistoryEventTypes.PROCESS_INSTANCE_END) ? RecordKinds.PROCESS_ENDED : null;
        if (kind == null) {
            return;
        }
        Map<String, Object> details = new TreeMap<>();
        details.put("process", event.getProcessDefinitionKey());
        details.put("processInstanceId", event.getProcessInstanceId());
        if (RecordKinds.PROCESS_STARTED.equals(kind)) {
            details.put("startActivity", event.getStartActivityId());
        } else {
            details.put("endActivity", event.getEndActivityId());
            if (event.getDeleteReason() != null) {
                details.put("deleteReason", event.getDeleteReason());
            }
        }
        String businessKey = event.getBusinessKey();
        Supplier<String> caseNumber = businessKey != null ? () -> businessKey : caseOf(context, event.getProcessInstanceId());
        steps(context).add(caseNumber, kind, actor(context), now(), details, event.getProcessInstanceId());
    }

    private void task(CommandContext context, HistoricTaskInstanceEventEntity event) {
        String kind;
        Map<String, Object> details = new TreeMap<>();
        if (event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_CREATE)) {
            kind = RecordKinds.TASK_CREATED;
        } else if (event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_COMPLETE)) {
            kind = RecordKinds.TASK_COMPLETED;
            details.put("values", steps(context).takeValues(event.getProcessInstanceId()));
        } else if (event.isEventOfType(HistoryEventTypes.TASK_INSTANCE_DELETE)) {
            kind = RecordKinds.TASK_CANCELLED;
            details.put("reason", event.getDeleteReason());
        } else {
            return;
        }
        details.put("task", event.getTaskDefinitionKey());
        details.put("taskName", event.getName());
        details.put("taskId", event.getTaskId());
        steps(context).add(caseOf(context, event.getProcessInstanceId()), kind, actor(context), now(), details, event.getProcessInstanceId());
    }

    /** a claim or another change of assignee (the engine logs it as an identity link of type assignee) */
    private void assigned(CommandContext context, HistoricIdentityLinkLogEventEntity link) {
        if (!IdentityLinkType.ASSIGNEE.equals(link.getType()) || link.getTaskId() == null
            || !"add".equals(link.getOperationType())) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(link.getTaskId());
        if (task == null || task.getProcessInstanceId() == null) {
            return;
        }
        Map<String, Object> details = new TreeMap<>();
        details.put("assignee", link.getUserId());
        details.put("task", task.getTaskDefinitionKey());
        details.put("taskName", task.getName());
        details.put("taskId", task.getId());
        steps(context).add(caseOf(context, task.getProcessInstanceId()), RecordKinds.TASK_ASSIGNED, actor(context), now(), details,
            task.getProcessInstanceId());
    }

    private void variable(CommandContext context, HistoricVariableUpdateEventEntity event) {
        if (event.isEventOfType(HistoryEventTypes.VARIABLE_INSTANCE_DELETE) || event.getTaskId() != null && event.getExecutionId() == null) {
            return;
        }
        steps(context).value(caseOf(context, event.getProcessInstanceId()), actor(context), now(), event.getProcessInstanceId(),
            event.getVariableName(), value(event));
    }

    private void decision(CommandContext context, HistoricDecisionInstanceEntity decision) {
        if (decision == null || decision.getProcessInstanceId() == null) {
            return;
        }
        Map<String, Object> details = new TreeMap<>();
        details.put("decision", decision.getDecisionDefinitionKey());
        details.put("activity", decision.getActivityId());
        Map<String, Object> inputs = new TreeMap<>();
        for (HistoricDecisionInputInstance input : decision.getInputs()) {
            inputs.put(input.getClauseName() != null ? input.getClauseName() : input.getClauseId(), shorten(input.getValue()));
        }
        List<Map<String, Object>> outputs = new ArrayList<>();
        Map<Integer, Map<String, Object>> byRule = new LinkedHashMap<>();
        for (HistoricDecisionOutputInstance output : decision.getOutputs()) {
            Map<String, Object> rule = byRule.computeIfAbsent(output.getRuleOrder(), order -> {
                Map<String, Object> map = new TreeMap<>();
                map.put("rule", output.getRuleId());
                outputs.add(map);
                return map;
            });
            rule.put(output.getVariableName(), shorten(output.getValue()));
        }
        details.put("inputs", inputs);
        details.put("outputs", outputs);
        steps(context).add(caseOf(context, decision.getProcessInstanceId()), RecordKinds.DECISION_EVALUATED, actor(context), now(),
            details, decision.getProcessInstanceId());
    }

    private static Object value(HistoricVariableUpdateEventEntity event) {
        if (event.getTextValue() != null) {
            return shorten(event.getTextValue());
        }
        if (event.getLongValue() != null) {
            return "boolean".equals(event.getSerializerName()) ? (Object) (event.getLongValue() != 0) : event.getLongValue();
        }
        if (event.getDoubleValue() != null) {
            return event.getDoubleValue().toString();
        }
        if (event.getByteValue() != null) {
            return shorten(new String(event.getByteValue(), StandardCharsets.UTF_8));
        }
        return null;
    }

    /** long values are kept as their first characters and the hash of the whole */
    static Object shorten(Object value) {
        if (value == null || value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            return value;
        }
        String text = value.toString();
        if (text.length() <= MAX_VALUE) {
            return text;
        }
        return text.substring(0, MAX_VALUE) + "…（共 " + text.length() + " 字，SM3 "
            + RecordHash.hex(RecordHash.SM3.hash(text.getBytes(StandardCharsets.UTF_8))) + "）";
    }

    private static Supplier<String> caseOf(CommandContext context, String processInstanceId) {
        ExecutionEntity instance = context.getExecutionManager().findExecutionById(processInstanceId);
        if (instance != null) {
            return instance::getBusinessKey;
        }
        var historic = context.getHistoricProcessInstanceManager().findHistoricProcessInstance(processInstanceId);
        String businessKey = historic == null ? null : historic.getBusinessKey();
        return () -> businessKey;
    }

    private static PendingSteps steps(CommandContext context) {
        return context.getSession(PendingSteps.class);
    }

    private static String actor(CommandContext context) {
        String user = context.getAuthenticatedUserId();
        return user == null ? "system" : user;
    }

    private static long now() {
        return ClockUtil.getCurrentTime().getTime();
    }
}
