package org.sanxiang.refusal;

import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * The Chinese wording of a request that Spring could not bind: a parameter of the wrong type, a
 * missing one, a JSON body that does not fit its record (an unknown field, a value of the wrong
 * format or type), each naming the parameter or the JSON path at fault, e.g.
 * {@code holidays[0].date}. Used by {@link ApiErrors} only.
 */
final class RequestProblems {

    static final String NOT_JSON = "请求体缺失或不是有效的 JSON 对象。";
    private static final int ECHO_LIMIT = 40;

    private RequestProblems() {
    }

    /** {@code {"error": message, "field": field}}, without {@code field} if there is none */
    static Map<String, Object> body(String message, String field) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", message);
        if (field != null) {
            body.put("field", field);
        }
        return body;
    }

    /** e.g. 参数 from 的值 "2026-13-01" 不是有效日期，格式为 YYYY-MM-DD，例如 2026-02-14 */
    static String badParameter(String name, Object value, Class<?> type) {
        return "参数 " + name + " 的值 \"" + echo(value) + "\" " + expected(type);
    }

    /** e.g. 缺少参数 from，格式为 YYYY-MM-DD，例如 2026-02-14 */
    static String missingParameter(String name, Class<?> type) {
        return "缺少参数 " + name + (isDate(type) ? "，格式为 YYYY-MM-DD，例如 2026-02-14" : "");
    }

    /** a JSON body that does not fit the record it is read into */
    static Map<String, Object> badJson(JsonMappingException e) {
        String path = path(e);
        if (e.getCause() instanceof InvalidInputException invalid) {
            return body(invalid.getMessage(), invalid.field());
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            return body("请求体含未知字段 " + path + "：允许的字段为 "
                    + known.stream().map(String::valueOf).sorted().collect(Collectors.joining("、")), path);
        }
        if (e instanceof InvalidFormatException format) {
            return body(path + " 的值 \"" + echo(format.getValue()) + "\" 无效"
                    + (isDate(format.getTargetType()) ? "，日期格式为 YYYY-MM-DD，例如 2027-02-06" : ""), path);
        }
        if (path.isEmpty()) {
            return body("请求体应为 JSON 对象。", null);
        }
        return body(path + " 的类型不对。", path);
    }

    private static String expected(Class<?> type) {
        if (isDate(type)) {
            return "不是有效日期，格式为 YYYY-MM-DD，例如 2026-02-14";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "不是整数";
        }
        return "无效";
    }

    private static boolean isDate(Class<?> type) {
        return type != null && (type == LocalDate.class || Temporal.class.isAssignableFrom(type));
    }

    /** The JSON path of a mapping problem, e.g. {@code holidays[2].date}; empty for the body itself. */
    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            } else if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            }
        }
        return path.toString();
    }

    private static String echo(Object value) {
        String text = String.valueOf(value);
        return text.length() <= ECHO_LIMIT ? text : text.substring(0, ECHO_LIMIT) + "…";
    }
}
