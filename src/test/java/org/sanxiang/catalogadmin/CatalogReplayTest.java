package org.sanxiang.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.catalog.Action;
import org.sanxiang.catalog.MajorDecision;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The what-if against the real engine and its history: replaying the deployed table gives, case by
 * case, exactly the results Camunda recorded; a draft that raises the county fine threshold changes
 * exactly the evaluations between the old and the new threshold, open cases included and marked.
 */
@EngineTest
class CatalogReplayTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    DecisionService decisionService;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WhatIfs whatIfs;

    PastEvaluations past() {
        return new PastEvaluations(jdbc, id -> WhatIfs.columns(repository, id));
    }

    @Test
    void replayingTheDeployedTableGivesExactlyTheRecordedResultsCaseByCase() throws IOException {
        evaluateAGridOfFacts();
        CaseFixture fixture = new CaseFixture(engine);
        fixture.caseUpToReview(CaseFixture.majorFacts());
        fixture.caseUpToReview(CaseFixture.with(CaseFixture.facts(), "procedure", "SIMPLE", "amount", 200));

        List<PastEvaluation> recorded = past().load().stream().filter(PastEvaluation::recorded).toList();
        assertThat(recorded).hasSizeGreaterThan(1000);
        DmnEngine replayEngine = Replay.engine();
        Replay replay = new Replay(replayEngine);
        Replay plain = new Replay(DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine());
        Map<String, DmnDecision> decisions = new HashMap<>();
        Map<String, DmnDecision> plainDecisions = new HashMap<>();
        int compared = 0;
        for (PastEvaluation evaluation : recorded) {
            String xml = xml(evaluation.decisionDefinitionId());
            Replay.Result result = replay.evaluate(decisions.computeIfAbsent(evaluation.decisionDefinitionId(), id -> replay.decision(xml)), evaluation);
            assertThat(result.error()).as(evaluation.toString()).isNull();
            assertThat(result.level()).as(evaluation.toString()).isEqualTo(evaluation.level());
            assertThat(result.basis()).as(evaluation.toString()).isEqualTo(evaluation.basis());
            Replay.Result unparsed = plain.evaluate(plainDecisions.computeIfAbsent(evaluation.decisionDefinitionId(), id -> plain.decision(xml)), evaluation);
            assertThat(unparsed).isEqualTo(result);
            compared++;
        }
        assertThat(compared).isEqualTo(recorded.size());
        recorded.stream().collect(Collectors.groupingBy(PastEvaluation::decisionDefinitionId)).forEach((id, evaluations) -> {
            List<PastEvaluation> byClass = FactClasses.of(decisions.get(id), (DefaultDmnEngineConfiguration) replayEngine.getConfiguration(),
                PastEvaluations.FACTS).canonical(evaluations);
            Replay.Result[] all = replay.evaluateAll(decisions.get(id), byClass, true, true);
            for (int i = 0; i < evaluations.size(); i++) {
                PastEvaluation evaluation = evaluations.get(i);
                assertThat(all[i]).as("by class: " + evaluation).isEqualTo(new Replay.Result(evaluation.level(), evaluation.basis(), null));
            }
        });
        assertThat(recorded).extracting(PastEvaluation::level).contains("MAJOR", "GENERAL", "NONE");
    }

    @Test
    void raisingTheCountyFineThresholdChangesExactlyTheCasesBetweenTheOldAndTheNewThreshold() {
        CaseFixture fixture = new CaseFixture(engine);
        Map<Integer, String> county = new HashMap<>();
        for (int amount : List.of(4000, 5000, 6500, 7999, 8000, 12000)) {
            county.put(amount, fixture.caseUpToReview(person("COUNTY", amount)));
        }
        String township = fixture.caseUpToReview(person("TOWNSHIP", 6000));
        String city = fixture.caseUpToReview(person("CITY", 12000));
        String notYetDecided = fixture.register(person("COUNTY", 6000));

        WhatIf whatIf = whatIfs.of(Drafts.countyFineThreshold(Drafts.shipped(), 8000));

        List<PastEvaluation> all = past().load();
        long expected = all.stream().filter(CatalogReplayTest::betweenTheThresholds).count();
        assertThat(whatIf.evaluations()).isEqualTo(all.size());
        assertThat(whatIf.levelChanges() + whatIf.basisChanges()).isEqualTo((int) expected);
        assertThat(whatIf.errors()).isEmpty();
        Set<String> changed = whatIf.cases().stream().map(WhatIf.CaseChange::caseNumber).collect(Collectors.toSet());
        assertThat(changed).contains(county.get(5000), county.get(6500), county.get(7999), township, notYetDecided)
            .doesNotContain(county.get(4000), county.get(8000), county.get(12000), city);
        WhatIf.CaseChange open = whatIf.cases().stream().filter(c -> notYetDecided.equals(c.caseNumber())).findFirst().orElseThrow();
        assertThat(open.open()).isTrue();
        assertThat(open.evaluatedAt()).isEqualTo("尚未判定");
        WhatIf.CaseChange closedOne = whatIf.cases().stream().filter(c -> county.get(6500).equals(c.caseNumber())).findFirst().orElseThrow();
        assertThat(closedOne).extracting(WhatIf.CaseChange::levelBefore, WhatIf.CaseChange::levelAfter, WhatIf.CaseChange::basisAfter)
            .containsExactly("MAJOR", "GENERAL", "其他适用一般程序的行政处罚决定，应当进行法制审核");
        assertThat(whatIf.groups()).allSatisfy(group -> {
            assertThat(group.category()).isEqualTo("行政处罚");
            assertThat(group.tier()).isIn("县级", "乡镇(街道)");
        });
    }

    static boolean betweenTheThresholds(PastEvaluation evaluation) {
        Map<String, Object> facts = evaluation.facts();
        return "FINE".equals(facts.get("action")) && "PENALTY".equals(facts.get("category")) && "PERSON".equals(facts.get("partyType"))
            && List.of("COUNTY", "TOWNSHIP").contains(facts.get("tier")) && facts.get("amount") instanceof Number amount
            && amount.doubleValue() >= 5000 && amount.doubleValue() < 8000;
    }

    static Map<String, Object> person(String tier, int amount) {
        return CaseFixture.with(CaseFixture.facts(), "partyType", "PERSON", "partyName", "张某", "tier", tier, "amount", amount);
    }

    private final Map<String, String> xmls = new HashMap<>();

    private String xml(String definitionId) {
        return xmls.computeIfAbsent(definitionId, id -> {
            DecisionDefinition definition = repository.getDecisionDefinition(id);
            try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(), definition.getResourceName())) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private void evaluateAGridOfFacts() {
        List<Map<String, Object>> grid = new ArrayList<>();
        for (Action action : Action.values()) {
            for (String party : List.of("PERSON", "ORGANIZATION")) {
                for (String tier : List.of("COUNTY", "CITY", "TOWNSHIP", "PROVINCE")) {
                    for (double amount : List.of(0d, 4999.99, 5000d, 50000d, 100000d)) {
                        for (String procedure : List.of("GENERAL", "SIMPLE")) {
                            Map<String, Object> facts = new HashMap<>();
                            facts.put("category", action.category().name());
                            facts.put("action", action.name());
                            facts.put("procedure", procedure);
                            facts.put("tier", tier);
                            facts.put("partyType", party);
                            facts.put("amount", amount);
                            for (String flag : PastEvaluations.FACTS.subList(6, PastEvaluations.FACTS.size())) {
                                facts.put(flag, false);
                            }
                            grid.add(facts);
                        }
                    }
                }
            }
        }
        int i = 0;
        for (Map<String, Object> facts : grid) {
            if (i++ % 7 == 0) {
                facts.put(PastEvaluations.FACTS.get(6 + i % 6), true);
            }
            if (i % 11 == 0) {
                facts.put("amount", null);
            }
            decisionService.evaluateDecisionByKey(MajorDecision.DECISION_KEY).variables(facts).evaluate();
        }
    }
}
