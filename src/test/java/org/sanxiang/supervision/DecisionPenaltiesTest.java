package org.sanxiang.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.vars;
import static org.sanxiang.CaseFixture.with;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.calendar.WorkingDayCalendar;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Several penalties of one decision (处罚种类 on the draft decision): validated with the field's name,
 * kept in {@code decision_penalty} with each draft, and counted by the annual statistics once, under
 * the heaviest, with the fine and the confiscation in 罚没金额.
 */
@EngineTest
class DecisionPenaltiesTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AnnualStatistics statistics;

    CaseFixture fixture;

    @BeforeEach
    void init() {
        fixture = new CaseFixture(engine);
    }

    private String simplePenaltyInvestigated() {
        String caseNumber = fixture.register(with(facts(), "procedure", "SIMPLE", "amount", 200));
        fixture.investigate(caseNumber);
        return caseNumber;
    }

    private List<Map<String, Object>> rows(String caseNumber) {
        return jdbc.queryForList("SELECT action, amount FROM decision_penalty WHERE case_number = ? ORDER BY id", caseNumber);
    }

    @Test
    void theDraftKeepsEveryChosenPenaltyWithTheAmountsOfTheFineAndTheConfiscation() {
        String caseNumber = simplePenaltyInvestigated();
        fixture.draft(caseNumber, vars("penalties", "[\"FINE\",\"WARNING\",\"CONFISCATION\"]", "fineAmount", 200,
            "confiscationAmount", "1500.50"));

        assertThat(rows(caseNumber)).extracting(r -> r.get("action"), r -> ((BigDecimal) r.get("amount")).stripTrailingZeros())
            .containsExactly(org.assertj.core.groups.Tuple.tuple("WARNING", BigDecimal.ZERO),
                org.assertj.core.groups.Tuple.tuple("FINE", new BigDecimal("2E+2")),
                org.assertj.core.groups.Tuple.tuple("CONFISCATION", new BigDecimal("1500.5")));
        String instance = fixture.caseInstance(caseNumber).getId();
        assertThat(engine.getRuntimeService().getVariable(instance, "penalties").toString())
            .isEqualTo("[\"WARNING\",\"FINE\",\"CONFISCATION\"]");
        assertThat(engine.getRuntimeService().getVariable(instance, "confiscationAmount")).isEqualTo(1500.5);
    }

    @Test
    void aRevisedDraftReplacesThePenaltiesAndTheAmountOfAKindNoLongerChosenIsDropped() {
        String caseNumber = simplePenaltyInvestigated();
        fixture.draft(caseNumber, vars("penalties", "FINE,LICENSE_SUSPENSION", "fineAmount", 200));
        fixture.notifyParty(caseNumber);
        String instance = fixture.caseInstance(caseNumber).getId();
        fixture.complete(caseNumber, "leader-decision", "leader1", vars("leaderDecision", "RETURN", "leaderOpinion", "改为警告。"));

        fixture.draft(caseNumber, vars("penalties", "[\"WARNING\"]"));

        assertThat(rows(caseNumber)).extracting(r -> r.get("action")).containsExactly("WARNING");
        assertThat(engine.getRuntimeService().getVariable(instance, "fineAmount")).isNull();
    }

    @Test
    void aChosenFineWithoutItsAmountIsRefusedNamingTheFieldAndNothingIsKept() {
        String caseNumber = simplePenaltyInvestigated();
        assertThatThrownBy(() -> fixture.draft(caseNumber, vars("penalties", "[\"FINE\",\"WARNING\"]")))
            .isInstanceOf(InvalidInputException.class).hasMessage("请填写罚款金额（元）（大于 0）。");
        assertThatThrownBy(() -> fixture.draft(caseNumber, vars("penalties", "[\"FINE\",\"PRISON\"]", "fineAmount", 200)))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("处罚种类无效：“PRISON”不是可选项");
        assertThat(rows(caseNumber)).isEmpty();
        assertThat(fixture.openTaskKeys(caseNumber)).containsExactly("draft-decision");
    }

    @Test
    void penaltiesOnADecisionThatIsNoPenaltyAreRefused() {
        String caseNumber = fixture.register(with(facts(), "category", "INSPECTION", "action", "ORDER_RECTIFY", "amount", 0));
        fixture.investigate(caseNumber);
        assertThatThrownBy(() -> fixture.draft(caseNumber, vars("penalties", "[\"WARNING\"]")))
            .isInstanceOf(InvalidInputException.class).hasMessage("只有行政处罚案件可以选择处罚种类。");
        assertThat(rows(caseNumber)).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theDecidedCaseCountsOnceUnderItsHeaviestPenaltyWithItsFineAndConfiscation() {
        int year = LocalDate.now(WorkingDayCalendar.ZONE).getYear();
        Map<String, Object> before = penaltyRow(statistics.compute(year));
        String caseNumber = simplePenaltyInvestigated();
        fixture.draft(caseNumber, vars("penalties", "[\"FINE\",\"DETENTION\",\"CONFISCATION\"]", "fineAmount", 200,
            "confiscationAmount", 3000));
        fixture.notifyParty(caseNumber);
        fixture.decide(caseNumber);

        Map<String, Object> after = penaltyRow(statistics.compute(year));
        assertThat((Long) after.get("cases") - (Long) before.get("cases")).isEqualTo(1);
        assertThat(byAction(after, "DETENTION") - byAction(before, "DETENTION")).isEqualTo(1);
        assertThat(byAction(after, "FINE") - byAction(before, "FINE")).isZero();
        assertThat(((BigDecimal) after.get("confiscatedAndFined")).subtract((BigDecimal) before.get("confiscatedAndFined")))
            .isEqualByComparingTo("3200");
        assertThat((List<Map<String, Object>>) after.get("byAction")).filteredOn(a -> a.get("action").equals("DETENTION"))
            .extracting(a -> a.get("label")).containsExactly("行政拘留");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> penaltyRow(Map<String, Object> computed) {
        return ((List<Map<String, Object>>) computed.get("categories")).stream().filter(r -> r.get("row").equals("PENALTY"))
            .findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static long byAction(Map<String, Object> row, String action) {
        return ((List<Map<String, Object>>) row.get("byAction")).stream().filter(a -> a.get("action").equals(action))
            .mapToLong(a -> (Long) a.get("cases")).sum();
    }
}
