package org.sanxiang.tasks;

import org.sanxiang.refusal.InvalidInputException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;

/**
 * Reads submitted values of the types Tasklist, REST clients and Java callers send (String,
 * Boolean, numbers, JSON) and refuses anything else with a message naming the field.
 */
public final class Inputs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 20_000;

    private final Map<String, Object> values;
    private final Map<String, String> labels;

    public Inputs(Map<String, Object> values, Map<String, String> labels) {
        this.values = values;
        this.labels = labels;
    }

    public String label(String field) {
        return labels.getOrDefault(field, field);
    }

    public boolean has(String field) {
        Object value = values.get(field);
        return value != null && !(value instanceof String s && s.isBlank());
    }

    public String text(String field, int maxLength) {
        String value = optionalText(field, maxLength);
        if (value == null) {
            throw new InvalidInputException(field, "请填写" + label(field) + "。");
        }
        return value;
    }

    public String optionalText(String field, int maxLength) {
        Object value = values.get(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof String s)) {
            throw new InvalidInputException(field, label(field) + "应为文字。");
        }
        String trimmed = s.strip();
        if (trimmed.isEmpty()) {
            return null;
        }
        int limit = Math.min(maxLength, MAX_TEXT);
        if (trimmed.length() > limit) {
            throw new InvalidInputException(field, label(field) + "过长：最多" + limit + "个字，实际" + trimmed.length() + "个字。");
        }
        return trimmed;
    }

    public <E extends Enum<E>> E choice(String field, Class<E> type, Function<E, String> labelOf) {
        Object value = values.get(field);
        if (value == null || (value instanceof String s && s.isBlank())) {
            throw new InvalidInputException(field, "请选择" + label(field) + "。可选：" + describe(type, labelOf) + "。");
        }
        return constant(field, type, labelOf, String.valueOf(value).strip());
    }

    /** several choices, as a JSON array or comma-separated text */
    public <E extends Enum<E>> List<E> choices(String field, Class<E> type, Function<E, String> labelOf) {
        List<E> chosen = new ArrayList<>();
        for (String name : list(field)) {
            chosen.add(constant(field, type, labelOf, name));
        }
        return chosen;
    }

    private <E extends Enum<E>> E constant(String field, Class<E> type, Function<E, String> labelOf, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new InvalidInputException(field, label(field) + "无效：“" + abbreviate(name) + "”不是可选项。可选：" + describe(type, labelOf) + "。");
    }

    /**
     * The chosen constants as the JSON array a Camunda Form checklist holds: whichever way they were submitted
     * (comma-separated text over REST, a JSON array from Tasklist), later forms show them ticked.
     */
    public static JsonValue asChecklist(List<? extends Enum<?>> chosen) {
        SpinJsonNode array = Spin.JSON("[]");
        chosen.forEach(constant -> array.append(constant.name()));
        return SpinValues.jsonValue(array).create();
    }

    public boolean flag(String field) {
        Object value = values.get(field);
        if (value == null) {
            return false;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw new InvalidInputException(field, label(field) + "应为“是”或“否”（true/false），收到的是“" + abbreviate(String.valueOf(value)) + "”。");
    }

    /** a required yes/no answer */
    public boolean requiredFlag(String field) {
        if (values.get(field) == null) {
            throw new InvalidInputException(field, "请选择" + label(field) + "（是/否）。");
        }
        return flag(field);
    }

    /** an amount of money in yuan: a number ≥ 0 with at most two decimals; missing means 0 */
    public BigDecimal amount(String field) {
        Object value = values.get(field);
        if (value == null || (value instanceof String s && s.isBlank())) {
            return BigDecimal.ZERO;
        }
        BigDecimal amount;
        try {
            if (value instanceof Number n) {
                double d = n.doubleValue();
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    throw new NumberFormatException();
                }
                amount = new BigDecimal(n.toString());
            } else if (value instanceof String s) {
                amount = new BigDecimal(s.strip().replace(",", ""));
            } else {
                throw new NumberFormatException();
            }
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, label(field) + "应为以元为单位的数字，如 5000 或 5000.50，收到的是“" + abbreviate(String.valueOf(value)) + "”。");
        }
        if (amount.signum() < 0) {
            throw new InvalidInputException(field, label(field) + "不能为负数（收到 " + amount.toPlainString() + "）。");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(field, label(field) + "最多保留两位小数（分），收到 " + amount.toPlainString() + "。");
        }
        if (amount.compareTo(new BigDecimal("1000000000000")) > 0) {
            throw new InvalidInputException(field, label(field) + "超出合理范围（不超过一万亿元），收到 " + amount.toPlainString() + "。");
        }
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    /**
     * A list of names: a JSON array (as Json variable, List, or JSON text) or comma-separated text.
     * Duplicates are dropped, order kept.
     */
    public List<String> list(String field) {
        Object value = values.get(field);
        List<String> items = new ArrayList<>();
        if (value == null) {
            return items;
        }
        try {
            if (value instanceof SpinJsonNode node) {
                if (!node.isArray()) {
                    throw new IllegalArgumentException();
                }
                node.elements().forEach(e -> items.add(e.isString() ? e.stringValue() : e.toString()));
            } else if (value instanceof Collection<?> collection) {
                collection.forEach(e -> items.add(String.valueOf(e)));
            } else if (value instanceof String s && s.strip().startsWith("[")) {
                items.addAll(JSON.readValue(s, new TypeReference<List<String>>() { }));
            } else if (value instanceof String s) {
                for (String part : s.split("[,，、;；\\s]+")) {
                    items.add(part);
                }
            } else {
                throw new IllegalArgumentException();
            }
        } catch (Exception e) {
            throw new InvalidInputException(field, label(field) + "应为名单，如 [\"a\",\"b\"] 或以逗号分隔的文字。");
        }
        LinkedHashSet<String> cleaned = new LinkedHashSet<>();
        for (String item : items) {
            if (item != null && !item.isBlank()) {
                String trimmed = item.strip();
                if (trimmed.length() > 64) {
                    throw new InvalidInputException(field, label(field) + "中的“" + abbreviate(trimmed) + "”过长。");
                }
                cleaned.add(trimmed);
            }
        }
        return new ArrayList<>(cleaned);
    }

    public static <E extends Enum<E>> String describe(Class<E> type, Function<E, String> labelOf) {
        StringBuilder text = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            if (!text.isEmpty()) {
                text.append("、");
            }
            text.append(constant.name()).append("（").append(labelOf.apply(constant)).append("）");
        }
        return text.toString();
    }

    static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
