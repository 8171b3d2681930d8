package org.sanxiang.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.EngineTest;
import org.sanxiang.Timers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The statistics of 2019, seeded with known decisions of every category (multi-penalty cases, one
 * review per outcome, decisions on both sides of the year's boundaries), checked figure by figure
 * against values computed by hand. 2019 has no holiday schedule: its working days are Monday to Friday.
 */
@EngineTest
class AnnualStatisticsTest {

    @Autowired
    AnnualStatistics statistics;
    @Autowired
    JdbcTemplate jdbc;

    static Map<String, Object> computed;

    @BeforeEach
    void aYearOfKnownDecisions() {
        Timers.now("2020-01-01T00:10");
        if (computed != null) {
            return;
        }
        Seed seed = new Seed(jdbc);
        String l1 = seed.caseOf("LICENSING", "LICENSE_GRANT", "CLOSED", "2019-02-01T09:00", "handler1,handler2", null, "2019-03-01T10:00", 0);
        String l2 = seed.caseOf("LICENSING", "LICENSE_DENIAL", "CLOSED", "2019-04-01T09:00", "handler1,handler2", "MAJOR", "2019-05-01T10:00", 0);
        String p1 = seed.caseOf("PENALTY", "FINE", "CLOSED", "2019-02-01T09:00", "handler1,handler2", "GENERAL", "2019-04-01T10:00", 5000);
        // fine, confiscation and revocation: once, under 吊销; 20,000 + 3,000 yuan
        String p2 = seed.caseOf("PENALTY", "FINE", "CLOSED", "2019-02-01T09:00", "handler1,handler2", "MAJOR", "2019-04-02T10:00", 20000);
        seed.penalty(p2, "FINE", 20000);
        seed.penalty(p2, "CONFISCATION", 3000);
        seed.penalty(p2, "LICENSE_REVOCATION", 0);
        // warning and a fine of 1,000: once, under 罚款
        String p3 = seed.caseOf("PENALTY", "WARNING", "CLOSED", "2019-02-01T09:00", "handler1,handler2", null, "2019-06-03T10:00", 0);
        seed.penalty(p3, "WARNING", 0);
        seed.penalty(p3, "FINE", 1000);
        // decided in the last half hour of the year (Beijing time): counted
        String p4 = seed.caseOf("PENALTY", "SUSPENSION", "DECIDED", "2019-10-01T09:00", "handler1,handler2", "MAJOR", "2019-12-31T23:30", 0);
        // decided in the first half hour of the next year, and in the last of the year before: not counted
        seed.caseOf("PENALTY", "FINE", "DECIDED", "2019-10-01T09:00", "handler1,handler2", null, "2020-01-01T00:30", 70000);
        seed.caseOf("PENALTY", "FINE", "DECIDED", "2018-10-01T09:00", "handler1,handler2", null, "2018-12-31T23:30", 90000);
        String c1 = seed.caseOf("COERCION", "SEIZURE", "CLOSED", "2019-05-01T09:00", "handler1,handler2", "MAJOR", "2019-09-20T10:00", 0);
        String e1 = seed.caseOf("EXPROPRIATION", "COMPENSATION_DECISION", "CLOSED", "2019-05-01T09:00", "handler1,handler2", "MAJOR",
            "2019-10-20T10:00", 0);
        seed.caseOf("INSPECTION", "INSPECTION_RESULT", "CLOSED", "2019-05-01T09:00", "handler1,handler2", null, "2019-07-01T10:00", 0);
        // a case still open: not a decision
        seed.openCase("PENALTY", "FINE", "2019-11-01T09:00");

        // one review per outcome: 2, 3, 0, 5 and 2 working days
        review(seed, p1, "2019-03-04T10:00", "2019-03-06T10:00", "APPROVED", true);
        review(seed, p2, "2019-03-08T10:00", "2019-03-13T10:00", "COLLECTIVE_APPROVED", true);
        review(seed, p4, "2019-08-01T09:00", "2019-08-01T17:00", "COLLECTIVE_REJECTED", false);
        review(seed, c1, "2019-09-02T10:00", "2019-09-09T10:00", "CRIME_REFERRAL", false);
        review(seed, e1, "2019-10-08T10:00", "2019-10-10T10:00", "COLLECTIVE_REVISE", false);
        // concluded in 2018: not counted
        review(seed, l2, "2018-12-03T10:00", "2018-12-04T10:00", "APPROVED", true);

        seed.deadline(p1, "DISCLOSURE", "MET", "2019-04-01T10:00", "2019-04-10T10:00");
        seed.deadline(l1, "DISCLOSURE", "MET", "2019-03-01T10:00", "2019-03-12T10:00");
        seed.deadline(p2, "DISCLOSURE", "MISSED", "2019-04-02T10:00", "2019-04-11T10:00");
        seed.deadline(l2, "DISCLOSURE", "OPEN", "2019-05-01T10:00", "2019-12-01T10:00");
        seed.deadline(p4, "DISCLOSURE", "OPEN", "2019-12-31T23:30", "2020-01-10T10:00");
        seed.deadline(c1, "RECORDING", "MET", "2019-05-02T10:00", "2019-05-03T10:00");
        seed.deadline(e1, "RECORDING", "MISSED", "2019-05-02T10:00", "2019-05-03T10:00");
        seed.deadline(p4, "RECORDING", "OVERDUE", "2019-10-02T10:00", "2019-10-03T10:00");
        computed = statistics.compute(2019);
    }

    private static void review(Seed seed, String caseNumber, String accepted, String concluded, String outcome, boolean passed) {
        String instance = "rv-" + caseNumber;
        seed.submission(caseNumber, instance, 1, accepted);
        seed.acceptance(caseNumber, instance, 1, "reviewer1", accepted, true);
        seed.conclusion(caseNumber, instance, 1, concluded, outcome, passed);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> row(String row) {
        return ((List<Map<String, Object>>) computed.get("categories")).stream().filter(r -> r.get("row").equals(row)).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    Map<String, Long> byAction(String row) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        ((List<Map<String, Object>>) row(row).get("byAction")).forEach(a -> counts.put((String) a.get("action"), (Long) a.get("cases")));
        return counts;
    }

    @Test
    void everyRowOfTheTemplateIsThereInItsOrderWithZeroWhereThereWasNoCase() {
        assertThat(((List<Map<String, Object>>) computed.get("categories")).stream().map(r -> r.get("label")).toList())
            .containsExactly("行政许可", "行政处罚", "行政强制", "行政征收", "行政征用", "行政检查");
        assertThat(row("LICENSING").get("cases")).isEqualTo(2L);
        assertThat(row("COERCION").get("cases")).isEqualTo(1L);
        assertThat(row("LEVY").get("cases")).isEqualTo(1L);
        assertThat(row("REQUISITION").get("cases")).isEqualTo(0L);
        assertThat(row("INSPECTION").get("cases")).isEqualTo(1L);
    }

    @Test
    void aCaseWithSeveralPenaltiesCountsOnceUnderTheHeaviestAndTheAmountsAddUp() {
        assertThat(row("PENALTY").get("cases")).isEqualTo(4L);
        assertThat(byAction("PENALTY")).isEqualTo(Map.of("FINE", 2L, "LICENSE_REVOCATION", 1L, "SUSPENSION", 1L));
        assertThat(row("PENALTY").get("confiscatedAndFined")).isEqualTo(new BigDecimal("29000.00"));
        assertThat(byAction("LICENSING")).isEqualTo(Map.of("LICENSE_DENIAL", 1L, "LICENSE_GRANT", 1L));
    }

    @Test
    @SuppressWarnings("unchecked")
    void reviewsAreCountedByLevelAndOutcomeWithTheirAverageTime() {
        Map<String, Object> reviews = (Map<String, Object>) computed.get("reviews");
        assertThat(reviews.get("total")).isEqualTo(5L);
        assertThat(reviews.get("averageWorkingDays")).isEqualTo(2.4);
        assertThat(reviews.get("longestWorkingDays")).isEqualTo(5L);
        List<Map<String, Object>> levels = (List<Map<String, Object>>) reviews.get("byLevel");
        assertThat(levels).extracting(l -> l.get("level"), l -> l.get("reviews")).containsExactly(
            org.assertj.core.groups.Tuple.tuple("GENERAL", 1L), org.assertj.core.groups.Tuple.tuple("MAJOR", 4L));
        assertThat((List<Map<String, Object>>) levels.get(1).get("outcomes")).extracting(o -> o.get("outcome"))
            .containsExactly("COLLECTIVE_APPROVED", "COLLECTIVE_REJECTED", "COLLECTIVE_REVISE", "CRIME_REFERRAL");
    }

    @Test
    @SuppressWarnings("unchecked")
    void disclosuresAndRecordingsAreCountedByWhetherTheyWereOnTime() {
        assertThat((Map<String, Object>) computed.get("disclosures")).containsEntry("onTime", 2L).containsEntry("late", 1L)
            .containsEntry("overdue", 1L).containsEntry("total", 4L).containsEntry("onTimePercent", 50.0);
        assertThat((Map<String, Object>) computed.get("recordings")).containsEntry("onTime", 1L).containsEntry("late", 1L)
            .containsEntry("overdue", 1L).containsEntry("total", 3L);
    }

    @Test
    void theStatisticsHoldNoPersonalData() {
        assertThat(computed.toString()).doesNotContain("handler", "reviewer", "某某", "张", "监督测试案件");
    }
}
