package org.sanxiang.record;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A recorded value as people read it: codes by their labels, user ids by names, epoch milliseconds and ISO times in
 * the agency's time zone, yes or no, lists joined with 、; long text cut (the whole is in the entry's original text).
 */
final class ValueText {

    static final int LONGEST = 300;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");
    private static final Pattern PERIOD = Pattern.compile("P(\\d+)([YMD])");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final RecordLabels labels;
    private final Function<String, String> names;
    private final DateTimeFormatter minutes;

    ValueText(RecordLabels labels, Function<String, String> names, ZoneId zone) {
        this.labels = labels;
        this.names = names;
        this.minutes = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
    }

    /** a person by name (系统 for the system) */
    String person(String userId) {
        return userId == null || userId.isBlank() || "system".equals(userId) ? "系统" : names.apply(userId);
    }

    /** a time in the agency's zone, from epoch milliseconds or ISO text */
    String time(JsonNode value) {
        try {
            if (value.isNumber() || value.isTextual() && value.asText().matches("\\d{10,}")) {
                return minutes.format(Instant.ofEpochMilli(value.asLong())) + "（北京时间）";
            }
            return minutes.format(Instant.parse(value.asText())) + "（北京时间）";
        } catch (DateTimeParseException e) {
            return value.asText();
        }
    }

    /** the labelled values of an object, in its order, but the keys skipped; the labels of the unlabelled are counted */
    List<EntrySummary.Line> lines(JsonNode object, Set<String> skip, int[] unlabelled) {
        List<EntrySummary.Line> lines = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (skip.contains(field.getKey())) {
                continue;
            }
            String label = labels.field(field.getKey());
            if (label == null) {
                unlabelled[0]++;
            } else {
                lines.add(new EntrySummary.Line(label, show(field.getKey(), field.getValue())));
            }
        }
        return lines;
    }

    /** one value of the field {@code key} */
    String show(String key, JsonNode value) {
        if (value == null || value.isNull() || value.isTextual() && value.asText().isEmpty()) {
            return "（空）";
        }
        if (value.isBoolean()) {
            return value.asBoolean() ? "是" : "否";
        }
        if (SystemLabels.isTime(key) && (value.isNumber() || value.isTextual() && value.asText().matches("\\d{10,}"))) {
            return time(value);
        }
        if (key.equals("size") && value.isNumber()) {
            return String.format("%,d 字节", value.asLong());
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(show(key, item)));
            return items.isEmpty() ? "（无）" : String.join("、", items);
        }
        if (value.isObject()) {
            List<String> parts = new ArrayList<>();
            lines(value, Set.of(), new int[1]).forEach(l -> parts.add(l.label() + "：" + l.value()));
            return parts.isEmpty() ? "（见记录原文）" : String.join("；", parts);
        }
        String text = value.asText();
        if (text.startsWith("[") || text.startsWith("{")) {
            try {
                return show(key, JSON.readTree(text));
            } catch (JsonProcessingException e) {
                // plain text that starts with a bracket
            }
        }
        return scalar(key, text);
    }

    private String scalar(String key, String text) {
        if (SystemLabels.PEOPLE.contains(key)) {
            return person(text);
        }
        String label = labels.value(key, text);
        if (label != null) {
            return label;
        }
        if (text.indexOf('\u0000') >= 0) {
            return "（二进制数据，见记录原文）";
        }
        if (ISO_INSTANT.matcher(text).matches()) {
            return time(JSON.getNodeFactory().textNode(text));
        }
        Matcher period = PERIOD.matcher(text);
        if (period.matches()) {
            return period.group(1) + switch (period.group(2)) {
                case "Y" -> " 年";
                case "M" -> " 个月";
                default -> " 日";
            };
        }
        if (NUMBER.matcher(text).matches() && text.endsWith(".0")) {
            return text.substring(0, text.length() - 2);
        }
        return text.length() > LONGEST ? text.substring(0, LONGEST) + "…（全文见记录原文）" : text;
    }
}
