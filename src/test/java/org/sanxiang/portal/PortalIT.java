package org.sanxiang.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.facts;
import static org.sanxiang.CaseFixture.vars;
import static org.sanxiang.CaseFixture.with;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sanxiang.Browser;
import org.sanxiang.CaseFixture;
import org.sanxiang.TestDatabaseProfiles;
import org.sanxiang.disclosure.DecisionDisclosureProcess;
import org.sanxiang.record.Checkpoint;
import org.sanxiang.record.Checkpoints;
import org.sanxiang.supervision.AnnualReportProcess;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The public portal over HTTP and in headless Chromium: decisions with planted personal data
 * (names, ID numbers, phones, an address, a bank card, an e-mail, a plate) are published, every
 * public page and API response is crawled and none of it is found; a withdrawn or expired decision
 * is gone from search, pages and API at once; hostile input on every public parameter gives no 5xx
 * and reveals nothing; no response sets a cookie; a {@code <script>} in a decision is shown as text;
 * 事前公开 shows the record's latest checkpoint and links to the annual statistics and the catalog.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class PortalIT {

    static final String PARTY = "欧阳明辉";
    static final String WITNESS = "司马青云";
    static final String SCRIPT = "<script>window.pwned=1;document.title='PWNED'</script>";
    static final List<String> PLANTED = List.of(PARTY, "明辉", WITNESS, "青云", "11010519491231002X", "13812345678", "0731-84567890",
        "银杏路18号", "6222021234567890123", "ouyang@example.com", "湘A12345");

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Checkpoints checkpoints;
    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();
    CaseFixture fixture;

    @BeforeEach
    void setUp() {
        fixture = new CaseFixture(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    String published(String title) {
        String caseNumber = fixture.register(with(facts(), "caseTitle", title, "partyType", "PERSON", "partyName", PARTY, "amount", 2000));
        fixture.complete(caseNumber, "investigate", "handler1", vars("investigationSummary",
            "经查，当事人" + PARTY + "（公民身份号码11010519491231002X，住址：长沙市岳麓区银杏路18号，联系电话13812345678，固定电话0731-84567890，"
                + "电子邮箱ouyang@example.com）驾驶湘A12345货车运输过期食品，货款经其银行卡6222021234567890123收取。证人" + WITNESS + "证实。"
                + SCRIPT, "evidenceList", "现场检查笔录"));
        fixture.draft(caseNumber, Map.of());
        fixture.notifyParty(caseNumber);
        fixture.submit(caseNumber);
        fixture.accept(caseNumber);
        fixture.approve(caseNumber);
        fixture.decide(caseNumber);
        fixture.complete(caseNumber, DecisionDisclosureProcess.TASK_CHECK_REDACTION, "discloser1", vars());
        return caseNumber;
    }

    long idOf(String caseNumber) {
        return jdbc.queryForObject("SELECT id FROM disclosure WHERE case_number = ?", Long.class, caseNumber);
    }

    HttpResponse<String> get(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(path, e);
        }
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    void assertClean(String path, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(path).isLessThan(500);
        assertThat(response.headers().allValues("Set-Cookie")).as("cookies of " + path).isEmpty();
        for (String planted : PLANTED) {
            assertThat(response.body()).as(path).doesNotContain(planted);
        }
        assertThat(response.body()).as(path).doesNotContain("Exception", "at org.", "SQL");
    }

    @Test
    void nothingUnredactedIsReachableAndWithdrawnOrExpiredDecisionsAreGoneAtOnce() throws Exception {
        String first = published("欧阳明辉运输过期食品案");
        String second = published("欧阳明辉再次运输过期食品案");
        long firstId = idOf(first);
        long secondId = idOf(second);

        Set<String> seen = new HashSet<>();
        Deque<String> queue = new ArrayDeque<>(List.of("/public/", "/public/?q=" + enc("过期食品"), "/public/?q=" + enc("欧阳某某"),
            "/public/staff", "/public/decisions/" + firstId, "/public/decisions/" + secondId, "/api/public/decisions",
            "/api/public/decisions?q=" + enc("过期") + "&category=PENALTY", "/api/public/decisions/" + firstId, "/api/public/staff"));
        Pattern link = Pattern.compile("href=\"(/public/[^\"#]*)\"");
        while (!queue.isEmpty() && seen.size() < 200) {
            String path = queue.poll().replace("&amp;", "&");
            if (!seen.add(path) || path.startsWith("/public/catalog")) {
                continue;
            }
            HttpResponse<String> response = get(path);
            assertClean(path, response);
            Matcher m = link.matcher(response.body());
            while (m.find()) {
                queue.add(m.group(1));
            }
        }
        assertThat(seen).hasSizeGreaterThan(8);
        assertThat(get("/api/public/decisions/" + firstId).body()).contains("欧阳某某", "司马某某");
        assertThat(get("/api/public/decisions?q=" + enc("过期食品")).body()).contains("\"id\":" + firstId, "\"id\":" + secondId);

        // withdrawn: the handler records that the decision was revoked, the discloser withdraws it
        HttpResponse<String> recorded = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/disclosures/" + first + "/withdrawal"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("handler1:demo".getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"REVOKED\",\"reason\":\"复议决定撤销。\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        fixture.complete(first, DecisionDisclosureProcess.TASK_WITHDRAW, "discloser1", vars("withdrawalNote", "该决定已被复议机关撤销。"));
        assertThat(get("/api/public/decisions?q=" + enc("过期食品")).body()).doesNotContain("\"id\":" + firstId + ",");
        HttpResponse<String> tombstone = get("/public/decisions/" + firstId);
        assertThat(tombstone.statusCode()).isEqualTo(200);
        assertThat(tombstone.body()).contains("该公示信息已撤下", "该决定已被复议机关撤销。").doesNotContain("过期食品", "欧阳某某");
        assertClean("tombstone", tombstone);
        assertThat(get("/api/public/decisions/" + firstId).body()).contains("WITHDRAWN").doesNotContain("过期食品");

        // expired: the retention timer fires, and the decision is gone
        String instance = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(DecisionDisclosureProcess.PROCESS_KEY)
            .processInstanceBusinessKey(second).singleResult().getId();
        Job retention = engine.getManagementService().createJobQuery().processInstanceId(instance).timers().singleResult();
        ClockUtil.setCurrentTime(retention.getDuedate());
        engine.getManagementService().executeJob(retention.getId());
        assertThat(get("/public/decisions/" + secondId).statusCode()).isEqualTo(404);
        assertThat(get("/api/public/decisions/" + secondId).statusCode()).isEqualTo(404);
        assertThat(get("/api/public/decisions?q=" + enc("再次运输")).body()).contains("\"total\":0");
    }

    @Test
    void hostileInputOnEveryPublicParameterGivesNoServerErrorAndRevealsNothing() {
        published("欧阳明辉销售过期食品案");
        List<String> hostile = List.of("' OR 1=1 --", "%", "_", "%%__", "\\", SCRIPT, "x".repeat(5000), "-1", "0", "99999999999999999999",
            "2026-13-45", "1e9", "PENALTY' --", "${7*7}", "../../etc/passwd", "\u0000", "　", "ＰＥＮＡＬＴＹ", "𠀀𠀁");
        List<String> parameters = List.of("q", "agency", "category", "from", "to", "page", "size");
        for (String base : List.of("/public/", "/api/public/decisions")) {
            for (String parameter : parameters) {
                for (String value : hostile) {
                    String path = base + "?" + parameter + "=" + enc(value);
                    HttpResponse<String> response = get(path);
                    assertClean(path, response);
                    assertThat(response.body()).as(path).doesNotContain("<script>window");
                }
            }
        }
        for (String id : List.of("-1", "abc", "1%27", "99999999999999999999", "0", "1.5", enc(SCRIPT))) {
            assertClean("/public/decisions/" + id, get("/public/decisions/" + id));
            HttpResponse<String> api = get("/api/public/decisions/" + id);
            assertClean("/api/public/decisions/" + id, api);
            assertThat(api.statusCode()).isIn(400, 404);
        }
        HttpResponse<String> refused = get("/api/public/decisions?size=500");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("每页条数");
    }

    @Test
    void thePortalWorksInABrowserOnAPhoneAndShowsScriptAsText() {
        String caseNumber = published("欧阳明辉在夜市销售过期食品案");
        long id = idOf(caseNumber);
        try (Browser browser = Browser.open("zh-CN,zh", 390, 844)) {
            // a phone: 390 CSS pixels wide (headless Chromium's window cannot be that narrow)
            browser.driver().executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
            browser.driver().get("http://localhost:" + port + "/public/?q=" + enc("夜市"));
            assertThat(browser.driver().findElement(By.id("total")).getText()).isEqualTo("共 1 条");
            browser.driver().findElement(By.cssSelector("a.title")).click();
            assertThat(browser.driver().getCurrentUrl()).endsWith("/public/decisions/" + id);
            assertThat(browser.driver().findElement(By.id("decision-text")).getText()).contains("欧阳某某", SCRIPT);
            assertThat(browser.driver().executeScript("return window.pwned === undefined")).isEqualTo(true);
            assertThat(browser.driver().getTitle()).doesNotContain("PWNED");
            assertThat(browser.driver().manage().getCookies()).isEmpty();
            Number width = (Number) browser.driver().executeScript("return document.documentElement.scrollWidth");
            Number viewport = (Number) browser.driver().executeScript("return window.innerWidth");
            assertThat(viewport.intValue()).isEqualTo(390);
            assertThat(width.intValue()).as("no sideways scrolling on a phone").isLessThanOrEqualTo(viewport.intValue());
            browser.screenshot("portal-decision.png");

            browser.driver().get("http://localhost:" + port + "/public/staff");
            assertThat(browser.driver().findElement(By.id("staff")).getText()).contains("执法证号");
            browser.screenshot("portal-staff.png");

            engine.getRuntimeService().createMessageCorrelation(DecisionDisclosureProcess.MESSAGE_WITHDRAWAL)
                .processInstanceBusinessKey(caseNumber).setVariable("withdrawalReason", "决定被撤销").correlateWithResult();
            fixture.complete(caseNumber, DecisionDisclosureProcess.TASK_WITHDRAW, "discloser1", vars("withdrawalNote", "该决定已被撤销。"));
            browser.driver().get("http://localhost:" + port + "/public/decisions/" + id);
            assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("该公示信息已撤下");
            assertThat(browser.driver().findElement(By.id("withdrawal-reason")).getText()).isEqualTo("该决定已被撤销。");
            assertThat(browser.driver().findElement(By.tagName("body")).getText()).doesNotContain("夜市");
            browser.screenshot("portal-tombstone.png");
        }
    }

    @Test
    void priorDisclosureShowsTheLatestCheckpointAndLinksToTheStatisticsAndTheCatalog() {
        published("欧阳明辉无证经营案");
        Checkpoint latest = checkpoints.issue().orElseThrow();
        publishStatistics(2017);
        HttpResponse<String> page = get("/public/staff");
        assertClean("/public/staff", page);
        assertThat(page.body()).contains("事前公开", "执法证号", "href=\"/public/catalog\"", "href=\"/public/statistics/2017\"",
            "2017 年度行政执法数据", "共 " + latest.treeSize() + " 条记录", latest.rootHash(), "href=\"/api/public/record/checkpoints/latest\"");
        assertThat(get("/api/public/record/checkpoints/latest").body()).contains(latest.rootHash());
    }

    /** runs {@code annual-report} for the year and approves it as a leader, as the demo does */
    void publishStatistics(int year) {
        String businessKey = AnnualReportProcess.BUSINESS_KEY_PREFIX + year;
        if (engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(AnnualReportProcess.PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).count() > 0) {
            return;
        }
        String instance = engine.getRuntimeService().startProcessInstanceByKey(AnnualReportProcess.PROCESS_KEY, businessKey,
            Map.<String, Object>of(AnnualReportProcess.YEAR, year)).getId();
        Task approval = engine.getTaskService().createTaskQuery().processInstanceId(instance)
            .taskDefinitionKey(AnnualReportProcess.TASK_APPROVE).singleResult();
        fixture.as("leader1", () -> engine.getTaskService().complete(approval.getId(), Map.of(AnnualReportProcess.APPROVED, true)));
        assertThat(get("/public/statistics/" + year).statusCode()).isEqualTo(200);
    }
}
