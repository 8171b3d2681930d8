package org.sanxiang.catalogadmin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.Browser;
import org.sanxiang.CaseFixture;
import org.sanxiang.TestDatabaseProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The catalog administrator's page in real headless Chromium: download the catalog in force, raise
 * the county fine threshold in the file, upload it, see which past cases would have been judged
 * differently, deploy it with a reason; the public catalog page (no login, no cookies, a phone's
 * width) shows the new version the next moment.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class CatalogPageIT {

    @Autowired
    ProcessEngine engine;
    @LocalServerPort
    int port;

    @BeforeAll
    static void chromiumIsInstalled() {
        String chromium = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
        Assumptions.assumeTrue(new File(chromium).canExecute(), "browser test skipped: no Chromium at " + chromium);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void anAdministratorRaisesTheCountyFineThresholdSeesTheCasesThatChangeDeploysAndThePublicSeesIt() throws Exception {
        String sixThousand = new CaseFixture(engine).caseUpToReview(CatalogReplayTest.person("COUNTY", 6000));
        String fourThousand = new CaseFixture(engine).caseUpToReview(CatalogReplayTest.person("COUNTY", 4000));
        Path file = Files.createTempDirectory("catalog").resolve("major-decision.dmn");
        try (Browser browser = Browser.open("zh-CN,zh")) {
            browser.basicAuth("catalog1", "demo");
            browser.driver().get(url("/catalog"));
            WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(60));
            assertThat(browser.driver().getTitle()).isEqualTo("目录清单管理");
            assertThat(text(browser, "in-force")).startsWith("现行：第 1 版（1.0.0）");
            assertThat(text(browser, "items")).contains("罚款数额 ≥ 5,000 元（县级、乡镇）");

            String downloaded = (String) browser.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('download').href).then(function (r) { return r.text(); }).then(done);");
            assertThat(downloaded).contains("major-catalog-items");
            Files.writeString(file, Drafts.countyFineThreshold(downloaded, 8000), StandardCharsets.UTF_8);

            browser.driver().findElement(By.id("draft-file")).sendKeys(file.toString());
            browser.driver().findElement(By.id("upload-button")).click();
            wait.until(ExpectedConditions.urlContains("/catalog/drafts/"));
            assertThat(text(browser, "valid")).isEqualTo("校验通过。");
            assertThat(text(browser, "changes")).contains("修改 第1项（catalog-row-1-county）", "新：罚款数额 ≥ 8,000 元（县级、乡镇）");
            assertThat(text(browser, "groups")).contains("行政处罚", "县级", "重大 → 一般：1");
            assertThat(text(browser, "cases")).contains(sixThousand, "罚款 自然人 6,000 元", "重大：第1项", "一般：其他适用一般程序").doesNotContain(fourThousand);
            browser.screenshot("catalog-draft.png");

            browser.driver().findElement(By.id("reason")).sendKeys("依据省政府新规定，县级罚款门槛提高到8000元");
            browser.driver().findElement(By.id("deploy-button")).click();
            wait.until(ExpectedConditions.urlToBe(url("/catalog")));
            assertThat(text(browser, "in-force")).startsWith("现行：第 2 版");
            assertThat(text(browser, "versions")).contains("依据省政府新规定，县级罚款门槛提高到8000元", "catalog1");
            browser.screenshot("catalog-admin.png");
        }
        try (Browser phone = Browser.open("zh-CN,zh", 390, 844)) {
            phone.driver().get(url("/public/catalog"));
            assertThat(phone.driver().getTitle()).isEqualTo("重大执法决定法制审核目录清单");
            assertThat(text(phone, "version")).startsWith("第 2 版");
            assertThat(text(phone, "items")).contains("罚款数额 ≥ 8,000 元（县级、乡镇）").doesNotContain("罚款数额 ≥ 5,000 元");
            assertThat(text(phone, "changes")).contains("修改 第1项");
            assertThat(phone.driver().manage().getCookies()).isEmpty();
            phone.screenshot("catalog-public-phone.png");
        }
    }

    static String text(Browser browser, String id) {
        return browser.driver().findElement(By.id(id)).getText();
    }
}
