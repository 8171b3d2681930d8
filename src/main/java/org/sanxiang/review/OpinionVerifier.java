package org.sanxiang.review;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.fasterxml.jackson.databind.JsonNode;
import org.sanxiang.signature.AgencyKey;
import org.sanxiang.signature.SignatureCheck;
import org.sanxiang.signature.SignedText;
import org.springframework.stereotype.Component;

/**
 * Re-verifies a stored written opinion: the signature against the stored canonical text and the
 * agency's keys, and the stored canonical text against what the opinion's row says now. Says
 * exactly what no longer matches.
 */
@Component
public class OpinionVerifier {

    private static final int ECHO = 60;

    private final AgencyKey key;

    public OpinionVerifier(AgencyKey key) {
        this.key = key;
    }

    public OpinionVerification verify(WrittenOpinion opinion) {
        List<String> problems = new ArrayList<>();
        SignedText signed = opinion.signed();
        if (signed == null || opinion.getCanonicalText() == null) {
            problems.add("本意见书没有签名（在启用签名之前出具，或签名已被删除），无法证明其未被改动。");
        } else {
            checkSignature(opinion, signed, problems);
            compareWithRow(opinion, problems);
        }
        checkDerivedColumns(opinion, problems);
        boolean valid = problems.isEmpty();
        return new OpinionVerification(opinion.getId(), opinion.getCaseNumber(), opinion.getRound(), opinion.getActor(),
            opinion.getRecordedAt(), valid, valid ? "有效" : "无效", List.copyOf(problems), opinion.getSignatureAlgorithm(),
            opinion.getKeyFingerprint(), key.fingerprint(), key.signer());
    }

    private void checkSignature(WrittenOpinion opinion, SignedText signed, List<String> problems) {
        SignatureCheck check = key.verify(opinion.getCanonicalText(), signed);
        switch (check) {
            case VALID -> { }
            case MISMATCH -> problems.add("签名与保存的签名原文不符：签名原文或签名在签署后被改动。");
            case UNKNOWN_KEY -> problems.add("签名所用密钥（指纹 " + echo(signed.keyFingerprint())
                + "）不在本机关的签名密钥库中，无法验证签名。");
            case MALFORMED -> problems.add("保存的签名已损坏，不是有效的 " + echo(signed.algorithm()) + " 签名。");
        }
    }

    private void compareWithRow(WrittenOpinion opinion, List<String> problems) {
        JsonNode signedForm = OpinionCanonicalForm.parse(opinion.getCanonicalText());
        JsonNode current = OpinionCanonicalForm.parse(OpinionCanonicalForm.of(opinion));
        if (signedForm == null) {
            problems.add("保存的签名原文不是有效的意见书格式，无法与现有内容比对。");
            return;
        }
        for (Map.Entry<String, String> member : OpinionCanonicalForm.LABELS.entrySet()) {
            String name = member.getKey();
            JsonNode then = signedForm.path(name);
            JsonNode now = current.path(name);
            if (then.equals(now)) {
                continue;
            }
            if ("checklist".equals(name)) {
                compareChecklist(then, now, problems);
            } else {
                problems.add(member.getValue() + "与签名时不一致：签名时为“" + show(then) + "”，现为“" + show(now) + "”。");
            }
        }
        Iterator<String> names = signedForm.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!OpinionCanonicalForm.LABELS.containsKey(name)) {
                problems.add("签名原文含有意见书格式之外的内容“" + echo(name) + "”。");
            }
        }
    }

    private void compareChecklist(JsonNode then, JsonNode now, List<String> problems) {
        boolean reported = false;
        for (ReviewCheck check : ReviewCheck.values()) {
            Boolean passedThen = passed(then, check);
            Boolean passedNow = passed(now, check);
            if (!Objects.equals(passedThen, passedNow)) {
                problems.add("审核内容“" + check.label() + "”与签名时不一致：签名时为" + verdict(passedThen) + "，现为" + verdict(passedNow) + "。");
                reported = true;
            }
        }
        if (!reported) {
            problems.add("审核内容与签名时的格式不一致。");
        }
    }

    private void checkDerivedColumns(WrittenOpinion opinion, List<String> problems) {
        List<String> known = List.of(ReviewCheck.values()).stream().map(Enum::name).toList();
        List<String> unknown = new ArrayList<>(opinion.passedCheckNames().stream().filter(n -> !known.contains(n)).toList());
        opinion.failedCheckNames().stream().filter(n -> !known.contains(n)).forEach(unknown::add);
        if (!unknown.isEmpty()) {
            problems.add("审核内容中有无法识别的项目：" + echo(String.join("、", unknown)) + "。");
        }
        List<String> failed = known.stream().filter(n -> !opinion.passedCheckNames().contains(n)).toList();
        if (!failed.equals(opinion.failedCheckNames())) {
            problems.add("未通过的审核项目与审核通过的项目不一致。");
        }
        if (!isOpinion(opinion.opinionName())) {
            problems.add("审核意见“" + echo(String.valueOf(opinion.opinionName())) + "”不是可选项（同意或存在问题）。");
        }
    }

    private static boolean isOpinion(String name) {
        for (Opinion opinion : Opinion.values()) {
            if (opinion.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static Boolean passed(JsonNode checklist, ReviewCheck check) {
        for (JsonNode item : checklist) {
            if (check.name().equals(item.path("item").asText())) {
                return item.path("passed").isBoolean() ? item.path("passed").asBoolean() : null;
            }
        }
        return null;
    }

    private static String verdict(Boolean passed) {
        return passed == null ? "缺失" : passed ? "通过" : "未通过";
    }

    private static String show(JsonNode value) {
        if (value.isMissingNode() || value.isNull()) {
            return "（空）";
        }
        return echo(value.isTextual() ? value.asText() : value.toString());
    }

    private static String echo(String value) {
        return value == null ? "" : value.length() > ECHO ? value.substring(0, ECHO) + "…" : value;
    }
}
