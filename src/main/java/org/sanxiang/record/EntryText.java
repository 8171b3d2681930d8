package org.sanxiang.record;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Renders each kind of entry as a Chinese sentence with its values (the engine's steps here, the domain steps in
 * {@link DomainStepText}): tasks by their names, people by name, submitted values under the forms' labels, the
 * decisions' results in words. Nothing of the engine's ids is shown; they stay in the entry's original text.
 */
final class EntryText {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> TASK_KEYS = Set.of("task", "taskId", "taskName", "values", "assignee", "reason");

    private final RecordLabels labels;
    private final ValueText values;
    private final DomainStepText domain;

    EntryText(RecordLabels labels, Function<String, String> names, java.time.ZoneId zone) {
        this.labels = labels;
        this.values = new ValueText(labels, names, zone);
        this.domain = new DomainStepText(labels, values);
    }

    EntrySummary of(RecordEntry entry) {
        JsonNode d;
        try {
            d = JSON.readTree(entry.details());
        } catch (JsonProcessingException e) {
            return new EntrySummary(RecordKinds.name(entry.kind()) + "（内容见记录原文）", List.of());
        }
        String task = "任务「" + d.path("taskName").asText(labels.name(d.path("task").asText())) + "」";
        return switch (entry.kind()) {
            case RecordKinds.PROCESS_STARTED -> process(d, "开始", "startActivity");
            case RecordKinds.PROCESS_ENDED -> process(d, "结束", "endActivity");
            case RecordKinds.TASK_CREATED -> new EntrySummary("生成" + task, List.of());
            case RecordKinds.TASK_ASSIGNED -> new EntrySummary(d.path("assignee").asText().equals(entry.actor())
                ? task + "由 " + values.person(entry.actor()) + " 领取"
                : task + "交由 " + values.person(d.path("assignee").asText()) + " 办理", List.of());
            case RecordKinds.TASK_COMPLETED -> submitted(task + "办结", d.path("values"));
            case RecordKinds.TASK_CANCELLED -> new EntrySummary(task + "取消" + reason(d.path("reason").asText("")), List.of());
            case RecordKinds.VALUES_SET -> submitted("案件数据更新", d.path("values"));
            case RecordKinds.DECISION_EVALUATED -> decision(d);
            default -> domain.of(entry.kind(), d);
        };
    }

    private EntrySummary process(JsonNode d, String what, String activityKey) {
        String process = labels.name(d.path("process").asText());
        String activity = labels.name(d.path(activityKey).asText());
        String text = "「" + (process == null ? "办案" : process) + "」流程" + what + (activity == null ? "" : "（" + activity + "）");
        if (d.hasNonNull("deleteReason")) {
            text += "：流程被终止" + reason(d.path("deleteReason").asText());
        }
        return new EntrySummary(text, List.of());
    }

    /** a reason given in Chinese is shown; the engine's own (English) reasons are not */
    private static String reason(String reason) {
        return reason.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) ? "（" + reason + "）" : "";
    }

    private EntrySummary submitted(String text, JsonNode submitted) {
        int[] unlabelled = new int[1];
        List<EntrySummary.Line> lines = submitted.isObject() ? values.lines(submitted, Set.of(), unlabelled) : List.of();
        if (!lines.isEmpty()) {
            text += "，" + (text.startsWith("任务") ? "提交" : "记入") + " " + lines.size() + " 项内容";
        }
        if (unlabelled[0] > 0) {
            text += (lines.isEmpty() ? "：" : "，另有 ") + unlabelled[0] + " 项流程内部数据（见记录原文）";
        }
        return new EntrySummary(text, lines);
    }

    private EntrySummary decision(JsonNode d) {
        String id = d.path("decision").asText();
        String name = labels.name(id) == null ? "决策判定" : labels.name(id);
        String activity = labels.ruleTask(d.path("activity").asText()) ? null : labels.name(d.path("activity").asText());
        List<EntrySummary.Line> lines = new ArrayList<>();
        d.path("inputs").fields().forEachRemaining(input -> {
            String variable = labels.inputVariable(id, input.getKey());
            lines.add(new EntrySummary.Line("判定依据 · " + input.getKey(), values.show(variable == null ? input.getKey() : variable, input.getValue())));
        });
        List<String> results = new ArrayList<>();
        for (JsonNode rule : d.path("outputs")) {
            results.add(result(id, rule, lines));
        }
        String text = name + (activity == null ? "" : "（" + activity + "）") + "："
            + (results.isEmpty() ? "未命中任何规则" : String.join("；", results));
        return new EntrySummary(text, lines);
    }

    private String result(String decision, JsonNode rule, List<EntrySummary.Line> lines) {
        List<String> parts = new ArrayList<>();
        rule.fields().forEachRemaining(output -> {
            if (output.getKey().equals("rule")) {
                return;
            }
            String label = labels.output(decision, output.getKey());
            String value = output.getValue().isTextual() ? labels.decisionValue(decision, output.getKey(), output.getValue().asText()) : null;
            String shown = value != null ? value : values.show(output.getKey(), output.getValue());
            lines.add(new EntrySummary.Line("判定结果 · " + (label == null ? "结果" : label), shown));
            parts.add(output.getKey());
        });
        // the sentence: the decision's main output in words, the others after it
        String level = labels.decisionValue(decision, "reviewLevel", rule.path("reviewLevel").asText());
        if (decision.equals("major-decision") && level != null) {
            return level + (rule.path("basis").asText("").isBlank() ? "" : "（依据：" + rule.path("basis").asText() + "）");
        }
        String recording = labels.decisionValue(decision, "recording", rule.path("recording").asText());
        if (decision.equals("recording-requirement") && recording != null) {
            return recording + (rule.hasNonNull("retention") ? "，保存期限 " + values.show("retention", rule.path("retention")) : "");
        }
        List<String> shown = new ArrayList<>();
        for (EntrySummary.Line line : lines.subList(lines.size() - parts.size(), lines.size())) {
            shown.add(line.label().substring("判定结果 · ".length()) + " " + line.value());
        }
        return String.join("，", shown);
    }
}
