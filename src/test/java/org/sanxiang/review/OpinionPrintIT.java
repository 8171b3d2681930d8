package org.sanxiang.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.vars;

import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanxiang.NeedsChromium;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.Browser;
import org.sanxiang.CaseFixture;
import org.sanxiang.TestDatabaseProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The printable 《法制审核意见书》 in real headless Chromium: what users typed, scripts and markup
 * included, is shown as text and never runs; the page says whether the signature verifies.
 */
@ExtendWith(NeedsChromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class OpinionPrintIT {

    static final String HOSTILE_OPINION = "罚款数额偏高。<script>document.title='PWNED';window.pwned=1;</script>"
        + "<img src=x onerror=\"window.pwned=2\"><b>加粗</b>\n第二行：' OR 1=1 --";
    static final String HOSTILE_TITLE = "某公司案<script>window.pwned=3</script>";

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @LocalServerPort
    int port;

    long opinionId;

    @BeforeEach
    void anOpinionWithScriptAndMarkupInItsText() {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.caseUpToReview(CaseFixture.with(CaseFixture.majorFacts(), "caseTitle", HOSTILE_TITLE));
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.complete(caseNumber, "review-decision", "reviewer1", vars("opinion", "PROBLEMS",
            "passedChecks", "SUBJECT,QUALIFICATION,PROCEDURE,FACTS_EVIDENCE,AUTHORITY,DOCUMENTS,CRIME_REFERRAL",
            "opinionText", HOSTILE_OPINION));
        opinionId = jdbc.queryForObject("SELECT id FROM review_opinion WHERE case_number = ?", Long.class, caseNumber);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void scriptInAnOpinionIsShownAsTextAndDoesNotRun() {
        try (Browser browser = Browser.open("zh-CN,zh")) {
            browser.basicAuth("handler1", "demo");
            browser.driver().get(url("/opinions/" + opinionId + "/print"));

            assertThat(browser.driver().getTitle()).startsWith("法制审核意见书").doesNotContain("PWNED");
            assertThat(browser.driver().executeScript("return window.pwned === undefined")).isEqualTo(true);
            assertThat(browser.driver().executeScript("return document.scripts.length")).isEqualTo(0L);
            assertThat(browser.driver().findElements(By.cssSelector("#opinion-text *"))).isEmpty();
            assertThat(browser.driver().findElement(By.id("opinion-text")).getText())
                .isEqualTo(HOSTILE_OPINION);
            assertThat(browser.driver().findElement(By.id("case-title")).getText()).isEqualTo(HOSTILE_TITLE);
            assertThat(browser.driver().findElement(By.id("conclusion")).getText()).isEqualTo("存在问题");
            assertThat(browser.driver().findElement(By.id("proposed-decision")).getText())
                .isEqualTo("拟对当事人处以罚款。（第1稿，涉案金额/罚没金额 80000 元）");
            assertThat(browser.driver().findElement(By.id("legal-basis")).getText()).isEqualTo("《产品质量法》第四十九条。");
            assertThat(browser.driver().findElement(By.id("crime")).getText()).isEqualTo("是否涉嫌犯罪：否");
            assertThat(browser.driver().findElement(By.id("checklist")).getText())
                .contains("适用法律法规规章是否准确、裁量基准运用是否适当 未通过", "执法主体是否合法 通过");
            assertThat(browser.driver().findElement(By.id("verification")).getText()).contains("有效 —— 本意见书与签署时完全一致", "SM3withSM2").doesNotContain("无效");
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("审核人：王审核（reviewer1）", "出具时间：");
            browser.screenshot("opinion-print.png");
        }
    }

    @Test
    void aTamperedOpinionPrintsAsInvalidSayingWhatChanged() {
        jdbc.update("UPDATE review_opinion SET opinion = 'APPROVED' WHERE id = ?", opinionId);
        try (Browser browser = Browser.open("zh-CN,zh")) {
            browser.basicAuth("leader1", "demo");
            browser.driver().get(url("/opinions/" + opinionId + "/print"));

            assertThat(browser.driver().findElement(By.id("conclusion")).getText()).isEqualTo("同意");
            assertThat(browser.driver().findElement(By.id("verification")).getText())
                .contains("无效", "审核意见与签名时不一致：签名时为“PROBLEMS”，现为“APPROVED”。");
            browser.screenshot("opinion-print-tampered.png");
        }
    }

    @Test
    void aUserLoggedInToTasklistOpensThePrintablePageWithTheSession() {
        try (Browser browser = Browser.open("zh-CN,zh")) {
            browser.driver().get(url("/camunda/app/tasklist/default/"));
            Object status = browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN=')).split('=')[1];
                fetch('/camunda/api/admin/auth/user/default/login/tasklist', {method: 'POST', credentials: 'same-origin',
                    headers: {'Content-Type': 'application/x-www-form-urlencoded', 'X-XSRF-TOKEN': token},
                    body: 'username=reviewer2&password=demo'}).then(r => done(r.status), e => done(String(e)));
                """);
            assertThat(status).isEqualTo(200L);

            browser.driver().get(url("/opinions/" + opinionId + "/print"));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> !d.findElements(By.id("verification")).isEmpty());
            assertThat(browser.driver().findElement(By.id("verification")).getText()).contains("有效");
        }
    }

    @Test
    void withoutLoginThePageIsRefused() {
        try (Browser browser = Browser.open("zh-CN,zh")) {
            browser.driver().get(url("/opinions/" + opinionId + "/print"));
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).contains("请先登录").doesNotContain("法制审核意见书");
        }
    }
}
