package org.sanxiang.workplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.vars;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.sanxiang.Browser;
import org.sanxiang.CaseFixture;
import org.sanxiang.TestDatabaseProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * 我的案件 and the case page: {@code GET /api/cases} searched by number, party or title and stage, refusals in Chinese,
 * and the pages in headless Chromium (the case page shows the drafts of every round, what changed, the review with
 * its printable opinion, and the open tasks with their holders by name).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "sanxiang.agency-name=" + CasePagesIT.AGENCY)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
class CasePagesIT {

    static final String AGENCY = "某市市场监督管理局";

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;

    String revised;
    String other;

    @BeforeEach
    void aRevisedCaseInItsSecondRoundAndAnotherCase() {
        CaseFixture fixture = new CaseFixture(engine);
        revised = fixture.caseUpToReview(CaseFixture.majorFacts());
        fixture.submit(revised);
        fixture.accept(revised);
        fixture.problems(revised);
        fixture.complete(revised, "answer-opinion", "handler1", vars("response", "REVISE", "responseText", "采纳意见。"));
        fixture.complete(revised, "draft-decision", "handler1", vars("amount", 50000,
            "decisionDraft", "拟对当事人处以罚款五万元。", "evidenceReasoning", "检验报告系法定检验机构出具，予以采信。",
            "legalBasis", "《产品质量法》第四十九条。", "discretionReasoning", "按审核意见适用从轻档。"));
        fixture.notifyParty(revised);
        other = fixture.register(CaseFixture.with(CaseFixture.facts(), "caseTitle", "某药店销售假药案", "partyName", "某大药房"));
    }

    @Test
    void theCaseListFindsCasesByTitlePartyAndNumberAndStage() {
        ResponseEntity<String> byTitle = rest.withBasicAuth("handler1", "demo").getForEntity("/api/cases?q=假药", String.class);
        assertThat(byTitle.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byTitle.getBody()).contains(other, "某药店销售假药案", "张承办", "调查取证").doesNotContain(revised);
        assertThat(rest.withBasicAuth("reviewer1", "demo").getForObject("/api/cases?q=某大药房", String.class)).contains(other);
        assertThat(rest.withBasicAuth("handler1", "demo").getForObject("/api/cases?q=" + revised + "&stage=办理中", String.class))
            .contains(revised, "报送审核材料").doesNotContain(other);
        assertThat(rest.withBasicAuth("handler1", "demo").getForObject("/api/cases?q=" + revised + "&stage=ARCHIVED", String.class))
            .contains("\"total\":0");
    }

    @Test
    void theCasePageListsTheNoticeOfEachRoundWithItsNumberHashAndDownload() {
        ResponseEntity<String> page = rest.withBasicAuth("reviewer1", "demo").getForEntity("/cases/" + revised, String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        String html = page.getBody();
        assertThat(html).contains("执法文书", "罚告〔").doesNotContain("尚未制作执法文书");
        assertThat(html.split("行政处罚事先告知书</a>", -1)).as("a notice for each round's draft").hasSize(3);
        // the revised draft was notified anew: the first notice says it is superseded by the second, which is in force
        assertThat(html).containsPattern("（已被[^（）<]*罚告〔\\d{4}〕\\d+号取代（修改拟作出决定后重新制作））")
            .containsPattern("（现行，取代[^（）<]*罚告〔\\d{4}〕\\d+号）");
        assertThat(html.split("（已被", -1)).as("only the first notice superseded").hasSize(2);
        assertThat(html).containsPattern("href=\"/api/cases/" + revised + "/documents/\\d+\"").containsPattern("SM3 [0-9a-f]{64}|SHA-256 [0-9a-f]{64}");
        assertThat(rest.withBasicAuth("handler1", "demo").getForObject("/cases/" + other, String.class)).contains("尚未制作执法文书。");
    }

    @Test
    void badSearchesAreRefusedInChinese() {
        ResponseEntity<String> stage = rest.withBasicAuth("handler1", "demo").getForEntity("/api/cases?stage=UNKNOWN", String.class);
        assertThat(stage.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(stage.getBody()).contains("阶段无效：可选 办理中、已作出决定、已结案、已归档。");
        ResponseEntity<String> page = rest.withBasicAuth("handler1", "demo").getForEntity("/api/cases?page=abc", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getBody()).contains("页码应为从 1 开始的整数。");
        ResponseEntity<String> missing = rest.withBasicAuth("handler1", "demo").getForEntity("/cases/ZF-1999-000000", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).contains("案号为“ZF-1999-000000”的案件不存在。");
        assertThat(rest.getForEntity("/cases", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void springsOwnRefusalsAreChineseJson() {
        ResponseEntity<String> unknown = rest.withBasicAuth("handler1", "demo").getForEntity("/api/no-such-thing", String.class);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getBody()).contains("\"error\":\"请求的地址不存在：/api/no-such-thing。\"").doesNotContain("Not Found");
        ResponseEntity<String> method = rest.withBasicAuth("handler1", "demo").exchange("/api/cases",
            org.springframework.http.HttpMethod.DELETE, null, String.class);
        assertThat(method.getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(method.getBody()).contains("该地址不支持此请求方法：/api/cases。").doesNotContain("Method Not Allowed");
    }

    @Test
    void myCasesOpensTheCasePageWithDraftsReviewAndHolders() {
        try (Browser browser = Browser.open("zh-CN,zh", 1280, 1800)) {
            browser.basicAuth("handler1", "demo");
            browser.driver().get("http://localhost:" + port + "/cases?q=" + revised);
            String list = browser.driver().findElement(By.id("cases")).getText();
            assertThat(list).contains(revised, "某公司销售不合格产品案", "某某贸易有限公司", "办理中", "报送审核材料", "张承办、李承办");
            assertThat(browser.driver().findElement(By.tagName("header")).getText()).contains(AGENCY, "张承办");

            browser.driver().findElement(By.linkText(revised)).click();
            assertThat(browser.driver().findElement(By.id("case-number")).getText()).isEqualTo(revised);
            String page = browser.driver().findElement(By.tagName("body")).getText();
            assertThat(page).contains("案件情况", "办理中（当前环节：报送审核材料）", "承办人", "张承办、李承办",
                "待办环节", "报送审核材料", "张承办、李承办（待领取）",
                "拟作出决定（历稿）", "第1稿", "第2稿与第1稿相比：修改了3项", "第2稿：拟对当事人处以罚款五万元。",
                "法制审核记录", "第1轮", "王审核", "存在问题", "采纳意见。", "打印审核意见书", "案卷材料和执法全过程记录",
                "执法文书", "行政处罚事先告知书", "取代（修改拟作出决定后重新制作）", "现行，取代")
                .doesNotContain("handler1", "reviewer1");
            assertThat(browser.driver().findElement(By.id("record-link")).getDomAttribute("href")).isEqualTo("/cases/" + revised + "/record");
            browser.screenshot("case-page.png");
            browser.driver().findElement(By.linkText("打印审核意见书")).click();
            assertThat(browser.driver().getTitle()).startsWith("法制审核意见书");
        }
    }
}
