package org.sanxiang.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanxiang.CaseFixture.facts;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.sanxiang.Browser;
import org.sanxiang.EngineRest;
import org.sanxiang.NeedsChromium;
import org.sanxiang.TestDatabaseProfiles;
import org.sanxiang.record.RecordEntries;
import org.sanxiang.record.RecordEntry;
import org.sanxiang.record.RecordHash;
import org.sanxiang.security.WebappSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * The page /cases/{caseNumber}/record in headless Chromium: a handler uploads a recording and its correction, the
 * list shows them (uploader by name, Beijing time, size, hash, the correction), the file downloads, the record and
 * its verification are shown, and reading the page is a retrieval on the record; a user without access gets the
 * Chinese 403 page with nothing of the case.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabaseProfiles.class)
@ExtendWith(NeedsChromium.class)
class CaseRecordPageIT {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    RecordEntries entries;

    String caseNumber;

    @BeforeEach
    void aCase() {
        caseNumber = new EngineRest(rest).registerCase("handler1", facts());
    }

    @Test
    void aHandlerUploadsOnThePageSeesTheFileTheRecordAndItsVerificationAndDownloadsIt() throws Exception {
        String content = "现场执法记录仪视频（页面测试）";
        Path recording = Files.createTempDirectory("page-upload").resolve("执法记录仪.mp4");
        Files.writeString(recording, content, StandardCharsets.UTF_8);
        String hash = RecordHash.hex(RecordHash.SM3.hash(content.getBytes(StandardCharsets.UTF_8)));
        Path correction = recording.resolveSibling("执法记录仪（更正）.mp4");
        Files.writeString(correction, content + "（更正）", StandardCharsets.UTF_8);

        try (Browser browser = Browser.open("zh-CN,zh", 1400, 2000)) {
            browser.basicAuth("handler1", "demo");
            browser.driver().get("http://localhost:" + port + "/cases/" + caseNumber + "/record");
            assertThat(browser.driver().findElement(By.id("verification")).getText()).contains("有效");
            assertThat(browser.driver().findElement(By.id("files")).getText()).contains("案卷中尚无材料。");

            upload(browser, recording, "音像记录", null);
            WebElement first = browser.driver().findElement(By.cssSelector("#files tr[id^='file-']"));
            assertThat(first.getText()).contains("音像记录", "执法记录仪.mp4", "现场检查", "2026-06-01 10:00", "张承办", "SM3", hash,
                content.getBytes(StandardCharsets.UTF_8).length + " 字节").doesNotContain("handler1");
            assertThat(first.getText()).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
            String firstId = first.getDomAttribute("id").substring("file-".length());

            upload(browser, correction, "音像记录", firstId);
            String files = browser.driver().findElement(By.id("files")).getText();
            assertThat(files).contains("执法记录仪（更正）.mp4", "更正第 " + firstId + " 号材料", "已被第 ");

            String href = browser.driver().findElement(By.linkText("执法记录仪.mp4")).getDomAttribute("href");
            Object downloaded = browser.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => r.text()).then(done, e => done('失败 ' + e));", href);
            assertThat(downloaded).isEqualTo(content);

            String record = browser.driver().findElement(By.id("record")).getText();
            assertThat(record).contains("执法全过程记录", "流程开始", "案卷材料归入", "归入第 " + firstId + " 号材料（音像记录）：执法记录仪.mp4",
                "调阅", "案卷材料和全过程记录（页面）", "张承办");
            assertThat(browser.driver().findElement(By.id("verification")).getText()).contains("有效", "未被改动");
            browser.screenshot("case-record-page.png");
        }
        assertThat(entries.ofCase(caseNumber)).filteredOn(e -> e.kind().equals("RETRIEVAL"))
            .extracting(RecordEntry::actor).contains("handler1");
        assertThat(entries.ofCase(caseNumber)).filteredOn(e -> e.kind().equals("FILE_ADDED")).hasSize(2);
    }

    @Test
    void eachEntryReadsInChineseWithItsOriginalTextCollapsedBeneath() {
        new EngineRest(rest).completeOk("handler1", caseNumber, "investigate", java.util.Map.of(
            "investigationSummary", "经现场检查，当事人销售的产品经抽检不合格。", "evidenceList", "现场检查笔录、抽样检验报告"));

        try (Browser browser = Browser.open("zh-CN,zh", 1400, 2000)) {
            browser.basicAuth("handler1", "demo");
            browser.driver().get("http://localhost:" + port + "/cases/" + caseNumber + "/record");
            String record = browser.driver().findElement(By.id("record")).getText();
            // each value is a row of the entry's table: its label (from the forms), then the value
            assertThat(record).contains("「行政执法案件」流程开始（立案）", "案件数据更新", "案件名称： " + facts().get("caseTitle"),
                "执法类别： 行政处罚", "承办人（至少两名持证执法人员）： 张承办、李承办", "生成任务「调查取证」",
                "任务「调查取证」由 张承办 领取", "音像记录要求判定（调查取证）：根据需要进行音像记录，保存期限 30 年",
                "判定依据 · 执法类别： 行政处罚", "判定依据 · 执法环节： 调查取证", "任务「调查取证」办结，提交 2 项内容",
                "调查情况： 经现场检查，当事人销售的产品经抽检不合格。", "证据清单： 现场检查笔录、抽样检验报告",
                "调阅案卷材料和全过程记录（页面）");
            assertThat(record).as("no engine text outside 记录原文").doesNotContain("processInstanceId", "{\"", "enforcement-case",
                "investigationSummary", "INVESTIGATION", "AS_NEEDED", "PENALTY", "handler1");

            WebElement first = browser.driver().findElement(By.id("entry-1"));
            WebElement original = first.findElement(By.cssSelector("details.original pre"));
            assertThat(original.isDisplayed()).isFalse();
            first.findElement(By.cssSelector("details.original summary")).click();
            assertThat(original.isDisplayed()).isTrue();
            assertThat(original.getText()).contains("\"case\":\"" + caseNumber + "\"", "\"seq\":1", "\"kind\":\"PROCESS_STARTED\"",
                "\"process\":\"enforcement-case\"", "processInstanceId");
            assertThat(first.getText()).contains("哈希值（SM3）：" + entries.ofCase(caseNumber).get(0).entryHash());
            browser.screenshot("case-record-page-chinese.png");
        }
    }

    @Test
    void aUserWithoutAccessGetsTheChinese403PageWithNothingOfTheCase() {
        int before = entries.ofCase(caseNumber).size();

        ResponseEntity<String> page = rest.withBasicAuth("catalog1", "demo").getForEntity("/cases/" + caseNumber + "/record", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(page.getBody()).contains("无权调阅", "无权调阅该案件").doesNotContain(facts().get("caseTitle").toString(), "张承办");
        assertThat(entries.ofCase(caseNumber)).hasSize(before);
        assertThat(rest.withBasicAuth("reviewer1", "demo").getForEntity("/cases/" + caseNumber + "/record", String.class)
            .getBody()).contains("执法全过程记录", "调阅");
    }

    @Test
    void aUserLoggedInThroughTasklistUploadsWithTheSessionsCsrfTokenThePageCarries() throws Exception {
        WebappSession session = new WebappSession(port);
        session.login("handler1", "demo");

        java.net.http.HttpResponse<String> page = session.get("/cases/" + caseNumber + "/record");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(session.csrfToken()).isNotBlank();
        assertThat(page.body()).contains("<meta name=\"csrf-token\" content=\"" + session.csrfToken() + "\">");
        String boundary = "----case-record-page";
        byte[] body = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"type\"\r\n\r\n文书\r\n"
            + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"activity\"\r\n\r\n调查取证\r\n"
            + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"activityTime\"\r\n\r\n2026-06-01T09:00\r\n"
            + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"note.txt\"\r\nContent-Type: text/plain\r\n\r\n"
            + "询问笔录\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        String type = "multipart/form-data; boundary=" + boundary;
        String path = "/api/cases/" + caseNumber + "/files";
        assertThat(session.post(path, type, body, false).statusCode()).as("without the token").isEqualTo(403);
        assertThat(session.post(path, type, body, true).statusCode()).as("with the page's token").isEqualTo(200);
    }

    private static void upload(Browser browser, Path file, String type, String supersedes) {
        String before = browser.driver().findElement(By.id("files")).getText();
        browser.driver().findElement(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
        new Select(browser.driver().findElement(By.id("upload-type"))).selectByVisibleText(type);
        browser.driver().findElement(By.id("upload-activity")).sendKeys("现场检查");
        browser.driver().executeScript("arguments[0].value = '2026-06-01T10:00';", browser.driver().findElement(By.id("upload-activity-time")));
        if (supersedes != null) {
            new Select(browser.driver().findElement(By.id("upload-supersedes"))).selectByValue(supersedes);
        }
        browser.driver().findElement(By.id("upload-submit")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(60)).until(d -> {
            try {
                String now = d.findElement(By.id("files")).getText();
                return !now.equals(before) && now.contains(file.getFileName().toString());
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                return false;
            }
        });
    }
}
