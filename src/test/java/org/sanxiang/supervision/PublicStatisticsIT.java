package org.sanxiang.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.Browser;
import org.sanxiang.TestDatabaseProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The published statistics, anonymous: JSON and CSV without a login and without cookies; the public
 * page in headless Chromium draws the charts with the API's numbers and shows nothing personal;
 * corrections are new versions with their reason, made by leaders only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class PublicStatisticsIT {

    static final int YEAR = 2018;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AnnualStatistics statistics;
    @Autowired
    StatisticsVersions versions;
    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void publishedStatisticsOf2018() {
        if (versions.published(YEAR).isPresent()) {
            return;
        }
        Seed seed = new Seed(jdbc);
        seed.caseOf("PENALTY", "FINE", "CLOSED", "2018-02-01T09:00", "handler1,handler2", "GENERAL", "2018-03-01T10:00", 12000);
        seed.caseOf("PENALTY", "WARNING", "CLOSED", "2018-02-01T09:00", "handler1,handler2", null, "2018-04-01T10:00", 0);
        seed.caseOf("LICENSING", "LICENSE_GRANT", "CLOSED", "2018-02-01T09:00", "handler1,handler2", null, "2018-04-01T10:00", 0);
        StatisticsVersions.Version draft = versions.draft(YEAR, statistics.compute(YEAR), "annual-report");
        versions.decide(draft.id(), true, "leader1");
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    HttpResponse<String> get(String path, String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (user != null) {
            request.header("Authorization", basic(user));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void jsonAndCsvNeedNoLoginSetNoCookieAndNameNobody() throws Exception {
        HttpResponse<String> json = get("/api/public/statistics/" + YEAR, null);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(json.body()).contains("\"year\":" + YEAR, "行政处罚", "\"confiscatedAndFined\":12000.00")
            .doesNotContain("leader1", "handler", "annual-report", "某某");

        HttpResponse<String> csv = get("/api/public/statistics/" + YEAR + ".csv", null);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).contains("项目,指标,数值", "行政处罚,案件数,2", "行政处罚,罚没金额（元）,12000.00", "行政征用,案件数,0");

        assertThat(get("/api/public/statistics/1999", null).statusCode()).isEqualTo(404);
    }

    @Test
    @SuppressWarnings("unchecked")
    void thePublicPageDrawsTheChartsWithTheApisNumbersAndShowsNothingPersonal() {
        Map<String, Object> content = (Map<String, Object>) versionsContent().get("statistics");
        List<Long> expected = ((List<Map<String, Object>>) content.get("categories")).stream()
            .map(r -> ((Number) r.get("cases")).longValue()).toList();
        try (Browser browser = Browser.open("zh-CN,zh")) {
            browser.driver().get(url("/public/statistics/" + YEAR));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).endsWith(YEAR + "年度行政执法数据");
            assertThat(browser.driver().findElements(By.cssSelector("#chart-categories canvas"))).isNotEmpty();
            Object shown = browser.driver().executeScript(
                "return echarts.getInstanceByDom(document.getElementById('chart-categories')).getOption().series[0].data;");
            assertThat(((List<Number>) shown).stream().map(Number::longValue).toList()).isEqualTo(expected);
            assertThat(browser.driver().findElement(By.cssSelector("tr[data-row='PENALTY'] .cases")).getText()).isEqualTo("2");
            assertThat(browser.driver().findElement(By.cssSelector("tr[data-row='REQUISITION'] .cases")).getText()).isEqualTo("0");
            String text = browser.driver().findElement(By.tagName("body")).getText();
            assertThat(text).doesNotContain("leader1", "handler", "刘局长", "张承办", "某某", "监督测试案件");
            assertThat(browser.driver().executeScript("return document.cookie")).isEqualTo("");
            assertThat(browser.driver().manage().getCookies()).isEmpty();
            browser.screenshot("public-statistics.png");
        }
    }

    @Test
    void aCorrectionIsANewVersionWithItsReasonMadeByLeadersOnly() throws Exception {
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create(url("/api/supervision/statistics/" + YEAR + "/corrections")))
            .header("Authorization", basic("handler1")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"更正\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("不是机关负责人或系统管理员");
        int before = versions.all(YEAR).size();
        HttpResponse<String> corrected = http.send(HttpRequest.newBuilder(URI.create(url("/api/supervision/statistics/" + YEAR + "/corrections")))
            .header("Authorization", basic("leader1")).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"补录一件行政许可决定。\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(corrected.statusCode()).isEqualTo(201);
        assertThat(versions.all(YEAR)).hasSize(before + 1);
        HttpResponse<String> json = get("/api/public/statistics/" + YEAR, null);
        assertThat(json.body()).contains("\"version\":" + (before + 1), "补录一件行政许可决定。");
        assertThat(get("/api/supervision/statistics/" + YEAR, "handler1").statusCode()).isEqualTo(403);
        assertThat(get("/api/supervision/statistics/" + YEAR, "leader1").body()).contains("\"approvedBy\":\"leader1\"");
    }

    private Map<String, Object> versionsContent() {
        StatisticsVersions.Version published = versions.published(YEAR).orElseThrow();
        return Map.of("statistics", versions.content(published));
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
    }
}
