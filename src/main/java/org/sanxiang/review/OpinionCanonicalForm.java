package org.sanxiang.review;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The canonical text of a written opinion, which is what the agency signs: compact JSON (UTF-8,
 * no insignificant white space, non-ASCII characters as they are) with the members in this fixed
 * order: {@code form} (the format's name and version), {@code caseNumber}, {@code reviewInstanceId},
 * {@code round}, {@code opinion}, {@code checklist} (all eight items in the order of
 * {@link ReviewCheck}, each {@code {"item":..., "passed":...}}), {@code opinionText} (or null),
 * {@code referToJudicial}, {@code reviewer}, {@code signedAt} (ISO-8601 UTC, milliseconds).
 * The same content always gives the same text.
 */
public final class OpinionCanonicalForm {

    public static final String FORM = "sanxiang-written-opinion/1";

    /** the members of the canonical form, with the Chinese names used when one no longer matches */
    static final Map<String, String> LABELS = labels();

    private static final ObjectMapper JSON = new ObjectMapper();

    private OpinionCanonicalForm() {
    }

    public static String of(OpinionContent content) {
        return write(tree(content.caseNumber(), content.reviewInstanceId(), content.round(), content.opinion().name(),
            content.passedChecks().stream().map(Enum::name).toList(), content.opinionText(), content.referToJudicial(),
            content.reviewer(), content.signedAt()));
    }

    /** the canonical form of what a stored opinion's row says now, whatever its values */
    static String of(WrittenOpinion row) {
        return write(tree(row.getCaseNumber(), row.getReviewInstanceId(), row.getRound(), row.opinionName(), row.passedCheckNames(),
            row.getOpinionText(), row.isReferToJudicial(), row.getActor(), row.getRecordedAt()));
    }

    private static ObjectNode tree(String caseNumber, String reviewInstanceId, int round, String opinion, List<String> passed,
                                   String opinionText, boolean referToJudicial, String reviewer, Instant signedAt) {
        ObjectNode root = JSON.createObjectNode();
        root.put("form", FORM);
        root.put("caseNumber", caseNumber);
        root.put("reviewInstanceId", reviewInstanceId);
        root.put("round", round);
        root.put("opinion", opinion);
        ArrayNode checklist = root.putArray("checklist");
        for (ReviewCheck check : ReviewCheck.values()) {
            checklist.addObject().put("item", check.name()).put("passed", passed.contains(check.name()));
        }
        root.put("opinionText", opinionText);
        root.put("referToJudicial", referToJudicial);
        root.put("reviewer", reviewer);
        root.put("signedAt", signedAt == null ? null : DateTimeFormatter.ISO_INSTANT.format(signedAt.truncatedTo(ChronoUnit.MILLIS)));
        return root;
    }

    private static String write(ObjectNode root) {
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** the members of a canonical text, or null if it is not one */
    static JsonNode parse(String canonicalText) {
        try {
            JsonNode node = JSON.readTree(canonicalText);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("form", "意见书格式");
        labels.put("caseNumber", "案号");
        labels.put("reviewInstanceId", "审核流程");
        labels.put("round", "审核轮次");
        labels.put("opinion", "审核意见");
        labels.put("checklist", "审核内容");
        labels.put("opinionText", "书面审核意见");
        labels.put("referToJudicial", "涉嫌犯罪移送司法机关");
        labels.put("reviewer", "审核人");
        labels.put("signedAt", "出具时间");
        return Collections.unmodifiableMap(labels);
    }
}
