package org.sanxiang.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.majorFacts;
import static org.sanxiang.CaseFixture.vars;
import static org.sanxiang.CaseFixture.with;

import java.math.BigDecimal;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.CaseFixture;
import org.sanxiang.EngineTest;
import org.sanxiang.enforcement.EnforcementCaseRepository;
import org.sanxiang.refusal.ActionNotAllowedException;
import org.sanxiang.refusal.InvalidInputException;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 持证上岗 and recusal: a case needs two handlers with valid certificates; a reviewer needs the
 * legal qualification and must not be recused from the case.
 */
@EngineTest
class CredentialRulesTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Credentials credentials;
    @Autowired
    Recusals recusals;
    @Autowired
    ReviewerRatio ratio;
    @Autowired
    EnforcementCaseRepository cases;

    CaseFixture fixture;
    String suffix;

    @BeforeEach
    void init() {
        fixture = new CaseFixture(engine);
        suffix = String.valueOf(System.nanoTime());
    }

    String user(String prefix, String group) {
        IdentityService identity = engine.getIdentityService();
        User user = identity.newUser(prefix + suffix);
        user.setPassword("x");
        identity.saveUser(user);
        identity.createMembership(user.getId(), group);
        return user.getId();
    }

    @Test
    void aHandlerWithoutACertificateCannotHandleACase() {
        String uncertified = user("uncertified", Groups.HANDLER);
        long before = cases.count();

        assertThatThrownBy(() -> fixture.register(with(facts(), "handlers", "handler1," + uncertified)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("承办人“" + uncertified + "”没有登记有效的行政执法证（持证上岗），不能承办案件");
        assertThat(cases.count()).isEqualTo(before);
    }

    @Test
    void aHandlerWhoseCertificateExpiredYesterdayCannotButOneExpiringTodayCan() {
        String expired = user("expired", Groups.HANDLER);
        String lastDay = user("lastday", Groups.HANDLER);
        credentials.put(expired, "ZJ-0001", Credentials.today().minusDays(1), false, "test");
        credentials.put(lastDay, "ZJ-0002", Credentials.today(), false, "test");

        assertThatThrownBy(() -> fixture.register(with(facts(), "handlers", "handler1," + expired)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessageContaining("的行政执法证（证号 ZJ-0001）已于 " + Credentials.today().minusDays(1) + " 到期");
        assertThat(fixture.register(with(facts(), "handlers", "handler1," + lastDay))).isNotBlank();
    }

    @Test
    void aReviewerWithoutTheLegalQualificationCannotAcceptOrReview() {
        String unqualified = user("unqualified", Groups.REVIEWER);
        String caseNumber = fixture.caseUpToReview(majorFacts());
        fixture.submit(caseNumber);
        Task accept = fixture.task(caseNumber, "accept-submission");

        assertThatThrownBy(() -> fixture.as(unqualified, () -> engine.getTaskService().claim(accept.getId(), unqualified)))
            .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("未登记法律职业资格");
        assertThatThrownBy(() -> fixture.as(unqualified, () -> engine.getTaskService().complete(accept.getId(), vars("materialsComplete", true))))
            .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("未登记法律职业资格");
        assertThat(fixture.task(caseNumber, "accept-submission").getAssignee()).isNull();

        credentials.put(unqualified, null, null, true, "test");
        fixture.complete(caseNumber, "accept-submission", unqualified, vars("materialsComplete", true));
        assertThat(fixture.task(caseNumber, "review-decision")).isNotNull();
    }

    @Test
    void aReviewerDeclaredRecusedCannotActOnTheCaseButOnOthers() {
        String caseNumber = fixture.caseUpToReview(majorFacts());
        String other = fixture.caseUpToReview(majorFacts());
        fixture.submit(caseNumber);
        fixture.submit(other);
        recusals.declare(caseNumber, "reviewer2", "与当事人有亲属关系。", "reviewer2");
        Task accept = fixture.task(caseNumber, "accept-submission");

        assertThatThrownBy(() -> fixture.as("reviewer2", () -> engine.getTaskService().claim(accept.getId(), "reviewer2")))
            .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("已声明对案件 " + caseNumber + " 回避");
        fixture.complete(other, "accept-submission", "reviewer2", vars("materialsComplete", true));
        assertThat(recusals.ofCase(caseNumber)).extracting(Recusal::getUserId).containsExactly("reviewer2");
    }

    @Test
    void aRecusalDeclaredAfterClaimingStillStopsTheCompletion() {
        String caseNumber = fixture.caseUpToReview(majorFacts());
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        Task review = fixture.task(caseNumber, "review-decision");
        fixture.as("reviewer2", () -> engine.getTaskService().claim(review.getId(), "reviewer2"));
        recusals.declare(caseNumber, "reviewer2", "发现曾为当事人提供法律咨询。", "admin");

        assertThatThrownBy(() -> fixture.as("reviewer2", () -> engine.getTaskService().complete(review.getId(),
            vars("opinion", "APPROVED", "passedChecks", String.join(",", CaseFixture.ALL_CHECKS)))))
            .isInstanceOf(ActionNotAllowedException.class).hasMessageContaining("回避");
    }

    @Test
    void theReviewerRatioCountsQualifiedReviewersAgainstEnforcementStaff() {
        ReviewerRatio.Report report = ratio.report();

        assertThat(report.enforcementStaff()).isGreaterThanOrEqualTo(2);
        assertThat(report.reviewers()).isGreaterThanOrEqualTo(2);
        assertThat(report.qualifiedReviewers()).isLessThanOrEqualTo(report.reviewers());
        assertThat(report.target()).isEqualByComparingTo("0.05");
        assertThat(report.qualifiedRatio()).isEqualByComparingTo(
            BigDecimal.valueOf(report.qualifiedReviewers()).divide(BigDecimal.valueOf(report.enforcementStaff()), 4, java.math.RoundingMode.HALF_UP));
        assertThat(report.meetsTarget()).isEqualTo(report.qualifiedRatio().compareTo(new BigDecimal("0.05")) >= 0);
        assertThat(report.summary()).contains("执法人员 " + report.enforcementStaff() + " 名", "不少于5%");
    }
}
