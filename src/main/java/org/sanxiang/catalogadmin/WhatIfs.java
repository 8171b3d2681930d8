package org.sanxiang.catalogadmin;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.sanxiang.catalog.Action;
import org.sanxiang.catalog.Category;
import org.sanxiang.catalog.PartyType;
import org.sanxiang.catalog.Tier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * The what-if of a draft: the draft, as Camunda's DMN engine parses it, replayed over the facts of
 * every past evaluation of {@code major-decision} and of every open case not evaluated yet; the
 * results compared with the recorded ones (with the catalog in force for cases not evaluated yet).
 */
@Service
public class WhatIfs {

    private final Replay replay;
    private final PastEvaluations past;
    private final CatalogVersions versions;

    public WhatIfs(ProcessEngineConfigurationImpl engine, JdbcTemplate jdbc, RepositoryService repository, CatalogVersions versions) {
        this.replay = new Replay(Replay.engine(engine.isDmnFeelEnableLegacyBehavior(), engine.isDmnReturnBlankTableOutputAsNull(),
            engine.getDmnFeelCustomFunctionProviders()));
        this.past = new PastEvaluations(jdbc, definitionId -> columns(repository, definitionId));
        this.versions = versions;
    }

    /** the input column ids of a deployed decision and the variables they read */
    static Map<String, String> columns(RepositoryService repository, String definitionId) {
        DecisionDefinition definition = repository.getDecisionDefinition(definitionId);
        Map<String, String> columns = new LinkedHashMap<>();
        Decision decision = repository.getDmnModelInstance(definitionId).getModelElementById(definition.getKey());
        if (decision != null && decision.getExpression() instanceof DecisionTable table) {
            for (Input input : table.getInputs()) {
                String text = input.getInputExpression() == null || input.getInputExpression().getText() == null ? ""
                    : input.getInputExpression().getText().getTextContent().strip();
                if (text.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                    columns.put(input.getId(), text);
                }
            }
        }
        return columns;
    }

    public WhatIf of(String draftXml) {
        long start = System.nanoTime();
        List<PastEvaluation> evaluations = past.load();
        DmnDecision draft = replay.decision(draftXml);
        DmnDecision inForce = replay.decision(versions.dmn(versions.latestVersion()));
        Replay.Result[] after = replay.evaluateAll(draft, evaluations, true);
        return compare(evaluations, after, inForce, start);
    }

    private WhatIf compare(List<PastEvaluation> evaluations, Replay.Result[] after, DmnDecision inForce, long start) {
        Map<String, Map<String, Integer>> levels = new TreeMap<>();
        Map<String, Integer> basisChanges = new TreeMap<>();
        List<WhatIf.CaseChange> cases = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        int levelChanges = 0;
        int basisOnly = 0;
        int open = 0;
        for (int i = 0; i < evaluations.size(); i++) {
            PastEvaluation evaluation = evaluations.get(i);
            open += evaluation.open() ? 1 : 0;
            Replay.Result now = after[i];
            if (now.error() != null) {
                if (errors.size() < 20) {
                    errors.add("案件 " + evaluation.caseNumber() + "：草案无法判定（" + now.error() + "）");
                }
                continue;
            }
            Replay.Result before = evaluation.recorded() ? new Replay.Result(evaluation.level(), evaluation.basis(), null)
                : replay.evaluate(inForce, evaluation);
            if (now.sameAs(before.level(), before.basis())) {
                continue;
            }
            String group = label(evaluation, "category") + "|" + label(evaluation, "tier");
            if (!now.level().equals(before.level())) {
                levelChanges++;
                levels.computeIfAbsent(group, key -> new TreeMap<>()).merge(shortLabel(before.level()) + " → " + shortLabel(now.level()), 1, Integer::sum);
            } else {
                basisOnly++;
                basisChanges.merge(group, 1, Integer::sum);
                levels.computeIfAbsent(group, key -> new TreeMap<>());
            }
            if (cases.size() < WhatIf.LISTED) {
                cases.add(new WhatIf.CaseChange(evaluation.caseNumber(), evaluation.open(),
                    evaluation.evaluatedAt() == null ? "尚未判定" : CatalogVersions.BEIJING.format(evaluation.evaluatedAt()),
                    label(evaluation, "category"), label(evaluation, "tier"), facts(evaluation), before.level(), shortLabel(before.level()),
                    before.basis(), now.level(), shortLabel(now.level()), now.basis()));
            }
        }
        List<WhatIf.Group> groups = new ArrayList<>();
        levels.forEach((key, counts) -> groups.add(new WhatIf.Group(key.split("\\|")[0], key.split("\\|")[1], counts,
            basisChanges.getOrDefault(key, 0))));
        return new WhatIf(evaluations.size(), open, levelChanges, basisOnly, groups, cases, errors, (System.nanoTime() - start) / 1_000_000);
    }

    private static String label(PastEvaluation evaluation, String fact) {
        Object value = evaluation.facts().get(fact);
        try {
            return value == null ? "（未填）" : fact.equals("tier") ? Tier.valueOf(value.toString()).label() : Category.valueOf(value.toString()).label();
        } catch (IllegalArgumentException e) {
            return value.toString();
        }
    }

    /** the review level as the what-if shows it: 重大, 一般 or 无需审核 */
    static String shortLabel(String level) {
        return switch (String.valueOf(level)) {
            case "MAJOR" -> "重大";
            case "GENERAL" -> "一般";
            case "NONE" -> "无需审核";
            default -> String.valueOf(level);
        };
    }

    private static String facts(PastEvaluation evaluation) {
        Object amount = evaluation.facts().get("amount");
        String money = amount instanceof Number number ? Cells.yuan(new BigDecimal(number.toString()).stripTrailingZeros()) : "";
        return String.join(" ", List.of(name(evaluation, "action", code -> Action.valueOf(code).label()),
            name(evaluation, "partyType", code -> PartyType.valueOf(code).label()), money)).strip();
    }

    private static String name(PastEvaluation evaluation, String fact, java.util.function.Function<String, String> label) {
        Object value = evaluation.facts().get(fact);
        try {
            return value == null ? "" : label.apply(value.toString());
        } catch (IllegalArgumentException e) {
            return value.toString();
        }
    }
}
