package org.sanxiang.record;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.sanxiang.disclosure.WithdrawalOutcome;
import org.sanxiang.review.Opinion;

/**
 * The domain steps of a case's record in Chinese: an opinion signed (with its signature's key fingerprint), a file
 * added to the case file, a retrieval, the archive package, and each step of the decision's disclosure.
 */
final class DomainStepText {

    private final RecordLabels labels;
    private final ValueText values;

    DomainStepText(RecordLabels labels, ValueText values) {
        this.labels = labels;
        this.values = values;
    }

    EntrySummary of(String kind, JsonNode d) {
        return switch (kind) {
            case RecordKinds.OPINION_SIGNED -> opinion(d);
            case RecordKinds.FILE_ADDED -> with("归入第 " + d.path("fileId").asText() + " 号材料（" + label("fileType", d.path("type").asText(), "材料")
                + "）：" + d.path("name").asText() + (d.hasNonNull("supersedes") ? "，更正第 " + d.path("supersedes").asText() + " 号材料" : ""),
                d, "fileId", "type", "name", "supersedes");
            case RecordKinds.RETRIEVAL -> new EntrySummary("调阅" + d.path("what").asText("案件材料")
                + (d.hasNonNull("purpose") && !d.path("purpose").asText().isBlank() ? "，目的：" + d.path("purpose").asText() : ""), List.of());
            case RecordKinds.ARCHIVE_PACKAGE_STORED -> with("案卷包「" + d.path("name").asText() + "」生成并存档", d, "name");
            case RecordKinds.DISCLOSURE_REDACTED -> with("公示文本脱敏，遮盖 " + d.path("maskedSpans").asInt() + " 处", d, "maskedSpans");
            case RecordKinds.DISCLOSURE_PUBLISHED -> with("决定公示（第 " + d.path("version").asInt(1) + " 版）", d, "version");
            case RecordKinds.DISCLOSURE_NOT_PUBLISHED -> with("决定不予公示" + because(d.path("reason").asText("")), d, "reason");
            case RecordKinds.DISCLOSURE_WITHDRAWAL_REQUESTED -> with("因" + outcome(d.path("outcome").asText()) + "，申请撤下公示"
                + because(d.path("reason").asText("")), d, "outcome", "reason");
            case RecordKinds.DISCLOSURE_WITHDRAWN -> with("撤下公示" + because(d.path("reason").asText("")), d, "reason");
            case RecordKinds.DISCLOSURE_CORRECTION_REQUESTED -> with("申请更正公示信息" + because(d.path("reason").asText("")), d, "reason");
            case RecordKinds.DISCLOSURE_CORRECTED -> with("更正公示信息（第 " + d.path("version").asInt() + " 版）"
                + (d.path("note").asText("").isBlank() ? "" : "：" + d.path("note").asText()), d, "version", "note");
            case RecordKinds.DISCLOSURE_EXPIRED -> with("公示期满，撤下公示", d);
            default -> with(RecordKinds.name(kind), d);
        };
    }

    private EntrySummary opinion(JsonNode d) {
        String verdict = d.path("opinion").asText();
        String shown = labels.value("opinion", verdict);
        if (shown == null) {
            shown = java.util.Arrays.stream(Opinion.values()).filter(o -> o.name().equals(verdict)).map(Opinion::label).findFirst().orElse("见记录原文");
        }
        return with("签署第 " + d.path("round").asInt() + " 轮书面审核意见（第 " + d.path("opinionId").asText() + " 号）：" + shown
            + "；" + algorithm(d.path("signatureAlgorithm").asText()) + " 签名，密钥指纹 " + shorten(d.path("keyFingerprint").asText()), d,
            "opinion", "round", "opinionId", "signatureAlgorithm");
    }

    /** SM3withSM2 as 国密 SM2 (with SM3), Ed25519 as it is */
    static String algorithm(String name) {
        return name.contains("SM2") ? "国密 SM2" : name;
    }

    /** the sentence with the step's other details under their labels (times in the agency's zone) */
    private EntrySummary with(String text, JsonNode d, String... shownInText) {
        Set<String> skip = Set.of(shownInText);
        List<EntrySummary.Line> lines = values.lines(d, skip, new int[1]);
        return new EntrySummary(text, lines);
    }

    private String label(String field, String code, String otherwise) {
        String label = labels.value(field, code);
        return label == null ? otherwise : label;
    }

    private static String outcome(String code) {
        return java.util.Arrays.stream(WithdrawalOutcome.values()).filter(o -> o.name().equals(code)).map(WithdrawalOutcome::label)
            .findFirst().orElse("复议或诉讼结果");
    }

    private static String because(String reason) {
        return reason.isBlank() ? "" : "，理由：" + reason;
    }

    /** the first 16 hex digits of a fingerprint (the whole is in the lines) */
    private static String shorten(String fingerprint) {
        return fingerprint.length() > 16 ? fingerprint.substring(0, 16) + "…" : fingerprint;
    }
}
