package org.sanxiang.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.Browser;
import org.sanxiang.TestDatabaseProfiles;
import org.sanxiang.Timers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The dashboard in headless Chromium: the charts render (a canvas per figure, the ECharts series
 * holding the API's numbers), a click on a figure lists its cases linked to their pages, warnings
 * link to their cases; a handler is refused in Chinese.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class SupervisionDashboardIT {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Summary summary;
    @Autowired
    Rollups rollups;
    @LocalServerPort
    int port;

    Seed seed;
    String open;
    String late;

    @BeforeEach
    void casesOfOneUnit() {
        Timers.now("2026-06-15T10:00");
        seed = new Seed(jdbc, rollups);
        open = seed.openCase("PENALTY", "FINE", "2026-03-22T10:00");
        seed.deadline(open, "PENALTY_DECISION", "OPEN", "2026-03-22T10:00", "2026-06-20T10:00");
        late = seed.caseOf("PENALTY", "WARNING", "DECIDED", "2026-02-02T09:00", "handler1,handler2", "GENERAL", "2026-03-10T09:00", 0);
        seed.deadline(late, "DISCLOSURE", "OPEN", "2026-03-10T09:00", "2026-03-19T09:00");
        seed.deadline(late, "RECORDING", "MET", "2026-02-03T09:00", "2026-02-04T09:00");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    @SuppressWarnings("unchecked")
    void aLeaderSeesEveryFigureAsAChartWithTheApisNumbersAndOpensTheCasesOfOne() {
        Map<String, Object> api = summary.of(new Filter(java.time.LocalDate.parse("2026-01-01"), java.time.LocalDate.parse("2026-12-31"),
            null, seed.unit));
        try (Browser browser = Browser.open("zh-CN,zh")) {
            browser.basicAuth("leader1", "demo");
            browser.driver().get(url("/supervision?from=2026-01-01&to=2026-12-31&unit=" + seed.unit));
            new WebDriverWait(browser.driver(), Duration.ofSeconds(20)).until(d ->
                "all".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("执法监督");
            assertThat(browser.driver().findElement(By.id("user")).getText()).isEqualTo("刘局长");

            for (Map<String, Object> figure : (List<Map<String, Object>>) api.get("figures")) {
                String id = (String) figure.get("id");
                assertThat(browser.driver().findElements(By.cssSelector("#chart-" + id + " canvas"))).as(id).isNotEmpty();
                List<Number> expected = ((List<Map<String, Object>>) figure.get("items")).stream().map(i -> (Number) i.get("count")).toList();
                Object shown = browser.driver().executeScript("""
                    const option = echarts.getInstanceByDom(document.getElementById('chart-' + arguments[0])).getOption();
                    return option.series[0].data.map(d => typeof d === 'object' ? d.value : d);""", id);
                assertThat(((List<Number>) shown).stream().map(Number::longValue).toList()).as(id)
                    .isEqualTo(expected.stream().map(Number::longValue).toList());
            }
            assertThat(browser.driver().findElement(By.id("disclosure-rate")).getText()).isEqualTo("0%");
            assertThat(browser.driver().findElement(By.id("recording-rate")).getText()).isEqualTo("100%");

            browser.driver().findElement(By.cssSelector("#figure-DEADLINE .figure-item[data-key='PENALTY_DECISION:OPEN']")).click();
            new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#case-items a")).isEmpty());
            WebElement link = browser.driver().findElement(By.cssSelector("#case-items a"));
            assertThat(link.getText()).startsWith(open);
            assertThat(link.getAttribute("href")).endsWith("/cases/" + open);

            List<WebElement> warnings = browser.driver().findElements(By.cssSelector("#warning-list li.warning"));
            assertThat(warnings).anySatisfy(w -> {
                assertThat(w.getText()).contains("行政处罚决定期限将届满", open);
                assertThat(w.findElement(By.tagName("a")).getAttribute("href")).endsWith("/cases/" + open);
            });
            assertThat(warnings).anySatisfy(w -> assertThat(w.getText()).contains("决定逾期未公示", late));
            browser.screenshot("supervision-dashboard.png");
        }
    }

    @Test
    void aHandlerIsRefusedInChinese() {
        try (Browser browser = Browser.open("zh-CN,zh")) {
            browser.basicAuth("handler1", "demo");
            browser.driver().get(url("/supervision"));
            assertThat(browser.driver().findElement(By.id("message")).getText())
                .isEqualTo("用户 handler1 不是机关负责人或系统管理员，不能查看执法监督。");
        }
    }
}
