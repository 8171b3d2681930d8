package org.sanxiang.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.EngineTest;
import org.sanxiang.Timers;
import org.sanxiang.people.Credentials;
import org.sanxiang.supervision.WarningRules.Rule;
import org.sanxiang.supervision.WarningRules.Warning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each warning rule (线索) with a case that triggers it and one that does not; now is 2026-06-15 10:00 Beijing time. */
@EngineTest
class WarningRulesTest {

    @Autowired
    WarningRules rules;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Credentials credentials;
    @Autowired
    IdentityService identity;
    @Autowired
    WarningTable table;
    @Autowired
    RepositoryService repository;

    Seed seed;

    @BeforeEach
    void now() {
        Timers.now("2026-06-15T10:00");
        seed = new Seed(jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    List<String> casesOf(Rule rule) {
        return rules.of(rule).stream().map(Warning::caseNumber).filter(n -> n.startsWith(seed.prefix)).toList();
    }

    @Test
    void aPenaltyWithinTenDaysOfItsLimitIsWarnedOneWithMoreTimeIsNot() {
        String near = seed.openCase("PENALTY", "FINE", "2026-03-22T10:00");
        seed.deadline(near, "PENALTY_DECISION", "OPEN", "2026-03-22T10:00", "2026-06-20T10:00");
        String later = seed.openCase("PENALTY", "FINE", "2026-04-20T10:00");
        seed.deadline(later, "PENALTY_DECISION", "OPEN", "2026-04-20T10:00", "2026-07-19T10:00");
        String decided = seed.openCase("PENALTY", "FINE", "2026-03-22T10:00");
        seed.deadline(decided, "PENALTY_DECISION", "MET", "2026-03-22T10:00", "2026-06-20T10:00");

        assertThat(casesOf(Rule.PENALTY_NEAR_LIMIT)).containsExactly(near);
        Warning warning = rules.of(Rule.PENALTY_NEAR_LIMIT).stream().filter(w -> w.caseNumber().equals(near)).findFirst().orElseThrow();
        assertThat(warning.reason()).contains("2026年6月20日 10:00", "不足 10 日");
        assertThat(warning.link()).isEqualTo("/cases/" + near);
        assertThat(warning.ruleLabel()).isEqualTo("行政处罚决定期限将届满");
    }

    @Test
    void aReviewReturnedThreeTimesIsWarnedTwiceIsNot() {
        String thrice = seed.openCase("PENALTY", "FINE", "2026-03-01T10:00");
        seed.acceptance(thrice, "r-" + thrice, 1, "reviewer1", "2026-04-01T10:00", false);
        seed.acceptance(thrice, "r-" + thrice, 2, "reviewer1", "2026-04-03T10:00", false);
        seed.opinion(thrice, "r-" + thrice, 3, "reviewer1", "2026-04-08T10:00", "PROBLEMS");
        String twice = seed.openCase("PENALTY", "FINE", "2026-03-01T10:00");
        seed.acceptance(twice, "r-" + twice, 1, "reviewer1", "2026-04-01T10:00", false);
        seed.opinion(twice, "r-" + twice, 2, "reviewer1", "2026-04-08T10:00", "PROBLEMS");
        seed.opinion(twice, "r-" + twice, 3, "reviewer1", "2026-04-10T10:00", "APPROVED");

        assertThat(casesOf(Rule.REVIEW_RETURNED)).containsExactly(thrice);
        assertThat(rules.of(Rule.REVIEW_RETURNED).stream().filter(w -> w.caseNumber().equals(thrice)).findFirst().orElseThrow().reason())
            .isEqualTo("法制审核已退回 3 次（退回补充材料或审核意见存在问题）。");
    }

    @Test
    void aDecisionNotDisclosedPastItsDeadlineIsWarnedOneDisclosedOrStillInTimeIsNot() {
        String overdue = seed.openCase("PENALTY", "FINE", "2026-03-01T10:00");
        seed.deadline(overdue, "DISCLOSURE", "OPEN", "2026-06-01T10:00", "2026-06-10T10:00");
        String marked = seed.openCase("PENALTY", "FINE", "2026-03-01T10:00");
        seed.deadline(marked, "DISCLOSURE", "OVERDUE", "2026-06-01T10:00", "2026-06-10T10:00");
        String disclosedLate = seed.openCase("PENALTY", "FINE", "2026-03-01T10:00");
        seed.deadline(disclosedLate, "DISCLOSURE", "MISSED", "2026-06-01T10:00", "2026-06-10T10:00");
        String inTime = seed.openCase("PENALTY", "FINE", "2026-03-01T10:00");
        seed.deadline(inTime, "DISCLOSURE", "OPEN", "2026-06-12T10:00", "2026-06-23T10:00");

        assertThat(casesOf(Rule.DISCLOSURE_OVERDUE)).containsExactlyInAnyOrder(overdue, marked);
    }

    @Test
    void aMandatoryRecordingMissingIsWarnedOneStoredIsNot() {
        String missing = seed.openCase("COERCION", "SEIZURE", "2026-05-01T10:00");
        seed.deadline(missing, "RECORDING", "OVERDUE", "2026-06-10T10:00", "2026-06-11T10:00");
        String stored = seed.openCase("COERCION", "SEIZURE", "2026-05-01T10:00");
        seed.deadline(stored, "RECORDING", "MET", "2026-06-10T10:00", "2026-06-11T10:00");

        assertThat(casesOf(Rule.RECORDING_MISSING)).containsExactly(missing);
    }

    @Test
    void aHandlerWhoseCertificateExpiresWithinThirtyDaysIsWarnedOnHisOpenCasesOnly() {
        user("supcert1", "钱", "执法");
        user("supcert2", "孙", "执法");
        credentials.put("supcert1", "CERT-1", LocalDate.parse("2026-07-05"), false, "test");
        credentials.put("supcert2", "CERT-2", LocalDate.parse("2026-08-30"), false, "test");
        String expiring = seed.caseOf("PENALTY", "FINE", "OPEN", "2026-05-01T10:00", "supcert1,handler2", null, null, 0);
        String closed = seed.caseOf("PENALTY", "FINE", "CLOSED", "2026-05-01T10:00", "supcert1,handler2", null, "2026-05-20T10:00", 0);
        String valid = seed.caseOf("PENALTY", "FINE", "OPEN", "2026-05-01T10:00", "supcert2,handler2", null, null, 0);

        assertThat(casesOf(Rule.CERTIFICATE_EXPIRING)).containsExactly(expiring).doesNotContain(closed, valid);
        assertThat(rules.of(Rule.CERTIFICATE_EXPIRING).stream().filter(w -> w.caseNumber().equals(expiring)).findFirst().orElseThrow().reason())
            .isEqualTo("承办人钱执法的执法证将于 2026-07-05 到期，本案仍在办理中。");
    }

    @Test
    void theRuleTableHoldsEveryRuleWithItsThresholdAndWording() {
        for (Rule rule : Rule.values()) {
            assertThat(table.row(rule).label()).as("%s", rule).isNotBlank();
        }
        assertThat(table.row(Rule.PENALTY_NEAR_LIMIT).threshold()).isEqualTo(10);
        assertThat(table.row(Rule.REVIEW_RETURNED).threshold()).isEqualTo(3);
        assertThat(table.row(Rule.CERTIFICATE_EXPIRING).threshold()).isEqualTo(30);
    }

    @Test
    void aNewVersionOfTheRuleTableChangesTheThresholdAndTheWordingWithoutCode() throws Exception {
        String twice = seed.openCase("PENALTY", "FINE", "2026-03-01T10:00");
        seed.acceptance(twice, "r-" + twice, 1, "reviewer1", "2026-04-01T10:00", false);
        seed.opinion(twice, "r-" + twice, 2, "reviewer1", "2026-04-08T10:00", "PROBLEMS");
        assertThat(casesOf(Rule.REVIEW_RETURNED)).isEmpty();

        String xml;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("dmn/supervision-warnings.dmn")) {
            xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String changed = xml.replace("<text>3</text>", "<text>2</text>").replace("法制审核已退回 {次数} 次", "法制审核累计退回 {次数} 次");
        String deployment = repository.createDeployment().name("warnings-test")
            .addString("supervision-warnings.dmn", changed).deploy().getId();
        try {
            assertThat(casesOf(Rule.REVIEW_RETURNED)).containsExactly(twice);
            assertThat(rules.of(Rule.REVIEW_RETURNED).stream().filter(w -> w.caseNumber().equals(twice)).findFirst().orElseThrow()
                .reason()).startsWith("法制审核累计退回 2 次");
        } finally {
            repository.deleteDeployment(deployment, true);
        }
        assertThat(casesOf(Rule.REVIEW_RETURNED)).isEmpty();
    }

    private void user(String id, String lastName, String firstName) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setLastName(lastName);
            user.setFirstName(firstName);
            identity.saveUser(user);
        }
    }
}
