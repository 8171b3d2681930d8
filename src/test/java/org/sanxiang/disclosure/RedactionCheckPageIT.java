package org.sanxiang.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.vars;
import static org.sanxiang.CaseFixture.with;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.Browser;
import org.sanxiang.CaseFixture;
import org.sanxiang.NeedsChromium;
import org.sanxiang.TestDatabaseProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The discloser's check of a redaction in headless Chromium: the task's form links to the check page,
 * which shows the original and the text to be published side by side with every masked span marked;
 * the discloser masks one more phrase, is refused an unmasking without a reason, unmasks a wrongly
 * masked phrase with one, and completes 审查脱敏结果 (as Tasklist does, through the task's rule); the
 * portal then shows the decision as checked.
 */
@ExtendWith(NeedsChromium.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class RedactionCheckPageIT {

    static final String PARTY = "欧阳明辉";
    static final String MORE = "芙蓉路夜市";
    static final String HOTLINE = "0731-88886666";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDiscloserMasksMoreAndUnmasksWithAReasonSideBySideThenCompletesAndThePortalShowsIt() throws Exception {
        CaseFixture fixture = new CaseFixture(engine);
        String caseNumber = fixture.register(with(facts(), "caseTitle", "欧阳明辉销售过期食品案", "partyType", "PERSON",
            "partyName", PARTY, "amount", 2000));
        fixture.complete(caseNumber, "investigate", "handler1", vars("investigationSummary",
            "经查，当事人" + PARTY + "在" + MORE + "摆摊销售过期食品，联系电话13812345678。本机关咨询电话" + HOTLINE + "。",
            "evidenceList", "现场检查笔录"));
        fixture.draft(caseNumber, Map.of());
        fixture.notifyParty(caseNumber);
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.approve(caseNumber);
        fixture.decide(caseNumber);
        Task task = fixture.task(caseNumber, DecisionDisclosureProcess.TASK_CHECK_REDACTION);

        assertThat(Files.readString(Path.of("forms/check-redaction.form"))).contains("](/disclosures/{{caseNumber}}/check)");

        try (Browser browser = Browser.open("zh-CN,zh", 1400, 1800)) {
            browser.basicAuth("discloser1", "demo");
            WebDriver driver = browser.driver();
            driver.get("http://localhost:" + port + "/disclosures/" + caseNumber + "/check");
            assertThat(marks(driver, "original")).as(driver.getPageSource()).contains(PARTY, "13812345678", HOTLINE).doesNotContain(MORE);
            assertThat(marks(driver, "published")).contains("欧阳某某", "＊＊＊＊");
            assertThat(driver.findElement(By.id("published")).getText()).doesNotContain(PARTY, "13812345678", HOTLINE).contains(MORE);

            // one more phrase masked
            set(driver, driver.findElement(By.id("phrase")), MORE);
            clickAndAwaitReload(driver, driver.findElement(By.id("mask-button")));
            assertThat(marks(driver, "original")).contains(MORE);
            assertThat(driver.findElement(By.id("published")).getText()).doesNotContain(MORE);

            // a wrongly masked phrase unmasked: refused without a reason, done with one
            WebElement row = driver.findElement(By.xpath("//table[@id='spans']//tr[td[@class='span-text'][.='" + HOTLINE + "']]"));
            WebElement reason = row.findElement(By.cssSelector("input[name=reason]"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].removeAttribute('required')", reason);
            row.findElement(By.tagName("button")).click();
            new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> row.findElement(By.className("result")).getText().contains("取消遮盖的理由"));
            set(driver, reason, "本机关公开的咨询电话，不是个人信息。");
            clickAndAwaitReload(driver, row.findElement(By.tagName("button")));
            assertThat(marks(driver, "original")).doesNotContain(HOTLINE);
            assertThat(driver.findElement(By.id("published")).getText()).contains(HOTLINE).doesNotContain(MORE, PARTY);
            assertThat(driver.findElement(By.id("note")).getText()).contains("增加遮盖：" + MORE, "取消遮盖：" + HOTLINE, "本机关公开的咨询电话");
            browser.screenshot("redaction-check.png");
        }
        // the task's fields show the text as checked; completing it publishes
        assertThat((String) engine.getTaskService().getVariable(task.getId(), DecisionDisclosureProcess.REDACTED_TEXT))
            .contains(HOTLINE).doesNotContain(MORE);
        fixture.complete(caseNumber, DecisionDisclosureProcess.TASK_CHECK_REDACTION, "discloser1", CaseFixture.vars());

        long id = jdbc.queryForObject("SELECT id FROM disclosure WHERE case_number = ?", Long.class, caseNumber);
        String page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/decisions/" + id))
            .build(), HttpResponse.BodyHandlers.ofString()).body();
        assertThat(page).contains("欧阳某某", HOTLINE).doesNotContain(MORE, PARTY, "13812345678");
    }

    /**
     * clicks a button whose change reloads the page and waits for the new page: the old page carries a
     * marker the reloaded one does not have. While the page is replaced the driver may answer with
     * errors about the old document; the wait polls on through them.
     */
    private static void clickAndAwaitReload(WebDriver driver, WebElement button) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        js.executeScript("window.beforeChange = true;");
        button.click();
        new WebDriverWait(driver, Duration.ofSeconds(60)).ignoring(WebDriverException.class).until(d -> Boolean.TRUE.equals(js.executeScript(
            "return window.beforeChange === undefined && document.readyState === 'complete' && document.getElementById('published') !== null;")));
    }

    /** the marked spans of a column, read in one script (no element outlives a reload) */
    private static String marks(WebDriver driver, String column) {
        return (String) ((JavascriptExecutor) driver).executeScript(
            "return Array.from(document.querySelectorAll('#' + arguments[0] + ' mark')).map(m => m.textContent).join('|');", column);
    }

    /** Chinese cannot be typed by ChromeDriver: the value is set and the field told, as an input method does */
    private static void set(WebDriver driver, WebElement field, String text) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", field, text);
    }
}
