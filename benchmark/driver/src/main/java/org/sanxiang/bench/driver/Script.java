package org.sanxiang.bench.driver;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One major case on the project's case path (a fine of 80,000 yuan on a company by a county
 * agency, as the project's cluster tests drive it): registered by handler1, then the ten user tasks,
 * each as the user Tasklist would show it to. The same requests go to the bare application.
 */
final class Script {

    record Step(String taskKey, String user, Map<String, Object> values) { }

    static final String START_FORM = "/engine-rest/process-definition/key/enforcement-case/submit-form";
    static final List<String> MATERIALS = List.of("DRAFT_DECISION", "DOCUMENTS", "EVIDENCE", "PARTY_STATEMENT", "PROCESS_RECORD");
    static final List<String> ALL_CHECKS = List.of("SUBJECT", "QUALIFICATION", "PROCEDURE", "FACTS_EVIDENCE",
        "LAW_DISCRETION", "AUTHORITY", "DOCUMENTS", "CRIME_REFERRAL");

    private Script() {
    }

    static Map<String, Object> facts(String run, int index) {
        return vars("caseTitle", String.format("基准测试案件 %s-%05d", run, index), "category", "PENALTY", "action", "FINE",
            "procedure", "GENERAL", "tier", "COUNTY", "domain", "市场监管", "partyType", "ORGANIZATION",
            "partyName", String.format("基准测试%s第%05d号贸易有限公司", run, index), "amount", 80000, "handlers", "handler1,handler2");
    }

    /** the ten tasks up to the reviewer's acceptance, for a case that should wait there with a reviewer task */
    static List<Step> toAcceptance() {
        return steps().subList(0, 4);
    }

    static List<Step> steps() {
        return List.of(
            new Step("investigate", "handler1", vars("investigationSummary", "现场检查发现不合格产品。", "evidenceList", "检查笔录、检验报告")),
            new Step("draft-decision", "handler2", vars("action", "FINE", "amount", 80000, "decisionDraft", "拟罚款八万元。",
                "evidenceReasoning", "检验报告予以采信。", "legalBasis", "《产品质量法》第四十九条。", "discretionReasoning", "按裁量基准一般档。")),
            new Step("notify-party", "handler1", vars("partyStatement", "", "hearingRequested", false, "hearingHeld", false)),
            new Step("submit-materials", "handler1", vars("materials", MATERIALS, "submissionNote", "请审核。")),
            new Step("accept-submission", "reviewer1", vars("materialsComplete", true)),
            new Step("review-decision", "reviewer1", vars("opinion", "APPROVED", "passedChecks", ALL_CHECKS,
                "opinionText", "同意。", "referToJudicial", false)),
            new Step("leader-decision", "leader1", vars("leaderDecision", "DECIDE", "decisionNumber", "某市监罚〔2026〕基准号",
                "leaderOpinion", "同意。")),
            new Step("serve-decision", "handler1", vars("serviceMethod", "DIRECT", "serviceNote", "当场送达。")),
            new Step("execute-decision", "handler2", vars("executionResult", "当事人已缴纳罚款。")),
            new Step("archive-case", "archivist1", vars("archiveNumber", "档2026-基准")));
    }

    static List<String> taskKinds() {
        return steps().stream().map(Step::taskKey).toList();
    }

    /** Camunda REST's variable map; a list goes as a Json variable, as Tasklist's forms send a checklist */
    static Map<String, Object> variables(Map<String, Object> values) {
        Map<String, Object> variables = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            Map<String, Object> typed = new LinkedHashMap<>();
            if (value instanceof List<?> list) {
                typed.put("value", "[" + String.join(",", list.stream().map(v -> "\"" + v + "\"").toList()) + "]");
                typed.put("type", "Json");
            } else {
                typed.put("value", value);
            }
            variables.put(name, typed);
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("variables", variables);
        return body;
    }

    static Map<String, Object> vars(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
